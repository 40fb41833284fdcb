/// A key press or terminal event, as the backend reports it.
public enum Key: Sendable, Hashable {
    /// A printable character (including Chinese text from an input method).
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    /// Ctrl with a letter, e.g. `.control("c")`.
    case control(Character)
    case function(Int)
    /// A mouse button press at a cell.
    case mouse(x: Int, y: Int)
    /// Scroll wheel: `-1` up, `1` down.
    case scroll(Int)
    /// The terminal changed size.
    case resize(Size)
    /// The process was asked to stop (SIGTERM, SIGHUP) or the terminal went away: save and exit.
    case terminate
}
