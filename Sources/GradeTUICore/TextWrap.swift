/// Breaking text into lines by display width: at spaces between Latin words, anywhere between CJK characters.
enum TextWrap {
    /// `text` as lines of at most `width` columns; newlines in `text` are kept.
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            var word = ""
            var wordWidth = 0
            func flushWord() {
                if lineWidth + wordWidth > width, !line.isEmpty {
                    result.append(line)
                    line = ""
                    lineWidth = 0
                    if word.first == " " {
                        word.removeFirst()
                        wordWidth -= 1
                    }
                }
                while wordWidth > width {
                    var head = ""
                    var headWidth = 0
                    while let first = word.first, headWidth + DisplayWidth.of(first) <= width {
                        head.append(first)
                        headWidth += DisplayWidth.of(first)
                        word.removeFirst()
                    }
                    result.append(head)
                    wordWidth -= headWidth
                }
                line += word
                lineWidth += wordWidth
                word = ""
                wordWidth = 0
            }
            for character in paragraph {
                let characterWidth = DisplayWidth.of(character)
                if character == " " || characterWidth == 2 {
                    flushWord()
                    word = String(character)
                    wordWidth = characterWidth
                    if characterWidth == 2 { flushWord() }
                } else {
                    word.append(character)
                    wordWidth += characterWidth
                }
            }
            flushWord()
            result.append(line)
        }
        return result
    }

    /// `text` cut to `width` columns, ending in "~" when cut (not "…", which CJK terminals draw two columns wide).
    static func truncate(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "~"
    }

    /// `text` cut to `width` columns in the middle, keeping its start and its end (where labels that share a
    /// start differ), with "~" where it was cut.
    static func truncateMiddle(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width, width > 2 else { return truncate(text, width: width) }
        var tail = ""
        var used = 0
        for character in text.reversed() {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > (width - 1) / 2 { break }
            tail.insert(character, at: tail.startIndex)
            used += characterWidth
        }
        var head = ""
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 { break }
            head.append(character)
            used += characterWidth
        }
        return head + "~" + tail
    }

    /// `text` padded with spaces to `width` columns (or truncated).
    static func pad(_ text: String, width: Int) -> String {
        let cut = truncate(text, width: width)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }
}
