import CNcursesw

/// SIGTERM, SIGHUP and SIGINT (and SIGWINCH) turned into bytes on a pipe that `poll` can wait on, plus
/// crash handlers that put the terminal back before the process dies.
///
/// The handlers are C functions in the shim: a handler may only make async-signal-safe calls, and a
/// Swift function could enter the runtime. This is the only file that calls the shim's signal functions,
/// because their state is `static` in a header and so exists once per object file that uses it.
struct SignalPipe {
    /// What arrived since the last ``drain()``.
    struct Arrivals: OptionSet {
        let rawValue: Int32
        /// SIGTERM, SIGHUP or SIGINT: save and stop.
        static let terminate = Arrivals(rawValue: 1)
        /// SIGWINCH: the terminal changed size.
        static let resize = Arrivals(rawValue: 2)
    }

    /// The read end, to poll beside stdin; -1 when the pipe could not be made.
    let fileDescriptor: Int32

    /// Installs the handlers. Call after curses has started, so the SIGWINCH handler chains to ncurses'.
    static func install() -> SignalPipe { SignalPipe(fileDescriptor: cnc_install_signal_pipe()) }

    /// Reads everything that arrived, without blocking.
    func drain() -> Arrivals { Arrivals(rawValue: cnc_drain_signal_pipe()) }

    /// Puts back the handlers that were installed before and closes the pipe.
    func remove() { cnc_remove_signal_pipe() }

    /// Remembers the terminal modes as the shell left them; call before curses starts.
    static func saveTerminalModes() { cnc_save_terminal_modes() }

    /// On a crash (trap, bad access, abort), restores the saved modes and leaves the alternate screen,
    /// then lets the previous handler (the Swift backtracer, or the default action) run.
    static func installCrashHandlers() { cnc_install_crash_handlers() }

    /// Removes the crash handlers once the terminal is restored.
    static func removeCrashHandlers() { cnc_remove_crash_handlers() }
}
