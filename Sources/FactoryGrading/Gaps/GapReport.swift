/// The least a factory must change to reach a target tier.
public struct GapReport: Sendable, Equatable {
    /// The tier aimed at.
    public var target: String
    /// The tier reached now, or `nil` for none.
    public var current: String?
    /// The target is qualified already; nothing is listed.
    public var alreadyQualified: Bool
    /// The tiers whose rules the target needs (itself and, with a cumulative ladder, every lower tier).
    public var tiers: [String]
    /// Items to meet (or answer), in pack order, without repeats.
    public var items: [ItemGap]
    /// The maturity level to reach, if the current one is short or unknown.
    public var maturity: MaturityGap?
    /// Which KPIs to present as main indicators and what each still needs, if the KPI scope rules are not met.
    public var kpis: KPIPlan?
    /// What the verdicts of the needed tiers depend on and a reviewer must still accept (estimated
    /// maturity, area exceptions, declared comparisons), including the declarations that the proposed main
    /// indicators rest on, which the target would depend on once reached.
    public var conditions: [Condition]

    /// Whether nothing needs to change.
    public var isEmpty: Bool { items.isEmpty && maturity == nil && kpis == nil }
}

/// One item that must be met.
public struct ItemGap: Sendable, Equatable {
    public var item: String
    /// The current answer; `nil` when unanswered.
    public var status: AnswerStatus?
    /// The rules that need it.
    public var neededBy: [String]
}

/// The maturity level the target needs.
public struct MaturityGap: Sendable, Equatable {
    public var current: Int?
    public var required: Int
    public var neededBy: [String]
    /// From a self-diagnosis: the sub-domains whose improvement would lift the working level's score most.
    public var improve: [MaturityModel.Subdomain] = []
    /// From a self-diagnosis: the first level below the gate threshold.
    public var workingLevel: Int? = nil
}

/// The proposed main-indicator selection and what each chosen KPI still needs.
public struct KPIPlan: Sendable, Equatable {
    /// The KPIs to present as main indicators, in pack order.
    public var proposedMain: [String]
    /// Currently presented KPIs to present no longer.
    public var drop: [String]
    /// KPIs to start presenting.
    public var add: [String]
    /// What the proposed KPIs still need, per scope.
    public var shortfalls: [KPIShortfall]
    public var neededBy: [String]
    /// The proposed KPIs that meet a needed scope on the assessor's declaration: a reviewer must accept
    /// them once the target is reached (they are listed among the report's conditions too).
    public var declaredConditions: [Condition] = []
}

/// What one KPI needs to meet one benchmark scope.
public struct KPIShortfall: Sendable, Equatable {
    /// What is missing.
    public enum Need: Sendable, Equatable {
        /// Enter the KPI's value.
        case value
        /// Give a benchmark value with its source, or a declared comparison with evidence.
        case comparison
        /// Improve the value from `value` past `benchmark` (with the scope's comparison).
        case improvement(value: Double, benchmark: Double, comparison: InterpretationParameters.Comparison)
        /// The assessor declared the scope is not met.
        case declaredShort
    }

    public var kpi: String
    public var scope: String
    public var need: Need
}
