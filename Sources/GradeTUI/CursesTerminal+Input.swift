import CNcursesw
import GradeTUICore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CursesTerminal {
    /// The next key, or `nil` after `timeout` milliseconds without one.
    ///
    /// Waits with `poll` on stdin and the signal pipe together, so SIGTERM/SIGHUP and SIGWINCH wake it at
    /// once; keys themselves are always read with a non-blocking `wget_wch` (`wtimeout` 0), which also
    /// drains what ncurses already buffered (the rest of an escape sequence, a queued `KEY_RESIZE`). Waits
    /// are sliced (``waitSlice``) so that even a resize ncurses flags without our pipe hearing of it is
    /// picked up by the next `wget_wch`, never lost.
    public func readKey(timeout: Int) -> Key? {
        if terminateRequested || isClosed { return .terminate }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .milliseconds(max(0, timeout)))
        while true {
            let arrivals = signals.drain()
            if arrivals.contains(.terminate) {
                terminateRequested = true
                return .terminate
            }
            if arrivals.contains(.resize) { resizeToCheck = true }
            var character: wint_t = 0
            let status = wget_wch(window, &character)
            if status != ERR {
                if let key = key(status: status, character: character) { return key }
                continue
            }
            if resizeToCheck {
                resizeToCheck = false
                if resizeIfMissed() { continue }
            }
            if terminalIsGone() {
                isClosed = true
                return .terminate
            }
            let remaining = clock.now.duration(to: deadline)
            if remaining <= .zero { return nil }
            let milliseconds = remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000
            wait(milliseconds: Int32(min(max(1, milliseconds), Self.waitSlice)))
        }
    }

    /// The longest single wait: bounds how late a resize that raced the wait is noticed.
    static let waitSlice: Int64 = 100

    private func wait(milliseconds: Int32) {
        var descriptors = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signals.fileDescriptor, events: Int16(POLLIN), revents: 0),
        ]
        let count = signals.fileDescriptor >= 0 ? 2 : 1
        let ready = poll(&descriptors, nfds_t(count), milliseconds)
        if ready > 0, descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0, terminalIsGone() { isClosed = true }
    }

    /// Whether stdin stopped being a working terminal (hang-up): `tcgetattr` fails then.
    private func terminalIsGone() -> Bool {
        var attributes = termios()
        return tcgetattr(STDIN_FILENO, &attributes) != 0
    }

    /// After SIGWINCH, once ncurses had its chance (its own handler flags the resize and the next
    /// `wget_wch` turns that into one `KEY_RESIZE`): if its size still differs from the terminal's, for
    /// example because something replaced its handler, resizes it here (`resizeterm` queues the
    /// `KEY_RESIZE`). Returns whether it did.
    private func resizeIfMissed() -> Bool {
        var window = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0, window.ws_row > 0, window.ws_col > 0 else { return false }
        let rows = Int32(window.ws_row)
        let columns = Int32(window.ws_col)
        guard rows != cnc_lines() || columns != cnc_cols() else { return false }
        resizeterm(rows, columns)
        return true
    }

    private func resizeKey() -> Key? {
        needsFullRepaint = true
        return .resize(size)
    }

    /// Maps one `wget_wch` result to a key; `nil` for input the UI has no use for.
    func key(status: Int32, character: wint_t) -> Key? {
        if status == KEY_CODE_YES { return functionKey(Int32(bitPattern: character)) }
        switch character {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(96 + character))))
        case 0..<32, 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(UInt32(character)) else { return nil }
            return .character(Character(scalar))
        }
    }

    private func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END, KEY_LL: return .end
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_RESIZE: return resizeKey()
        case KEY_MOUSE: return mouseKey()
        case cnc_key_f(1)...cnc_key_f(63): return .function(Int(code - cnc_key_f(0)))
        default: return nil
        }
    }

    private func mouseKey() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        if event.bstate & cnc_button4_pressed() != 0 { return .scroll(-1) }
        if event.bstate & cnc_button5_pressed() != 0 { return .scroll(1) }
        if event.bstate & (cnc_button1_pressed() | cnc_button1_clicked()) != 0 { return .mouse(x: Int(event.x), y: Int(event.y)) }
        return nil
    }
}
