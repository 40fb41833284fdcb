import CNcursesw
import GradeTUICore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real terminal: ncursesw started on stdin/stdout, keys read with `wget_wch`, canvases copied cell by
/// cell. The only type in the package that talks to ncurses.
///
/// Input runs in raw mode, so Ctrl-C arrives as `.control("c")` and the app can save before it quits;
/// SIGTERM and SIGHUP arrive as `.terminate` through a self-pipe (see ``SignalPipe``).
public final class CursesTerminal: Terminal {
    /// Whether colours are used: the terminal has them and `NO_COLOR` is not set.
    public let supportsColor: Bool
    /// Whether the terminal went away (hang-up, or stdin no longer a terminal).
    public internal(set) var isClosed = false

    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    let signals: SignalPipe
    var palette: CursesPalette
    /// Set by a resize: the next ``present(_:)`` clears the whole screen so no stale cells stay behind.
    var needsFullRepaint = false
    /// A SIGWINCH arrived: once `wget_wch` has had its chance, make sure ncurses has the new size.
    var resizeToCheck = false
    /// A terminate signal arrived; every later ``readKey(timeout:)`` reports it again.
    var terminateRequested = false
    private var isShutDown = false

    /// Starts curses on the process's terminal.
    ///
    /// - Throws: `.notATerminal` when ncurses cannot drive it (`TERM` unset or unknown, or a terminal
    ///   that cannot move its cursor such as `dumb`); unlike `initscr`, this never exits the process.
    public init() throws(TerminalUI.StartError) {
        CursesLocale.prepare()
        SignalPipe.saveTerminalModes()
        guard let screen = cnc_newterm() else { throw .notATerminal }
        guard cnc_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            throw .notATerminal
        }
        self.screen = screen
        window = cnc_stdscr()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        wtimeout(window, 0)
        curs_set(0)
        mouseinterval(0)
        mousemask(cnc_button1_pressed() | cnc_button4_pressed() | cnc_button5_pressed(), nil)
        supportsColor = has_colors() && getenv("NO_COLOR") == nil
        if supportsColor {
            start_color()
            palette = CursesPalette(colors: true, defaultColors: use_default_colors() == OK)
        } else {
            palette = CursesPalette(colors: false, defaultColors: false)
        }
        signals = SignalPipe.install()
        SignalPipe.installCrashHandlers()
    }

    deinit { shutdown() }

    public var size: Size {
        if isShutDown { return Size(width: 0, height: 0) }
        return Size(width: max(0, Int(cnc_cols())), height: max(0, Int(cnc_lines())))
    }

    /// Restores the terminal (`endwin`) and the signal handlers; later calls do nothing.
    public func shutdown() {
        if isShutDown { return }
        isShutDown = true
        signals.remove()
        SignalPipe.removeCrashHandlers()
        mousemask(0, nil)
        curs_set(1)
        endwin()
        delscreen(screen)
    }
}
