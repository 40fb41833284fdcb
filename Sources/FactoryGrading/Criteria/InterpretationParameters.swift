/// The typed values of a pack's interpretation parameters, as the engine uses them.
///
/// Each is documented in the pack with its rationale; see `Criteria/README.md`.
public struct InterpretationParameters: Sendable, Hashable {
    /// Whether a tier also requires every lower tier.
    public enum Ladder: String, Sendable, Hashable, CaseIterable {
        case cumulative
        case independent
    }

    /// How a KPI value is compared with a benchmark.
    public enum Comparison: String, Sendable, Hashable, CaseIterable {
        case greaterThan
        case atLeast
    }

    /// `ladder`.
    public var ladder: Ladder = .cumulative
    /// `mainIndicators.minimumCount`.
    public var mainIndicatorsMinimumCount = 3
    /// `scaleThresholdRevenue`, in CNY.
    public var scaleThresholdRevenue = 20_000_000.0
    /// The item `scaleThresholdRevenue` checks (its `appliesTo`).
    public var scaleItem: String?
    /// `coverage.includeLowerTierItems`.
    public var coverageIncludesLowerTierItems = false
    /// `coverage.maxExceptedAreas`.
    public var maxExceptedAreas = 1
    /// `kpiScope.averageComparison`.
    public var averageComparison: Comparison = .greaterThan
    /// `kpiScope.leadingComparison`.
    public var leadingComparison: Comparison = .atLeast
    /// `kpiScope.higherScopeImpliesLower`.
    public var higherScopeImpliesLower = true
    /// `maturity.scoreBands`: lower score edges of levels 1–5.
    public var maturityScoreBands: [Double] = [0.8, 1.8, 2.8, 3.8, 4.8]

    public init() {}

    /// The comparison set for `scope`: `kpiScope.averageComparison` for an average scope, else
    /// `kpiScope.leadingComparison`.
    public func comparison(for scope: KPIScope) -> Comparison {
        scope.kind == .average ? averageComparison : leadingComparison
    }

    /// Every parameter id this engine understands.
    public static let knownIDs = [
        "ladder", "mainIndicators.minimumCount", "scaleThresholdRevenue", "coverage.includeLowerTierItems",
        "coverage.maxExceptedAreas", "kpiScope.averageComparison", "kpiScope.leadingComparison",
        "kpiScope.higherScopeImpliesLower", "maturity.scoreBands",
    ]
}
