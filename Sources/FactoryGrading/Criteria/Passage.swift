/// A sentence or clause of the policy text, verbatim, that items and rules cite.
public struct Passage: Sendable, Hashable, Identifiable {
    public var id: String
    public var clause: String
    /// `zh` is the policy text; `en` is our translation.
    public var text: LocalizedText
    /// Why the passage yields no item or rule, when it does not.
    public var informational: LocalizedText?
}
