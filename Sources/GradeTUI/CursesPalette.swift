import CNcursesw
import GradeTUICore

/// Turns a ``Style`` into ncurses attributes and a colour pair.
///
/// Pair numbers are `foreground * 8 + background`, where 0 means the terminal's default colour and 1–7
/// are the palette colours, so every combination has a fixed pair below 64 (`screen` has 64 pairs).
/// Without colours (monochrome terminal or `NO_COLOR`), a foreground colour becomes bold (red also
/// underlined, so errors stand out) and a background colour becomes reverse.
struct CursesPalette {
    let colors: Bool
    private var cache: [Style: (attributes: attr_t, pair: Int16)] = [:]

    init(colors: Bool, defaultColors: Bool) {
        self.colors = colors
        guard colors else { return }
        let defaultForeground: Int16 = defaultColors ? -1 : Int16(COLOR_WHITE)
        let defaultBackground: Int16 = defaultColors ? -1 : Int16(COLOR_BLACK)
        let pairs = Int(cnc_color_pairs())
        for foreground in 0..<8 {
            for background in 0..<8 where foreground + background > 0 {
                let pair = foreground * 8 + background
                guard pair < pairs else { continue }
                init_pair(
                    Int16(pair), foreground == 0 ? defaultForeground : Int16(foreground),
                    background == 0 ? defaultBackground : Int16(background))
            }
        }
    }

    /// The attributes and colour pair for `style`.
    mutating func resolve(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        if let known = cache[style] { return known }
        var attributes = cnc_a_normal()
        if style.bold { attributes |= cnc_a_bold() }
        if style.underline { attributes |= cnc_a_underline() }
        if style.reverse { attributes |= cnc_a_reverse() }
        if style.dim { attributes |= cnc_a_dim() }
        var pair: Int16 = 0
        if colors {
            let foreground = style.foreground?.rawValue ?? 0
            let background = style.background?.rawValue ?? 0
            let pairs = Int(cnc_color_pairs())
            if foreground * 8 + background < pairs {
                pair = Int16(foreground * 8 + background)
            } else if foreground * 8 < pairs {
                pair = Int16(foreground * 8)
                if background != 0 { attributes |= cnc_a_reverse() }
            }
        } else {
            if style.foreground != nil { attributes |= cnc_a_bold() }
            if style.foreground == .red { attributes |= cnc_a_underline() }
            if style.background != nil { attributes |= cnc_a_reverse() }
        }
        cache[style] = (attributes, pair)
        return (attributes, pair)
    }
}
