/// A named interpretation parameter as the pack documents it.
public struct Parameter: Sendable, Equatable, Identifiable {
    public var id: String
    public var value: JSONValue
    public var defaultValue: JSONValue
    /// `true` when the value is our reading of the policy rather than its text.
    public var interpretation: Bool
    public var rationale: LocalizedText
    public var clause: String
    /// The item the parameter concerns, when it concerns one (e.g. the 规上 item for `scaleThresholdRevenue`).
    public var appliesTo: String?
}
