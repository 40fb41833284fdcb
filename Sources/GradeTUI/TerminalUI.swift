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

    /// Runs the app `makeApp` makes until it is done; the terminal is restored on every way out.
    ///
    /// The app is made only once the terminal is ready, so that nothing it does on opening (creating the
    /// assessment file, say) happens when the UI cannot start. A terminal smaller than ``Size/minimum`` is
    /// not refused: the app draws its own "too small" screen.
    public static func run(_ makeApp: () -> TerminalApp) throws(StartError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let terminal = try CursesTerminal()
        defer { terminal.shutdown() }
        GradeTUICore.RunLoop.run(makeApp(), on: terminal)
    }
}
