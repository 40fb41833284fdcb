/// A smart-manufacturing capability maturity model (GB/T 39116) with its scoring parameters (GB/T 39117)
/// and our quick self-diagnosis questionnaire, as data.
///
/// Facts the sources do not confirm carry `verified == false`; results computed with them say so.
public struct MaturityModel: Sendable {
    /// One of the five levels, 1 规划级 … 5 引领级.
    public struct Level: Sendable, Hashable {
        public var level: Int
        public var name: LocalizedText
        public var meaning: LocalizedText
        public var verified: Bool
    }

    /// An answer on the requirement satisfaction scale (全部满足 1, 大部分满足 0.8, …).
    public struct Satisfaction: Sendable, Hashable, Identifiable {
        public var id: String
        public var name: LocalizedText
        public var score: Double
        public var verified: Bool
    }

    /// A capability sub-domain (产品设计, 数据, …).
    public struct Subdomain: Sendable, Hashable, Identifiable {
        public var id: String
        public var name: LocalizedText
        public var verified: Bool
        public var appliesTo: [Profile.ManufacturingType]
    }

    /// A capability domain and its sub-domains.
    public struct Domain: Sendable, Hashable, Identifiable {
        public var id: String
        public var name: LocalizedText
        public var verified: Bool
        public var subdomains: [Subdomain]
    }

    /// A capability element (人员, 技术, 资源, 制造) and its domains.
    public struct Element: Sendable, Hashable, Identifiable {
        public var id: String
        public var name: LocalizedText
        public var verified: Bool
        public var domains: [Domain]
    }

    /// Weights for one manufacturing type: each parent's children sum to 1.
    public struct Weights: Sendable, Hashable {
        public var provisional: Bool
        public var source: LocalizedText
        public var elements: [String: Double]
        public var domains: [String: Double]
        public var subdomains: [String: Double]
    }

    /// How level scores add up to the total.
    public enum GateStrategy: String, Sendable, Hashable, CaseIterable {
        /// Add actual level scores up to and including the first level below the threshold.
        case cumulativeActual
        /// Count each passed level as 1 and add the first failing level's actual score.
        case passedLevelsCountAsOne
    }

    /// When a level counts, and how the total is formed.
    public struct LevelGate: Sendable, Hashable {
        public var threshold: Double
        public var strategy: GateStrategy
        public var verified: Bool
        public var rationale: LocalizedText
    }

    /// Total score → level.
    public struct Bands: Sendable, Hashable {
        /// Lower score edge of levels 1–5.
        public var lowerEdges: [Double]
        public var maximum: Double
        public var verified: Bool
        public var rationale: LocalizedText

        /// The level a total score falls in, or `nil` below the first edge.
        public func level(for total: Double) -> Int? {
            lowerEdges.lastIndex { total >= $0 }.map { $0 + 1 }
        }
    }

    /// One question of the self-diagnosis: a sub-domain at a level.
    public struct Question: Sendable, Hashable, Identifiable {
        public var id: String
        public var subdomain: String
        public var level: Int
        public var text: LocalizedText
    }

    /// Our quick self-diagnosis: always an estimate.
    public struct Questionnaire: Sendable, Hashable {
        public var title: LocalizedText
        public var disclaimer: LocalizedText
        public var questions: [Question]
    }

    public var id: String
    public var version: String
    public var title: LocalizedText
    public var standards: LocalizedText
    public var notes: [LocalizedText]
    public var levels: [Level]
    public var satisfaction: [Satisfaction]
    public var elements: [Element] {
        didSet { index = Index(self) }
    }
    public var weights: [Profile.ManufacturingType: Weights]
    public var levelGate: LevelGate
    public var bands: Bands
    public var questionnaire: Questionnaire {
        didSet { index = Index(self) }
    }
    private(set) var index = Index.empty

    init(
        id: String, version: String, title: LocalizedText, standards: LocalizedText, notes: [LocalizedText], levels: [Level],
        satisfaction: [Satisfaction], elements: [Element], weights: [Profile.ManufacturingType: Weights], levelGate: LevelGate,
        bands: Bands, questionnaire: Questionnaire
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.standards = standards
        self.notes = notes
        self.levels = levels
        self.satisfaction = satisfaction
        self.elements = elements
        self.weights = weights
        self.levelGate = levelGate
        self.bands = bands
        self.questionnaire = questionnaire
        index = Index(self)
    }

    /// Lookups built once per model: questions by id and by sub-domain and level, sub-domains by id.
    struct Index: Sendable {
        var questions = IdentifierIndex([String]())
        var questionsBySubdomainLevel: [String: [[Int]]] = [:]
        var subdomains: [String: Subdomain] = [:]

        static let empty = Index()

        private init() {}

        init(_ model: MaturityModel) {
            questions = IdentifierIndex(model.questionnaire.questions.map(\.id))
            for (position, question) in model.questionnaire.questions.enumerated() {
                if (1...5).contains(question.level) {
                    questionsBySubdomainLevel[question.subdomain, default: Array(repeating: [], count: 5)][question.level - 1].append(position)
                }
            }
            for entry in model.subdomains { subdomains[entry.subdomain.id] = entry.subdomain }
        }
    }

    /// The model's id and version, as an assessment names it.
    public var reference: PackReference { PackReference(id: id, version: version) }

    /// The model a new self-diagnosis uses among `models`: the newest version of the first id in id order.
    public static func preferred(among models: [MaturityModel]) -> MaturityModel? {
        guard let id = models.map(\.id).min() else { return nil }
        return models.filter { $0.id == id }.max { PackCatalog.isOlder($0.version, than: $1.version) }
    }

    /// Every sub-domain, in model order, with its element and domain.
    public var subdomains: [(element: Element, domain: Domain, subdomain: Subdomain)] {
        elements.flatMap { element in element.domains.flatMap { domain in domain.subdomains.map { (element, domain, $0) } } }
    }

    public func subdomain(_ id: String) -> Subdomain? { index.subdomains[id] }

    public func question(_ id: String) -> Question? { index.questions[id].map { questionnaire.questions[$0] } }

    public func satisfaction(_ id: String) -> Satisfaction? { satisfaction.first { $0.id == id } }

    public func level(_ level: Int) -> Level? { levels.first { $0.level == level } }
}
