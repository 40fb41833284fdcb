/// The languages every user-facing text of the product exists in.
public enum Language: String, Sendable, CaseIterable, Hashable {
    case zh
    case en

    /// The language a locale identifier such as `zh_CN.UTF-8` or `en_US` asks for, if it is one of ours.
    public init?(localeIdentifier: String) {
        let lowered = localeIdentifier.lowercased()
        if lowered.hasPrefix("zh") {
            self = .zh
        } else if lowered.hasPrefix("en") {
            self = .en
        } else {
            return nil
        }
    }
}
