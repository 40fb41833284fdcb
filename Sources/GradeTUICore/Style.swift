/// How a cell is drawn. Colours are a small palette so that a monochrome terminal (or `NO_COLOR`) can map
/// every style to bold, underline or reverse instead.
public struct Style: Sendable, Hashable {
    /// The palette the UI uses.
    public enum Color: Int, Sendable, Hashable, CaseIterable {
        case red = 1
        case green = 2
        case yellow = 3
        case blue = 4
        case magenta = 5
        case cyan = 6
        case white = 7
    }

    public var foreground: Color?
    public var background: Color?
    public var bold = false
    public var underline = false
    public var reverse = false
    public var dim = false

    public init(
        foreground: Color? = nil, background: Color? = nil, bold: Bool = false, underline: Bool = false, reverse: Bool = false,
        dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let reverse = Style(reverse: true)
    public static let dim = Style(dim: true)
    public static let title = Style(foreground: .cyan, bold: true)
    public static let selected = Style(reverse: true)
    public static let good = Style(foreground: .green, bold: true)
    public static let bad = Style(foreground: .red, bold: true)
    public static let warning = Style(foreground: .yellow, bold: true)
    public static let muted = Style(dim: true)
    public static let key = Style(foreground: .cyan)
}
