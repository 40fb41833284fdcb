import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A temporary working folder for one end-to-end test of `grade assess`: the assessment, its draft and
/// anything else the app writes go here, and the folder is removed afterwards.
final class E2EFolder {
    let path: String

    init() throws {
        path = "/tmp/grade-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The full path of `name` in the folder.
    func file(_ name: String) -> String { path + "/" + name }

    /// The bytes of `name`, or `nil` when it does not exist.
    func bytes(_ name: String) -> [UInt8]? { FileManager.default.contents(atPath: file(name)).map { [UInt8]($0) } }

    func write(_ name: String, _ text: String) throws { try Data(text.utf8).write(to: URL(fileURLWithPath: file(name))) }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: file(name)) }

    /// The names in the folder, sorted.
    var names: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }

    /// A shell command line that runs `grade arguments` in this folder, with a known locale and no
    /// inherited language, colour or locale overrides. `environment` replaces `LANG=C.UTF-8`; `then` runs
    /// after grade exits, in the same shell (the pane stays open while it runs).
    func grade(_ arguments: String, environment: String = "LANG=C.UTF-8", then: String? = nil) -> String {
        let run = "cd \(TmuxSession.quote(path)) && env -u LC_ALL -u LC_CTYPE -u LC_MESSAGES -u LANGUAGE -u FACTORYGRADING_LANG -u NO_COLOR "
            + "\(environment) \(TmuxSession.quote(TmuxSession.grade)) \(arguments)"
        guard let then else { return run }
        return "sh -c " + TmuxSession.quote(run + "; echo EXIT=$?; " + then)
    }
}

/// What the end-to-end tests need on top of ``TmuxSession``: typing text, waiting for a frame and
/// failing with the screen when it does not come, and waiting for a process to die.
extension TmuxSession {
    /// Types `text` literally (Chinese included), as a terminal would send it.
    func typeText(_ text: String) {
        tmux("send-keys -t grade -l " + Self.quote(text))
    }

    /// Waits for a frame for which `isExpected` holds and returns it; when none comes within
    /// ``patience``, records an issue naming `what` with the last screen, and throws so the test stops.
    @discardableResult
    func expectFrame(
        _ what: String, joined: Bool = false, sourceLocation: SourceLocation = #_sourceLocation, _ isExpected: ([String]) -> Bool
    ) async throws -> [String] {
        if let lines = await waitFor(joined: joined, isExpected) { return lines }
        let last = screen(joined: joined)
        Issue.record("never saw \(what); the screen was:\n\(last.joined(separator: "\n"))", sourceLocation: sourceLocation)
        throw Failure(message: "never saw \(what)")
    }

    /// Polls until process `pid` is gone (or a zombie); `false` after ``patience``.
    static func waitForDeath(of pid: pid_t) async -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: patience)
        while clock.now < deadline {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
            if let close = stat.lastIndex(of: ")"), stat[stat.index(after: close)...].split(separator: " ").first == "Z" { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return false
    }
}

/// Screen predicates: the tests say which lines must be on screen, not how the rest is padded.
extension [String] {
    /// Whether some line contains `text`.
    func containsText(_ text: String) -> Bool { contains { $0.contains(text) } }

    /// Whether some line starts with `prefix`.
    func hasLineStarting(_ prefix: String) -> Bool { contains { $0.hasPrefix(prefix) } }

    /// The selected list row (drawn with a leading `>`), if any.
    var selectedListRow: String? { first { $0.hasPrefix(">") } }
}
