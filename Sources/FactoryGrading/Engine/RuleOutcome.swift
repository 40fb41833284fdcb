/// How one rule came out for one assessment, with the values it looked at.
public struct RuleOutcome: Sendable, Equatable {
    public var rule: Rule
    public var outcome: Outcome
    /// The values the rule looked at.
    public var detail: RuleDetail
    /// What a reviewer must still accept for this outcome to stand.
    public var conditions: [Condition]

    public init(rule: Rule, outcome: Outcome, detail: RuleDetail, conditions: [Condition] = []) {
        self.rule = rule
        self.outcome = outcome
        self.detail = detail
        self.conditions = conditions
    }
}

/// The values a rule looked at, by rule kind.
public enum RuleDetail: Sendable, Equatable {
    case item(id: String, status: AnswerStatus?)
    case maturity(minimumLevel: Int, evidence: MaturityEvidence)
    case coverage(CoverageDetail)
    case kpiScope(KPIScopeDetail)
    case ladder(lowerTier: String, lowerVerdict: Verdict)
}

/// The maturity level the gate looks at, where it comes from, and the self-diagnosis estimate beside it.
public struct MaturityEvidence: Sendable, Equatable {
    /// The level the gate uses; `nil` when unknown.
    public var level: Int?
    /// `official` (a report) or `estimate`; `nil` when unknown.
    public var source: MaturityResult.Source?
    /// The level was computed from the quick self-diagnosis.
    public var fromSelfDiagnosis: Bool
    /// The self-diagnosis estimate, when a questionnaire is answered and complete enough to score.
    public var selfDiagnosisLevel: Int?
    /// A questionnaire is answered (its estimate may still be `nil`: below level 1 or incomplete).
    public var hasSelfDiagnosis: Bool

    public init(level: Int?, source: MaturityResult.Source?, fromSelfDiagnosis: Bool = false, selfDiagnosisLevel: Int? = nil, hasSelfDiagnosis: Bool = false) {
        self.level = level
        self.source = source
        self.fromSelfDiagnosis = fromSelfDiagnosis
        self.selfDiagnosisLevel = selfDiagnosisLevel
        self.hasSelfDiagnosis = hasSelfDiagnosis
    }
}

/// The coverage of every construction area at one tier.
public struct CoverageDetail: Sendable, Equatable {
    public var areas: [AreaCoverage]
    public var exceptionsAllowed: Bool
    public var maxExceptedAreas: Int

    /// Required areas that are excepted.
    public var exceptedAreas: [AreaCoverage] { areas.filter { $0.required && $0.status == .excepted } }
}

/// How far one area is covered at one tier.
public struct AreaCoverage: Sendable, Equatable {
    /// Coverage of an area.
    public enum Status: String, Sendable, Equatable {
        /// Every item met.
        case covered
        /// Every item met or excepted with a justification, at least one excepted.
        case excepted
        /// At least one item not met.
        case notCovered
        /// No item not met, but some unanswered.
        case unknown
    }

    public var area: String
    public var required: Bool
    public var status: Status
    public var itemCount: Int
    /// Items answered not met, in pack order.
    public var notMet: [String] {
        get { lists.items(.notMet) }
        set { lists.set(.notMet, newValue) }
    }
    /// Items excepted with a justification, in pack order.
    public var excepted: [String] {
        get { lists.items(.excepted) }
        set { lists.set(.excepted, newValue) }
    }
    /// Items not answered, in pack order.
    public var unanswered: [String] {
        get { lists.items(.unanswered) }
        set { lists.set(.unanswered, newValue) }
    }

    private var lists: ItemLists

    /// Items answered met.
    public var metCount: Int { itemCount - ItemLists.List.allCases.reduce(0) { $0 + lists.count($1) } }

    /// An area whose items are `items` (the area's at this tier, in pack order); `notMet`, `excepted` and
    /// `unanswered` mark which of them by bit (bit `i` for `items[i]`), so that the area's lists share the
    /// plan's ids instead of copying them. There must be at most 64 items.
    init(area: String, required: Bool, status: Status, items: [String], notMet: UInt64, excepted: UInt64, unanswered: UInt64) {
        self.area = area
        self.required = required
        self.status = status
        itemCount = items.count
        lists = ItemLists(storage: .marked(items: items, marks: [notMet, excepted, unanswered]))
    }

    init(area: String, required: Bool, status: Status, itemCount: Int, notMet: [String], excepted: [String], unanswered: [String]) {
        self.area = area
        self.required = required
        self.status = status
        self.itemCount = itemCount
        lists = ItemLists(storage: .listed([notMet, excepted, unanswered]))
    }
}

/// An area's three item lists: the area's items with a bit mask for each list while built by the grader,
/// the lists themselves once one is set.
private struct ItemLists: Sendable, Equatable {
    enum List: Int, CaseIterable {
        case notMet, excepted, unanswered
    }

    enum Storage: Sendable {
        case marked(items: [String], marks: InlineArray<3, UInt64>)
        case listed(InlineArray<3, [String]>)
    }

    var storage: Storage

    func items(_ list: List) -> [String] {
        switch storage {
        case .listed(let lists): return lists[list.rawValue]
        case .marked(let items, let marks):
            let mask = marks[list.rawValue]
            guard mask != 0 else { return [] }
            var result: [String] = []
            result.reserveCapacity(mask.nonzeroBitCount)
            for index in items.indices where mask & (1 << UInt64(index)) != 0 { result.append(items[index]) }
            return result
        }
    }

    func count(_ list: List) -> Int {
        switch storage {
        case .listed(let lists): lists[list.rawValue].count
        case .marked(_, let marks): marks[list.rawValue].nonzeroBitCount
        }
    }

    mutating func set(_ list: List, _ newValue: [String]) {
        var lists: InlineArray<3, [String]> = [items(.notMet), items(.excepted), items(.unanswered)]
        lists[list.rawValue] = newValue
        storage = .listed(lists)
    }

    static func == (lhs: ItemLists, rhs: ItemLists) -> Bool {
        List.allCases.allSatisfy { lhs.items($0) == rhs.items($0) }
    }
}

/// The main indicators and how each compares with a tier's benchmark scope.
public struct KPIScopeDetail: Sendable, Equatable {
    public var scope: String
    public var minimumCount: Int
    /// KPIs presented as main indicators, in pack order, with their comparison.
    public var indicators: [IndicatorComparison]
    /// KPIs whose main-indicator choice is not made yet.
    public var undecided: Int
}

/// One KPI compared with one benchmark scope.
public struct IndicatorComparison: Sendable, Equatable {
    public var kpi: String
    public var value: Double?
    public var outcome: Outcome
    public var basis: ComparisonBasis
    /// Whether the value was entered or computed from raw inputs, or why there is none.
    public var origin: KPIValueOrigin = .entered
}

/// Where a KPI value comes from.
public enum KPIValueOrigin: Sendable, Equatable {
    /// Entered directly.
    case entered
    /// Computed from raw inputs with the KPI's formula.
    case computed
    /// Raw inputs given, but the formula has no value for them.
    case undefined(KPIComputation.UndefinedReason)
}

/// What a KPI comparison rests on.
public enum ComparisonBasis: Sendable, Equatable {
    /// A benchmark value, compared with `comparison`; `scope` may be a higher or lower scope than the
    /// one asked for when `kpiScope.higherScopeImpliesLower` carried it over.
    case benchmark(scope: String, value: Double, source: String, comparison: InterpretationParameters.Comparison)
    /// A row of a benchmark table.
    case table(scope: String, row: BenchmarkTable.Row, comparison: InterpretationParameters.Comparison)
    /// The assessor's declaration.
    case declared(scope: String, meets: Bool, evidence: String)
    /// No value or no comparison for the scope.
    case missing
}

extension ComparisonBasis {
    /// The benchmark compared with, from the assessment or a table: its scope, value and comparison.
    public var benchmark: (scope: String, value: Double, comparison: InterpretationParameters.Comparison)? {
        switch self {
        case .benchmark(let scope, let value, _, let comparison): (scope, value, comparison)
        case .table(let scope, let row, let comparison): (scope, row.value, comparison)
        case .declared, .missing: nil
        }
    }
}
