/// A grid of cells that screens draw into; the terminal backend only copies it to the screen.
///
/// Text is placed by display width: a wide (CJK) character takes two cells, the second a continuation
/// cell; a wide character that would straddle the right edge of its field is replaced by a space.
public struct Canvas: Sendable, Equatable {
    /// One cell: the grapheme drawn there (empty for the right half of a wide character) and its style.
    public struct Cell: Sendable, Equatable {
        public var text: String
        public var style: Style

        public static let blank = Cell(text: " ", style: .plain)

        /// The right half of a wide character.
        public var isContinuation: Bool { text.isEmpty }
    }

    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should show (for text fields), or `nil` to hide it.
    public var cursor: (x: Int, y: Int)? {
        get { cursorPosition.map { ($0.x, $0.y) } }
        set { cursorPosition = newValue.map { Position(x: $0.x, y: $0.y) } }
    }
    private var cursorPosition: Position?

    private struct Position: Sendable, Equatable {
        var x: Int
        var y: Int
    }

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: max(0, size.width) * max(0, size.height))
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// Draws `text` from column `x` of row `y`, at most `width` columns wide (to the right edge by
    /// default), and returns the column after the last one written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, width: Int? = nil) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return x }
        let limit = min(size.width, x + (width ?? size.width - x))
        var column = x
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if characterWidth == 0 { continue }
            if column + characterWidth > limit {
                while column < limit {
                    if column >= 0 { self[column, y] = Cell(text: " ", style: style) }
                    column += 1
                }
                break
            }
            if column >= 0 {
                let grapheme = character == "\t" ? " " : String(character)
                self[column, y] = Cell(text: grapheme, style: style)
                if characterWidth == 2, column + 1 < size.width { self[column + 1, y] = Cell(text: "", style: style) }
            }
            column += characterWidth
        }
        return column
    }

    /// Fills a rectangle with `character` in `style`.
    public mutating func fill(x: Int, y: Int, width: Int, height: Int, character: Character = " ", style: Style = .plain) {
        for row in max(0, y)..<min(size.height, y + height) {
            for column in max(0, x)..<min(size.width, x + width) { self[column, row] = Cell(text: String(character), style: style) }
        }
    }

    /// Every row as plain text, trailing spaces removed: what tests compare.
    public var lines: [String] {
        (0..<size.height).map { row in
            var line = ""
            for column in 0..<size.width {
                line += self[column, row].text
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    public static func == (lhs: Canvas, rhs: Canvas) -> Bool {
        lhs.size == rhs.size && lhs.cells == rhs.cells && lhs.cursorPosition == rhs.cursorPosition
    }
}
