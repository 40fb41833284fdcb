import FactoryGrading

/// What a key asks the app to do.
public enum Command: String, Sendable, CaseIterable {
    case up, down, pageUp, pageDown, top, bottom
    case nextSection, previousSection
    case open, back
    case index, search, nextUnanswered, help
    case choose1, choose2, choose3, choose4, clear
    case note, tailor, toggleMain
    case results, export, language, quit
}

/// Where a binding applies.
public enum KeyContext: Sendable, Hashable {
    case start, section, results, overlay
}

/// One key binding: the keys, the command, its label for the help bar, and where it applies.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var keyLabel: String
    public var command: Command
    public var label: LocalizedText
    public var contexts: Set<KeyContext>
    /// Position in the one-line help bar, lowest first; `nil` for help-screen only.
    public var bar: Int?
}

/// The key bindings, as data: the reducer looks commands up here, and the help bar and help screen are
/// generated from it.
public enum KeyMap {
    static func t(_ zh: String, _ en: String) -> LocalizedText { LocalizedText(zh: zh, en: en) }

    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.up, .character("k")], keyLabel: "↑/k", command: .up, label: t("上移", "up"), contexts: [.start, .section, .results, .overlay], bar: nil),
        KeyBinding(keys: [.down, .character("j")], keyLabel: "↓/j", command: .down, label: t("下移", "down"), contexts: [.start, .section, .results, .overlay], bar: nil),
        KeyBinding(keys: [.pageUp], keyLabel: "PgUp", command: .pageUp, label: t("上一页", "page up"), contexts: [.section, .results, .overlay], bar: nil),
        KeyBinding(keys: [.pageDown], keyLabel: "PgDn", command: .pageDown, label: t("下一页", "page down"), contexts: [.section, .results, .overlay], bar: nil),
        KeyBinding(keys: [.home, .character("g")], keyLabel: "Home/g", command: .top, label: t("第一行", "first row"), contexts: [.section, .results, .overlay], bar: nil),
        KeyBinding(keys: [.end, .character("G")], keyLabel: "End/G", command: .bottom, label: t("最后一行", "last row"), contexts: [.section, .results, .overlay], bar: nil),
        KeyBinding(keys: [.tab], keyLabel: "Tab", command: .nextSection, label: t("下一节", "next section"), contexts: [.section, .results], bar: 1),
        KeyBinding(keys: [.backTab], keyLabel: "S-Tab", command: .previousSection, label: t("上一节", "previous section"), contexts: [.section, .results], bar: nil),
        KeyBinding(keys: [.enter], keyLabel: "Enter", command: .open, label: t("编辑/展开", "edit/open"), contexts: [.start, .section, .results, .overlay], bar: 5),
        KeyBinding(keys: [.escape], keyLabel: "Esc", command: .back, label: t("返回", "back"), contexts: [.section, .results, .overlay], bar: nil),
        KeyBinding(keys: [.character("1"), .character("y")], keyLabel: "1/y", command: .choose1, label: t("达到/全部满足", "met/fully"), contexts: [.section], bar: 3),
        KeyBinding(keys: [.character("2")], keyLabel: "2", command: .choose2, label: t("未达到/大部分", "not met/mostly"), contexts: [.section], bar: 4),
        KeyBinding(keys: [.character("3")], keyLabel: "3", command: .choose3, label: t("例外/部分", "excepted/partly"), contexts: [.section], bar: nil),
        KeyBinding(keys: [.character("4")], keyLabel: "4", command: .choose4, label: t("不满足", "not at all"), contexts: [.section], bar: nil),
        KeyBinding(keys: [.character("0"), .delete], keyLabel: "0/Del", command: .clear, label: t("清除回答", "clear answer"), contexts: [.section], bar: nil),
        KeyBinding(keys: [.character("e")], keyLabel: "e", command: .note, label: t("证据说明", "evidence note"), contexts: [.section], bar: 6),
        KeyBinding(keys: [.character("t")], keyLabel: "t", command: .tailor, label: t("裁剪子域", "tailor sub-domain"), contexts: [.section], bar: nil),
        KeyBinding(keys: [.character("m")], keyLabel: "m", command: .toggleMain, label: t("主要指标", "main indicator"), contexts: [.section], bar: nil),
        KeyBinding(keys: [.character("n")], keyLabel: "n", command: .nextUnanswered, label: t("下一未答", "next unanswered"), contexts: [.section, .results], bar: 7),
        KeyBinding(keys: [.character("/")], keyLabel: "/", command: .search, label: t("搜索", "search"), contexts: [.section, .results], bar: 8),
        KeyBinding(keys: [.character("i")], keyLabel: "i", command: .index, label: t("目录", "index"), contexts: [.section, .results], bar: 9),
        KeyBinding(keys: [.character("r")], keyLabel: "r", command: .results, label: t("结果", "results"), contexts: [.section], bar: 10),
        KeyBinding(keys: [.character("x")], keyLabel: "x", command: .export, label: t("导出", "export"), contexts: [.results], bar: 4),
        KeyBinding(keys: [.character("?"), .function(1)], keyLabel: "?", command: .help, label: t("帮助", "help"), contexts: [.start, .section, .results], bar: 2),
        KeyBinding(keys: [.character("L")], keyLabel: "L", command: .language, label: t("中/英", "zh/en"), contexts: [.start, .section, .results], bar: nil),
        KeyBinding(keys: [.character("q"), .control("c")], keyLabel: "q", command: .quit, label: t("退出(已保存)", "quit (saved)"), contexts: [.start, .section, .results], bar: 0),
    ]

    /// The command `key` gives in `context`.
    public static func command(for key: Key, in context: KeyContext) -> Command? {
        bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.command
    }

    /// The help bar for `context`: "key label" pairs that fit `width`.
    public static func bar(_ context: KeyContext, language: Language, width: Int) -> String {
        var text = ""
        for binding in bindings.filter({ $0.bar != nil && $0.contexts.contains(context) }).sorted(by: { $0.bar! < $1.bar! }) {
            let part = "\(binding.keyLabel) \(binding.label[language])"
            let candidate = text.isEmpty ? part : text + "  " + part
            if DisplayWidth.of(candidate) > width { break }
            text = candidate
        }
        return text
    }
}
