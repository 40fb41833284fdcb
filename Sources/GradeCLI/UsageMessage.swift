import FactoryGrading

/// The command-line parser's usage errors, which it writes in English, said in the user's language.
enum UsageMessage {
    /// The language asked for by `--lang` in `arguments` (when its value is one), else by the environment.
    static func language(of arguments: [String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            let value: String?
            if argument == "--lang" {
                value = index + 1 < arguments.count ? arguments[index + 1] : nil
            } else if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
            } else {
                continue
            }
            if let value, let language = Language(rawValue: value) { return language }
        }
        return .fromEnvironment
    }

    /// `message` (the parser's full message: error, help line, usage, pointer to `--help`) in `language`.
    /// The parts it does not know stay as they are.
    static func localized(_ message: String, _ language: Language) -> String {
        guard language == .zh else { return message }
        return message.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            if line.hasPrefix("Error: ") { return "grade: 错误: " + error(String(line.dropFirst("Error: ".count))) }
            if line.hasPrefix("Help: ") { return "说明:" + line.dropFirst("Help:".count) }
            if line.hasPrefix("Usage: ") { return "用法:" + line.dropFirst("Usage:".count) }
            if line.hasPrefix("  See '"), line.hasSuffix("' for more information.") {
                return "  详见 '" + line.dropFirst("  See '".count).dropLast("' for more information.".count) + "'。"
            }
            return String(line)
        }.joined(separator: "\n")
    }

    /// One error sentence of the parser in Chinese, when it is one the parser writes for a usage mistake.
    static func error(_ text: String) -> String {
        if let name = quoted(text, after: "Unknown option ") { return "未知选项 '\(name)'" }
        if let name = quoted(text, after: "Missing expected argument ") { return "缺少参数 '\(name)'" }
        if let name = quoted(text, after: "Missing value for ") { return "'\(name)' 缺少取值" }
        if let name = quoted(text, after: "Unexpected argument ") { return "多余的参数 '\(name)'" }
        let invalid = "The value '"
        if text.hasPrefix(invalid), let middle = text.range(of: "' is invalid for '"), let end = text.range(of: "'. Please provide one of ") {
            let value = text[text.index(text.startIndex, offsetBy: invalid.count)..<middle.lowerBound]
            let option = text[middle.upperBound..<end.lowerBound]
            var choices = String(text[end.upperBound...])
            if choices.hasSuffix(".") { choices.removeLast() }
            choices = choices.replacing("', '", with: "'、'").replacing("' or '", with: "'、'").replacing("' and '", with: "'、'")
            return "'\(option)' 的取值 '\(value)' 无效,可选:\(choices)"
        }
        return text
    }

    /// The text between single quotes that makes up the rest of `text` after `prefix`.
    private static func quoted(_ text: String, after prefix: String) -> String? {
        guard text.hasPrefix(prefix + "'"), text.hasSuffix("'"), text.count >= prefix.count + 2 else { return nil }
        return String(text.dropFirst(prefix.count + 1).dropLast())
    }
}
