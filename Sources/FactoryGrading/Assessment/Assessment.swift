/// One factory's self-assessment against one criteria pack version.
///
/// Anything not answered is unknown, never "no": the engine reports it as undetermined.
public struct Assessment: Sendable, Equatable {
    /// The pack id and version the answers were given against.
    public var pack: PackReference
    public var profile: Profile
    /// Answers by item id.
    public var answers: IdentifierMap<Answer>
    public var maturity: MaturityResult?
    /// KPI results by KPI id.
    public var kpis: IdentifierMap<KPIEntry>

    public init(
        pack: PackReference, profile: Profile = Profile(), answers: IdentifierMap<Answer> = [:], maturity: MaturityResult? = nil,
        kpis: IdentifierMap<KPIEntry> = [:]
    ) {
        self.pack = pack
        self.profile = profile
        self.answers = answers
        self.maturity = maturity
        self.kpis = kpis
    }

    /// The answer status of `item`, or `nil` when unanswered.
    public func status(of item: String) -> AnswerStatus? { answers[item]?.status }
}

/// Who the factory is.
public struct Profile: Sendable, Equatable {
    /// Discrete (离散型) or process (流程型) manufacturing.
    public enum ManufacturingType: String, Sendable, CaseIterable {
        case discrete
        case process
    }

    public var enterpriseName: String?
    /// 统一社会信用代码, validated against GB 32100.
    public var creditCode: String?
    /// GB/T 2260 six-digit code.
    public var regionCode: String?
    /// GB/T 4754-2017 code within manufacturing.
    public var industryCode: String?
    public var manufacturingType: ManufacturingType?
    /// Annual main-business revenue in CNY.
    public var annualRevenue: Double?
    public var assessor: String?
    /// `YYYY-MM-DD`.
    public var assessmentDate: String?

    public init(
        enterpriseName: String? = nil, creditCode: String? = nil, regionCode: String? = nil, industryCode: String? = nil,
        manufacturingType: ManufacturingType? = nil, annualRevenue: Double? = nil, assessor: String? = nil,
        assessmentDate: String? = nil
    ) {
        self.enterpriseName = enterpriseName
        self.creditCode = creditCode
        self.regionCode = regionCode
        self.industryCode = industryCode
        self.manufacturingType = manufacturingType
        self.annualRevenue = annualRevenue
        self.assessor = assessor
        self.assessmentDate = assessmentDate
    }
}

/// The answer to one item.
public struct Answer: Sendable, Equatable {
    /// `nil` while only a note has been written.
    public var status: AnswerStatus?
    public var evidence: String?
    /// Required when ``status`` is ``AnswerStatus/excepted``.
    public var justification: String?

    public init(_ status: AnswerStatus?, evidence: String? = nil, justification: String? = nil) {
        self.status = status
        self.evidence = evidence
        self.justification = justification
    }
}

/// How an item is answered.
public enum AnswerStatus: String, Sendable, CaseIterable {
    case met
    case notMet
    /// Not built, with a written justification, where the pack's coverage rule allows it.
    case excepted
}

/// The GB/T 39116 maturity result the tier rules look at.
public struct MaturityResult: Sendable, Equatable {
    /// Where the level comes from.
    public enum Source: String, Sendable, CaseIterable {
        /// An official assessment report.
        case official
        /// An in-tool estimate (预诊断), never an official result.
        case estimate
    }

    /// 1–5; `nil` while unknown.
    public var level: Int?
    /// The total score, 0–5.
    public var score: Double?
    /// Where ``level`` comes from; `nil` when only a ``selfDiagnosis`` is given.
    public var source: Source?
    public var reportNumber: String?
    /// `YYYY-MM-DD`.
    public var reportDate: String?
    /// Answers to a maturity model's quick self-diagnosis; its result is an estimate shown beside an
    /// official level, or used (as an estimate) when there is none.
    public var selfDiagnosis: SelfDiagnosis?

    public init(
        level: Int?, score: Double? = nil, source: Source?, reportNumber: String? = nil, reportDate: String? = nil,
        selfDiagnosis: SelfDiagnosis? = nil
    ) {
        self.level = level
        self.score = score
        self.source = source
        self.reportNumber = reportNumber
        self.reportDate = reportDate
        self.selfDiagnosis = selfDiagnosis
    }
}

/// A factory's result on one KPI.
public struct KPIEntry: Sendable, Equatable {
    /// The KPI's value in its unit, entered directly; `nil` while unknown or when ``raw`` gives it.
    public var value: Double?
    /// Raw inputs the value is computed from (see ``KPIFormula``); give either these or ``value``.
    public var raw: KPIRawInputs?
    /// Whether the factory presents this KPI as a main indicator (主要技术经济指标); `nil` while undecided.
    public var main: Bool?
    /// How the value compares with each benchmark scope, by scope id.
    public var comparisons: IdentifierMap<KPIComparison>

    public init(value: Double?, raw: KPIRawInputs? = nil, main: Bool? = nil, comparisons: IdentifierMap<KPIComparison> = [:]) {
        self.value = value
        self.raw = raw
        self.main = main
        self.comparisons = comparisons
    }
}

/// How a KPI value is known to compare with a benchmark scope.
public enum KPIComparison: Sendable, Equatable {
    /// A benchmark value with its source; the engine compares.
    case benchmark(value: Double, source: String)
    /// The assessor's own statement, with evidence; the verdict becomes conditional.
    case declared(meets: Bool, evidence: String)
}
