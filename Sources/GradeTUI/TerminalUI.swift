import GradeTUICore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a ``TerminalApp`` on the process's terminal with the ncurses backend.
public enum TerminalUI {
    /// Why the terminal UI could not start.
    public enum StartError: Error, Sendable {
        /// stdin or stdout is not a terminal, or ncurses cannot drive it (`TERM` unset, unknown or `dumb`).
        case notATerminal
    }

    /// Runs `app` until it is done; the terminal is restored on every way out.
    ///
    /// A terminal smaller than ``Size/minimum`` is not refused: the app draws its own "too small" screen.
    public static func run(_ app: TerminalApp) throws(StartError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let terminal = try CursesTerminal()
        defer { terminal.shutdown() }
        GradeTUICore.RunLoop.run(app, on: terminal)
    }
}
