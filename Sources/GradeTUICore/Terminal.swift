/// The seam between the pure UI and a real terminal: the ncurses backend implements it, tests use a
/// scripted fake.
public protocol Terminal: AnyObject {
    /// The current size.
    var size: Size { get }
    /// Shows `canvas`, replacing the screen.
    func present(_ canvas: Canvas)
    /// The next key, or `nil` when none arrived within `timeout` milliseconds.
    func readKey(timeout: Int) -> Key?
    /// Whether the terminal is gone (hang-up): the app must save and stop.
    var isClosed: Bool { get }
    /// Restores the terminal to how it was; safe to call more than once.
    func shutdown()
}
