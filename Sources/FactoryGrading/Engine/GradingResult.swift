/// What the engine concludes about one assessment: the tier reached, a verdict for every tier with
/// its reasons, and the consistency warnings it noticed.
public struct GradingResult: Sendable, Equatable {
    public var pack: PackReference
    /// The highest qualified tier's id, or `nil` ("none").
    public var tierReached: String?
    /// Lowest tier first.
    public var tiers: [TierVerdict]
    public var warnings: [Diagnostic]
    /// The quick self-diagnosis score, when the assessment answers one.
    public var selfDiagnosis: MaturityScore? = nil

    /// The verdict on `tier`.
    public func verdict(_ tier: String) -> TierVerdict? { tiers.first { $0.tier == tier } }

    /// The tier reached as a report word: a tier id or `none`.
    public var tierName: String { tierReached ?? "none" }

    /// What the tier reached depends on.
    public var conditions: [Condition] { tierReached.flatMap(verdict)?.conditions ?? [] }
}
