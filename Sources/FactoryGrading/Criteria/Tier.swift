/// One rung of the ladder (基础级, 先进级, …) with the rules a factory must satisfy to reach it.
public struct Tier: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: LocalizedText
    /// Position on the ladder, 1 for the lowest tier.
    public var rank: Int
    public var clause: String
    public var passage: String
    public var summary: LocalizedText
    public var recognition: LocalizedText
    /// The rules evaluated for this tier, in pack order; includes the generated ladder rule.
    public var rules: [Rule]
}
