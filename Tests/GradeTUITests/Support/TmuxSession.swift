import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A detached tmux server on a private socket running one command in a pane, for end-to-end tests of the
/// real `grade` binary: send keys, read the screen, wait for a frame.
///
/// tmux is started with `popen`/`pclose` (Foundation's `Process.waitUntilExit` hangs on the daemonised
/// server), with `-f /dev/null` so no user configuration applies, and the socket is removed on ``close()``
/// (tmux 3.3a leaves it behind).
final class TmuxSession {
    /// Whether a `tmux` executable is on `PATH`: the end-to-end tests are skipped without it.
    static let isInstalled: Bool = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { access("\($0)/tmux", X_OK) == 0 }
    }()

    /// The `grade` binary built beside the test bundle.
    static let grade = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        .appendingPathComponent("grade").path

    /// How long to wait for a frame before failing.
    static let patience: Duration = .seconds(10)

    let socket: String
    private var isClosed = false

    /// Starts `command` (a shell command line) in a new `width`×`height` pane.
    init(_ command: String, width: Int = 100, height: Int = 30) throws {
        socket = "/tmp/grade-tui-\(getpid())-\(UUID().uuidString.prefix(8)).sock"
        let started = Self.shell(
            "env -u TMUX tmux -S \(Self.quote(socket)) -f /dev/null new-session -d -s grade -x \(width) -y \(height) \(Self.quote(command))")
        guard started.status == 0 else { throw Failure(message: "tmux new-session failed: \(started.output)") }
    }

    deinit { close() }

    /// Stops the server (the pane's processes get SIGHUP) and removes the socket.
    func close() {
        if isClosed { return }
        isClosed = true
        _ = tmux("kill-server")
        unlink(socket)
    }

    /// Runs a tmux command against this server.
    @discardableResult
    func tmux(_ arguments: String) -> (status: Int32, output: String) {
        Self.shell("env -u TMUX tmux -S \(Self.quote(socket)) -f /dev/null \(arguments)")
    }

    /// Sends keys by tmux name (`a`, `Up`, `NPage`, `C-b`, `Tab`).
    func send(_ keys: String...) {
        tmux("send-keys -t grade " + keys.map(Self.quote).joined(separator: " "))
    }

    /// Sends raw bytes, as a terminal would (mouse reports).
    func sendBytes(_ bytes: [UInt8]) {
        tmux("send-keys -t grade -H " + bytes.map { String($0, radix: 16) }.joined(separator: " "))
    }

    /// Resizes the window, as if the user resized the terminal.
    func resize(width: Int, height: Int) {
        tmux("resize-window -t grade -x \(width) -y \(height)")
    }

    /// The pane as text, one line per row; `joined` unwraps long lines, `escapes` keeps the SGR sequences.
    func screen(joined: Bool = false, escapes: Bool = false) -> [String] {
        let flags = (joined ? " -J" : "") + (escapes ? " -e" : "")
        let captured = tmux("capture-pane -t grade -p\(flags)")
        guard captured.status == 0 else { return [] }
        var lines = captured.output.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines.map { line in
            var line = line
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// Whether the pane shows the alternate screen (curses is running, or did not clean up).
    var isAlternateScreen: Bool {
        tmux("display-message -p -t grade '#{alternate_on}'").output.trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Polls the screen every 20 ms until `isExpected` holds; returns that screen, or `nil` after
    /// ``patience`` (the caller reports the last screen).
    func waitFor(joined: Bool = false, escapes: Bool = false, _ isExpected: ([String]) -> Bool) async -> [String]? {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: Self.patience)
        while true {
            let lines = screen(joined: joined, escapes: escapes)
            if isExpected(lines) { return lines }
            if clock.now >= deadline { return nil }
            try? await Task.sleep(for: .milliseconds(20))
        }
    }

    /// The pid of the first process named `name` in the pane's process tree (the pane's shell or below).
    func process(named name: String) -> pid_t? {
        guard let root = pid_t(tmux("list-panes -t grade -F '#{pane_pid}'").output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            return nil
        }
        var parents: [pid_t: pid_t] = [:]
        var names: [pid_t: String] = [:]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = pid_t(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")")
            else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 2, let parent = pid_t(fields[1]) else { continue }
            parents[pid] = parent
            names[pid] = String(stat[stat.index(after: open)..<close])
        }
        func descends(_ pid: pid_t) -> Bool {
            var current = pid
            for _ in 0..<32 {
                if current == root { return true }
                guard let parent = parents[current], parent > 1 else { return false }
                current = parent
            }
            return false
        }
        return names.filter { $0.value == name && descends($0.key) }.keys.sorted().first
    }

    /// Polls until a process named `name` shows up in the pane's tree.
    func waitForProcess(named name: String) async -> pid_t? {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: Self.patience)
        while clock.now < deadline {
            if let pid = process(named: name) { return pid }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }

    /// Runs `command` with `/bin/sh` and returns its exit status and output (stdout and stderr).
    static func shell(_ command: String) -> (status: Int32, output: String) {
        guard let pipe = popen(command + " 2>&1", "r") else { return (-1, "popen failed") }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, pipe)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        let status = pclose(pipe)
        return ((status >> 8) & 0xFF, String(decoding: bytes, as: UTF8.self))
    }

    /// `text` quoted for `/bin/sh`.
    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
