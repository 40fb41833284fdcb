/// The verdict on one tier, with every rule outcome behind it.
public struct TierVerdict: Sendable, Equatable {
    public var tier: String
    public var verdict: Verdict
    public var rules: [RuleOutcome]

    /// What the verdict depends on, without repeats, in rule order.
    public var conditions: [Condition] {
        guard rules.contains(where: { !$0.conditions.isEmpty }) else { return [] }
        var seen = Set<Condition>()
        return rules.flatMap(\.conditions).filter { seen.insert($0).inserted }
    }

    /// Qualified, but only if a reviewer accepts the ``conditions``.
    public var isConditional: Bool { verdict == .qualified && rules.contains { !$0.conditions.isEmpty } }

    /// Qualified only with a construction area excepted (here or in a lower tier), which a tier whose
    /// coverage admits no exception does not accept through its ladder rule.
    public var restsOnAreaException: Bool {
        verdict == .qualified
            && rules.contains { rule in
                rule.conditions.contains { if case .areaException = $0 { true } else { false } }
            }
    }
}
