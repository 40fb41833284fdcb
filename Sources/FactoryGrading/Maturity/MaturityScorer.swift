/// Scores self-diagnosis answers with a maturity model's data (GB/T 39117 mechanics): pure.
///
/// Build one per model and reuse it: it compiles the model's weights for each manufacturing type once.
public struct MaturityScorer: Sendable {
    public let model: MaturityModel
    /// The plans for discrete and process manufacturing.
    private let plans: [Plan]
    /// The satisfaction grades' ids and scores, in model order (the first of equal ids counts).
    private let grades: [(id: String, score: Double)]
    /// Whether every satisfaction grade's id is ASCII.
    private let asciiGrades: Bool
    /// Which of the model's scoring facts are not verified (see ``MaturityScore/unverified``).
    private let unverified: [String]
    /// How many questions the questionnaire has.
    private let questionCount: Int
    /// The questions' ids in model order, so that answers given in that order need no lookup.
    private let questionOrder: PackOrder
    /// The elements' ids, in model order.
    private let elementIDs: [String]
    /// Each sub-domain's place among the sub-domain ids in `String` order (equal ids share a place), in
    /// model order, as the plans' entries are: rankings break ties by it.
    private let idOrder: [Int]

    /// One sub-domain with its effective weight (in the level score and in its element).
    struct Entry: Sendable {
        var subdomain: String
        var element: String
        var domain: String
        var elementIndex: Int
        var weight: Double
        var weightInElement: Double
        var applicable: Bool
    }

    struct Plan: Sendable {
        var entries: [Entry]
        var provisional: Bool
        /// Every entry's questions, level by level, one after another, each as the position its answer is
        /// kept at: the position its id is found at, so that questions sharing an id share the answer.
        var questions: [Int] = []
        /// Where each entry's questions of each level lie in ``questions``, at `entry * 5 + level`.
        var ranges: [Range<Int>] = []
    }

    public init(model: MaturityModel) {
        self.model = model
        plans = [Self.plan(model, type: .discrete, tailoring: [:]), Self.plan(model, type: .process, tailoring: [:])]
        grades = model.satisfaction.map { ($0.id, $0.score) }
        asciiGrades = grades.allSatisfy { $0.id.utf8.allSatisfy { $0 < 0x80 } }
        questionCount = model.questionnaire.questions.count
        questionOrder = PackOrder(model.questionnaire.questions.map(\.id)) { [index = model.index] in
            index.questions.position(of: $0, hash: IdentifierIndex.hash($0))
        }
        elementIDs = model.elements.map(\.id)
        idOrder = Self.order(of: plans[0].entries.map(\.subdomain))
        unverified =
            (model.satisfaction.contains(where: { !$0.verified }) ? ["satisfaction"] : []) + (model.levelGate.verified ? [] : ["levelGate"])
            + (model.bands.verified ? [] : ["bands"])
    }

    /// Effective weights after leaving out sub-domains that do not apply or are tailored, renormalised so
    /// the children of every parent sum to 1.
    static func plan(_ model: MaturityModel, type: Profile.ManufacturingType, tailoring: IdentifierMap<String>) -> Plan {
        let weights = model.weights[type] ?? model.weights.values.first
        func applicable(_ subdomain: MaturityModel.Subdomain) -> Bool { subdomain.appliesTo.contains(type) && tailoring[subdomain.id] == nil }
        func normalised(_ raw: [Double]) -> [Double] {
            let sum = raw.reduce(0, +)
            return sum > 0 ? raw.map { $0 / sum } : raw.map { _ in 0 }
        }
        var plan = Plan(entries: [], provisional: weights?.provisional ?? true)
        let questions = model.questionnaire.questions
        let elementWeights = normalised(
            model.elements.map { element in
                element.domains.contains { $0.subdomains.contains(where: applicable) } ? weights?.elements[element.id] ?? 0 : 0
            })
        for (elementIndex, element) in model.elements.enumerated() {
            let domainWeights = normalised(
                element.domains.map { domain in domain.subdomains.contains(where: applicable) ? weights?.domains[domain.id] ?? 0 : 0 })
            for (domainIndex, domain) in element.domains.enumerated() {
                let subWeights = normalised(domain.subdomains.map { applicable($0) ? weights?.subdomains[$0.id] ?? 0 : 0 })
                for (subIndex, subdomain) in domain.subdomains.enumerated() {
                    let isApplicable = applicable(subdomain)
                    plan.entries.append(
                        Entry(
                            subdomain: subdomain.id, element: element.id, domain: domain.id, elementIndex: elementIndex,
                            weight: isApplicable ? elementWeights[elementIndex] * domainWeights[domainIndex] * subWeights[subIndex] : 0,
                            weightInElement: isApplicable ? domainWeights[domainIndex] * subWeights[subIndex] : 0, applicable: isApplicable))
                    for level in model.index.questionsBySubdomainLevel[subdomain.id] ?? Array(repeating: [], count: 5) {
                        let start = plan.questions.count
                        plan.questions += level.map { model.index.questions[questions[$0].id] ?? $0 }
                        plan.ranges.append(start..<plan.questions.count)
                    }
                }
            }
        }
        return plan
    }

    /// Scores `diagnosis` for a factory of `type`.
    public func score(_ diagnosis: SelfDiagnosis, type: Profile.ManufacturingType) -> MaturityScore {
        let plan =
            diagnosis.tailoring.isEmpty
            ? plans[type == .discrete ? 0 : 1] : Self.plan(model, type: type, tailoring: diagnosis.tailoring)
        var answers = [Double?](repeating: nil, count: questionCount)
        let questions = model.index.questions
        let given = diagnosis.answers.entries
        var next = 0
        for index in given.indices {
            let (key, hash) = (given[index].key, given[index].hash)
            guard let position = questionOrder.position(of: key, hash: hash, expected: next, lookup: { questions.position(of: key, hash: hash) })
            else { continue }
            next = position + 1
            guard let grade = gradeScore(given[index].value) else { continue }
            answers[position] = grade
        }
        var levelScores = LevelScores(repeating: 0)
        var elementLevels = [LevelScores](repeating: LevelScores(repeating: 0), count: elementIDs.count)
        var subdomains: [MaturityScore.SubdomainScore] = []
        subdomains.reserveCapacity(plan.entries.count)
        var unanswered = 0
        for index in plan.entries.indices {
            let weight = plan.entries[index].weight
            let weightInElement = plan.entries[index].weightInElement
            let applicable = plan.entries[index].applicable
            let element = plan.entries[index].elementIndex
            var levels = LevelScores(repeating: nil)
            for level in 0..<5 {
                var sum = 0.0
                var answered = 0
                let range = plan.ranges[index * 5 + level]
                for question in range {
                    guard let grade = answers[plan.questions[question]] else { continue }
                    sum += grade
                    answered += 1
                }
                if applicable { unanswered += range.count - answered }
                let score = answered == 0 ? nil : sum / Double(answered)
                levels[level] = score
                guard applicable else { continue }
                levelScores[level] = score.flatMap { score in levelScores[level].map { $0 + weight * score } }
                elementLevels[element][level] = score.flatMap { score in elementLevels[element][level].map { $0 + weightInElement * score } }
            }
            let subdomain = plan.entries[index].subdomain
            subdomains.append(
                MaturityScore.SubdomainScore(
                    subdomain: subdomain, element: plan.entries[index].element, domain: plan.entries[index].domain, levels: levels,
                    weight: weight, tailored: diagnosis.tailoring.isEmpty ? nil : diagnosis.tailoring[subdomain]))
        }

        let gate = model.levelGate
        var total: Double? = 0
        var workingLevel: Int? = nil
        for (index, score) in levelScores.enumerated() {
            guard let score else {
                total = nil
                workingLevel = index + 1
                break
            }
            if score >= gate.threshold {
                total = total.map { $0 + (gate.strategy == .cumulativeActual ? score : 1) }
            } else {
                total = total.map { $0 + score }
                workingLevel = index + 1
                break
            }
        }
        let level = total.flatMap { model.bands.level(for: min($0, model.bands.maximum)) }
        let working = workingLevel ?? 5
        let weakest = weakest(subdomains, at: working)
        return MaturityScore(
            model: model.reference, manufacturingType: type, strategy: gate.strategy, threshold: gate.threshold, levelScores: levelScores,
            total: total, level: level, workingLevel: working,
            elements: elementIDs.indices.map { MaturityScore.ElementScore(element: elementIDs[$0], levels: elementLevels[$0]) },
            subdomains: subdomains, strongest: strongest(subdomains, at: working, besides: weakest).map { subdomains[$0].subdomain },
            weakest: weakest.map { subdomains[$0].subdomain }, provisionalWeights: plan.provisional, unverified: unverified,
            unanswered: unanswered)
    }

    /// The score of the satisfaction grade `answer` names (the first of equal ids), if it names one.
    ///
    /// When every grade's id is ASCII, only grades with as many bytes as `answer` can equal it, unless
    /// `answer` is not ASCII.
    private func gradeScore(_ answer: String) -> Double? {
        if asciiGrades {
            let count = answer.utf8.count
            for grade in grades.indices where grades[grade].id.utf8.count == count && grades[grade].id == answer {
                return grades[grade].score
            }
            if answer.utf8.allSatisfy({ $0 < 0x80 }) { return nil }
        }
        for grade in grades.indices where grades[grade].id == answer { return grades[grade].score }
        return nil
    }

    /// The positions in `subdomains` of ``MaturityScore/weakest(at:count:)``, for three sub-domains.
    private func weakest(_ subdomains: [MaturityScore.SubdomainScore], at level: Int) -> [Int] {
        guard (1...5).contains(level) else { return [] }
        var ranking = Ranking(order: idOrder)
        for index in subdomains.indices where subdomains[index].weight > 0 {
            if let value = subdomains[index].levels[level - 1], value < 1 {
                ranking.offer(index, subdomains[index].weight * (1 - value))
            }
        }
        return ranking.positions
    }

    /// The positions in `subdomains` of the three best sub-domains at `level` (ties by id), leaving out
    /// those whose id is that of a sub-domain at a position in `weakest`.
    private func strongest(_ subdomains: [MaturityScore.SubdomainScore], at level: Int, besides weakest: [Int]) -> [Int] {
        var ranking = Ranking(order: idOrder)
        for index in subdomains.indices where subdomains[index].weight > 0 {
            guard let value = subdomains[index].levels[level - 1], !weakest.contains(where: { idOrder[$0] == idOrder[index] }) else {
                continue
            }
            ranking.offer(index, value)
        }
        return ranking.positions
    }

    /// ``MaturityScore/Ranking`` of three sub-domains by position, comparing ids by their place in `order`.
    private struct Ranking {
        let order: [Int]
        private var entries: [(position: Int, value: Double)] = []

        init(order: [Int]) {
            self.order = order
            entries.reserveCapacity(3)
        }

        var positions: [Int] { entries.map(\.position) }

        mutating func offer(_ position: Int, _ value: Double) {
            var index = entries.count
            while index > 0,
                entries[index - 1].value != value ? value > entries[index - 1].value : order[entries[index - 1].position] > order[position]
            {
                index -= 1
            }
            guard index < 3 else { return }
            if entries.count < 3 { entries.append((position, value)) }
            var slot = entries.count - 1
            while slot > index {
                entries[slot] = entries[slot - 1]
                slot -= 1
            }
            entries[index] = (position, value)
        }
    }

    /// Each of `ids`' place among them in `String` order, equal ids sharing one.
    static func order(of ids: [String]) -> [Int] {
        let sorted = ids.indices.sorted { ids[$0] < ids[$1] }
        var order = [Int](repeating: 0, count: ids.count)
        var place = 0
        for index in sorted.indices {
            if index > 0, ids[sorted[index]] != ids[sorted[index - 1]] { place += 1 }
            order[sorted[index]] = place
        }
        return order
    }
}
