/// The result of scoring a self-diagnosis: level scores, the total, the estimated level, and the scores of
/// every element and sub-domain. Always an estimate (预诊断), never an official assessment.
public struct MaturityScore: Sendable, Equatable {
    /// One sub-domain's scores, by level.
    public struct SubdomainScore: Sendable, Equatable {
        public var subdomain: String
        public var element: String
        public var domain: String
        /// Index 0 is level 1; `nil` where no question of that level is answered.
        public var levels: LevelScores
        /// Weight in the level score after renormalisation (0 when tailored).
        public var weight: Double
        /// The justification, when the sub-domain is tailored out.
        public var tailored: String?
    }

    /// One element's scores, by level.
    public struct ElementScore: Sendable, Equatable {
        public var element: String
        public var levels: LevelScores
    }

    public var model: PackReference
    public var manufacturingType: Profile.ManufacturingType
    public var strategy: MaturityModel.GateStrategy
    public var threshold: Double
    /// Index 0 is level 1; `nil` where a sub-domain lacks an answer at that level.
    public var levelScores: LevelScores
    /// `nil` when a level the gate needs is incomplete.
    public var total: Double?
    /// The estimated level; `nil` below the first band or when incomplete.
    public var level: Int?
    /// The first level below the threshold: where improvement lifts the result (5 when every level passes).
    public var workingLevel: Int?
    public var elements: [ElementScore]
    public var subdomains: [SubdomainScore]
    /// Best sub-domains at the working level.
    public var strongest: [String]
    /// Sub-domains whose improvement would lift the working level's score most (largest weighted shortfall).
    public var weakest: [String]
    /// Weights are placeholders, not GB/T 39117's.
    public var provisionalWeights: Bool
    /// Which scoring facts are not verified (satisfaction scale, level gate, bands).
    public var unverified: [String]
    /// Applicable questions not answered.
    public var unanswered: Int

    /// Sub-domains whose improvement would lift the score of `level` most (largest weighted shortfall),
    /// among those answered at that level.
    public func weakest(at level: Int, count: Int = 3) -> [String] {
        guard (1...5).contains(level) else { return [] }
        var ranking = Ranking(count: count)
        for index in subdomains.indices where subdomains[index].weight > 0 {
            if let value = subdomains[index].levels[level - 1], value < 1 {
                ranking.offer(subdomains[index].subdomain, subdomains[index].weight * (1 - value))
            }
        }
        return ranking.ids
    }

    /// The first `count` ids by value, highest first, ties by id.
    struct Ranking {
        let count: Int
        private(set) var entries: [(id: String, value: Double)] = []

        init(count: Int) {
            self.count = count
            entries.reserveCapacity(count + 1)
        }

        var ids: [String] { entries.map(\.id) }

        mutating func offer(_ id: String, _ value: Double) {
            guard count > 0 else { return }
            var index = entries.count
            while index > 0, (value, entries[index - 1].id) > (entries[index - 1].value, id) { index -= 1 }
            guard index < count else { return }
            entries.insert((id, value), at: index)
            if entries.count > count { entries.removeLast() }
        }
    }

    /// Whether the levels the gate needs are all answered.
    public var isComplete: Bool { total != nil }
}
