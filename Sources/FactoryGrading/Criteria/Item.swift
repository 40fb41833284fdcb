/// One answerable requirement: a 基础要求, an atomic piece of a tier's 建设内容, or a 建设成效 outcome.
public struct Item: Sendable, Hashable, Identifiable {
    /// Which part of the annex an item comes from.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// 基础要求 1–4, shared by every tier.
        case base
        /// 建设内容 of one tier in one construction area.
        case construction
        /// A qualitative 建设成效 of one tier.
        case outcome
    }

    public var id: String
    public var kind: Kind
    /// The tier a construction or outcome item belongs to.
    public var tier: String?
    /// The construction area of a construction item.
    public var area: String?
    public var text: LocalizedText
    public var clause: String
    public var passage: String
    /// What evidence an assessor prepares.
    public var guidance: LocalizedText?
}
