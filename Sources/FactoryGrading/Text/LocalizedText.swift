/// A text in Chinese and English. Every text a criteria pack holds is one of these.
public struct LocalizedText: Sendable, Hashable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in `language`.
    public subscript(language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }

    /// The text as a JSON object `{"zh": …, "en": …}`.
    public var json: JSONValue { .object([JSONMember("zh", .string(zh)), JSONMember("en", .string(en))]) }
}
