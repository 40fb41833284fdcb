/// The outcome of one rule.
public enum Outcome: String, Sendable, Hashable, CaseIterable {
    case met
    case notMet
    /// An input the rule needs is missing.
    case undetermined
}

/// The verdict on one tier.
public enum Verdict: String, Sendable, Hashable, CaseIterable {
    case qualified
    case notQualified
    /// No rule failed, but at least one could not be decided for missing inputs.
    case undetermined

    /// Combines rule outcomes: any failure fails the tier; otherwise anything undetermined leaves it open.
    public init(_ outcomes: some Sequence<Outcome>) {
        var sawUndetermined = false
        for outcome in outcomes {
            switch outcome {
            case .notMet:
                self = .notQualified
                return
            case .undetermined: sawUndetermined = true
            case .met: break
            }
        }
        self = sawUndetermined ? .undetermined : .qualified
    }
}
