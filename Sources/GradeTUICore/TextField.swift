/// An editable text with a cursor, for one-line fields and multi-line notes. Positions are in
/// characters (grapheme clusters), so Chinese text and the cursor stay aligned.
public struct TextField: Sendable, Equatable {
    public var text: [Character]
    public var cursor: Int
    public let multiline: Bool

    public init(_ text: String = "", multiline: Bool = false) {
        self.text = Array(text)
        cursor = self.text.count
        self.multiline = multiline
    }

    public var string: String { String(text) }

    public mutating func insert(_ character: Character) {
        text.insert(character, at: cursor)
        cursor += 1
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        cursor -= 1
        text.remove(at: cursor)
    }

    public mutating func delete() {
        guard cursor < text.count else { return }
        text.remove(at: cursor)
    }

    public mutating func left() { cursor = max(0, cursor - 1) }

    public mutating func right() { cursor = min(text.count, cursor + 1) }

    public mutating func home() {
        guard multiline else { return cursor = 0 }
        while cursor > 0, text[cursor - 1] != "\n" { cursor -= 1 }
    }

    public mutating func end() {
        guard multiline else { return cursor = text.count }
        while cursor < text.count, text[cursor] != "\n" { cursor += 1 }
    }

    /// Moves to the same column of the previous (`-1`) or next (`1`) line of a note.
    /// Applies an editing key (typing, Backspace, Delete, ←, →, Home, End); `false` for any other key.
    public mutating func apply(_ key: Key) -> Bool {
        switch key {
        case .character(let character): insert(character)
        case .backspace: backspace()
        case .delete: delete()
        case .left: left()
        case .right: right()
        case .home: home()
        case .end: end()
        default: return false
        }
        return true
    }

    public mutating func vertical(_ direction: Int) {
        guard multiline else { return }
        let starts = [0] + text.indices.filter { text[$0] == "\n" }.map { $0 + 1 }
        guard let line = starts.lastIndex(where: { $0 <= cursor }) else { return }
        let column = cursor - starts[line]
        let target = line + direction
        guard starts.indices.contains(target) else { return }
        let end = target + 1 < starts.count ? starts[target + 1] - 1 : text.count
        cursor = min(starts[target] + column, end)
    }

    /// The lines of the text wrapped to `width` columns, and the cursor's (line, column) on screen.
    public func layout(width: Int) -> (lines: [String], cursorLine: Int, cursorColumn: Int) {
        var lines: [String] = [""]
        var widths = [0]
        var cursorLine = 0
        var cursorColumn = 0
        for (position, character) in text.enumerated() {
            if position == cursor {
                cursorLine = lines.count - 1
                cursorColumn = widths[lines.count - 1]
            }
            if character == "\n" {
                lines.append("")
                widths.append(0)
                continue
            }
            let characterWidth = DisplayWidth.of(character)
            if widths[lines.count - 1] + characterWidth > width {
                lines.append("")
                widths.append(0)
                if position == cursor {
                    cursorLine = lines.count - 1
                    cursorColumn = 0
                }
            }
            lines[lines.count - 1].append(character)
            widths[lines.count - 1] += characterWidth
        }
        if cursor == text.count {
            cursorLine = lines.count - 1
            cursorColumn = widths[lines.count - 1]
            if cursorColumn >= width {
                lines.append("")
                cursorLine += 1
                cursorColumn = 0
            }
        }
        return (lines, cursorLine, cursorColumn)
    }
}
