import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// End-to-end tests of the ncurses backend: the real `grade assess` binary runs in a private tmux server;
/// the tests type, resize and signal it, and read the pane. `grade debug-keys` runs the key
/// echo app, so these tests check the backend and not the screens built on it.
@Suite(.enabled(if: TmuxSession.isInstalled, "tmux is not installed"))
struct CursesBackendTests {
    static let title = "FactoryGrading 键盘测试 key echo — q quits"

    /// `grade assess` running the key echo app, with a known locale and no inherited colour or locale overrides.
    static func assess(_ environment: String = "LANG=C.UTF-8") -> String {
        "env -u LC_ALL -u LC_CTYPE -u LANGUAGE -u NO_COLOR \(environment) \(TmuxSession.quote(TmuxSession.grade)) debug-keys"
    }

    /// `command`, then its exit status and the tty settings it left behind; the pane stays open to be read.
    static func thenSTTY(_ command: String) -> String {
        "sh -c " + TmuxSession.quote(command + "; echo status=$?; stty -a; sleep 60")
    }

    /// Lines 2… of the key echo app: the keys it received, oldest first.
    static func echoed(_ lines: [String]) -> [String] { Array(lines.dropFirst(2).filter { !$0.isEmpty }) }

    static func words(_ lines: [String]) -> [String] { lines.joined(separator: " ").split(whereSeparator: \.isWhitespace).map(String.init) }

    /// Waits for the `stty -a` output and checks the terminal is back in cooked mode with echo.
    /// `status` nil: any failure status.
    static func expectSaneTTY(_ session: TmuxSession, status: Int32? = 0, sourceLocation: SourceLocation = #_sourceLocation) async {
        let screen = await session.waitFor(joined: true) { words($0).contains { $0.hasSuffix("flusho") } }
        guard let screen else {
            Issue.record("stty output never appeared:\n\(session.screen().joined(separator: "\n"))", sourceLocation: sourceLocation)
            return
        }
        let settings = words(screen)
        if let status {
            #expect(settings.contains("status=\(status)"), "\(screen)", sourceLocation: sourceLocation)
        } else {
            #expect(settings.contains { $0.hasPrefix("status=") && $0 != "status=0" }, "\(screen)", sourceLocation: sourceLocation)
        }
        for setting in ["icanon", "echo", "isig", "icrnl", "ixon", "onlcr"] {
            #expect(settings.contains(setting), "\(setting) missing:\n\(screen.joined(separator: "\n"))", sourceLocation: sourceLocation)
            #expect(!settings.contains("-" + setting), "-\(setting) left on:\n\(screen.joined(separator: "\n"))", sourceLocation: sourceLocation)
        }
        #expect(!session.isAlternateScreen, "alternate screen not left", sourceLocation: sourceLocation)
        #expect(!screen.contains { $0.hasPrefix("FactoryGrading") }, "app screen left behind", sourceLocation: sourceLocation)
    }

    static func start(_ command: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> TmuxSession {
        let session = try TmuxSession(command)
        let started = await session.waitFor { $0.first == title && $0.dropFirst().first == "size 100×30" }
        if started == nil {
            Issue.record("the app never drew its first frame:\n\(session.screen().joined(separator: "\n"))", sourceLocation: sourceLocation)
        }
        return session
    }

    static func expectEchoed(_ session: TmuxSession, _ keys: [String], sourceLocation: SourceLocation = #_sourceLocation) async {
        let screen = await session.waitFor { echoed($0).count >= keys.count }
        #expect(echoed(screen ?? session.screen()) == keys, sourceLocation: sourceLocation)
    }

    @Test func showsTheChineseTitleAndSize() async throws {
        let session = try await Self.start(Self.assess())
        defer { session.close() }
        #expect(session.screen().prefix(2) == [Self.title, "size 100×30"])
    }

    @Test func namesTheKeysTyped() async throws {
        let session = try await Self.start(Self.assess())
        defer { session.close() }
        session.send("a", "Up", "NPage", "C-b", "Tab")
        await Self.expectEchoed(session, [#"character("a")"#, "up", "pageDown", #"control("b")"#, "tab"])
    }

    @Test func namesControlFunctionAndEditingKeys() async throws {
        let session = try await Self.start(Self.assess())
        defer { session.close() }
        session.send("C-c", "Down", "Left", "Right", "PPage", "Home", "End", "DC", "BSpace", "Enter", "BTab", "F5")
        session.tmux("send-keys -t grade -l 中文")
        // Escape last: a byte arriving within ESCDELAY (25 ms) after it would be read as part of a sequence.
        session.send("Escape")
        await Self.expectEchoed(
            session,
            [
                #"control("c")"#, "down", "left", "right", "pageUp", "home", "end", "delete", "backspace", "enter", "backTab",
                "function(5)", #"character("中")"#, #"character("文")"#, "escape",
            ])
    }

    @Test func reportsResizesDownToTinySizes() async throws {
        let session = try await Self.start(Self.assess())
        defer { session.close() }
        session.resize(width: 80, height: 24)
        #expect(await session.waitFor { $0.count == 24 && $0.dropFirst().first == "size 80×24" } != nil, "\(session.screen())")
        session.resize(width: 10, height: 3)
        #expect(await session.waitFor { $0 == ["FactoryGra", "size 10×3"] || $0 == ["FactoryGra", "size 10×3", ""] } != nil, "\(session.screen())")
        session.resize(width: 100, height: 30)
        #expect(await session.waitFor { $0.prefix(2) == [Self.title, "size 100×30"] } != nil, "\(session.screen())")
        session.send("x")
        await Self.expectEchoed(session, ["resize(80×24)", "resize(10×3)", "resize(100×30)", #"character("x")"#])
    }

    @Test func quittingRestoresTheTerminal() async throws {
        let session = try await Self.start(Self.thenSTTY(Self.assess()))
        defer { session.close() }
        session.send("q")
        await Self.expectSaneTTY(session)
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func signalsStopTheAppAndRestoreTheTerminal(signal: Int32) async throws {
        let session = try await Self.start(Self.thenSTTY(Self.assess()))
        defer { session.close() }
        let pid = try #require(await session.waitForProcess(named: "grade"), "no grade process under the pane")
        #expect(kill(pid, signal) == 0)
        await Self.expectSaneTTY(session)
    }

    @Test func aCrashStillRestoresTheTerminal() async throws {
        // The Swift backtracer is turned off: symbolicating would only make the test slow.
        let session = try await Self.start(Self.thenSTTY(Self.assess("LANG=C.UTF-8 SWIFT_BACKTRACE=enable=no")))
        defer { session.close() }
        let pid = try #require(await session.waitForProcess(named: "grade"), "no grade process under the pane")
        #expect(kill(pid, SIGSEGV) == 0)
        await Self.expectSaneTTY(session, status: 128 + SIGSEGV)
    }

    @Test func showsChineseWithoutALocale() async throws {
        let session = try await Self.start(
            "env -u LANG -u LC_ALL -u LC_CTYPE -u LANGUAGE \(TmuxSession.quote(TmuxSession.grade)) debug-keys")
        defer { session.close() }
        session.tmux("send-keys -t grade -l 好")
        await Self.expectEchoed(session, [#"character("好")"#])
    }

    @Test func usesColourUnlessNoColorIsSet() async throws {
        let coloured = try await Self.start(Self.assess())
        defer { coloured.close() }
        let plain = try await Self.start(Self.assess("LANG=C.UTF-8 NO_COLOR=1"))
        defer { plain.close() }
        let colouredTitle = coloured.screen(escapes: true).first ?? ""
        let plainTitle = plain.screen(escapes: true).first ?? ""
        #expect(colouredTitle.contains("\u{1B}[36m"), "\(colouredTitle.debugDescription)")
        #expect(plainTitle.contains("\u{1B}[1m"), "\(plainTitle.debugDescription)")
        for code in 30...47 where code != 38 && code != 39 {
            #expect(!plainTitle.contains("\u{1B}[\(code)m"), "colour \(code) with NO_COLOR: \(plainTitle.debugDescription)")
        }
        plain.send("a", "q")
        #expect(await plain.waitFor { $0.count < 2 || $0.first != Self.title } != nil, "NO_COLOR app did not quit")
    }

    @Test func reportsClicksAndTheWheel() async throws {
        let session = try await Self.start(Self.assess())
        defer { session.close() }
        // X10 mouse reports (what `screen`'s kmous announces): ESC [ M, button + 32, column + 33, row + 33.
        session.sendBytes([0x1B, 0x5B, 0x4D, 32 + 0, 33 + 5, 33 + 3])
        session.sendBytes([0x1B, 0x5B, 0x4D, 32 + 3, 33 + 5, 33 + 3])
        await Self.expectEchoed(session, ["mouse(x: 5, y: 3)"])
        session.sendBytes([0x1B, 0x5B, 0x4D, 32 + 64, 33 + 5, 33 + 3])
        await Self.expectEchoed(session, ["mouse(x: 5, y: 3)", "scroll(-1)"])
        session.sendBytes([0x1B, 0x5B, 0x4D, 32 + 65, 33 + 5, 33 + 3])
        await Self.expectEchoed(session, ["mouse(x: 5, y: 3)", "scroll(-1)", "scroll(1)"])
    }

    @Test func theRealAppStopsOnSIGTERMAndRestoresTheTerminal() async throws {
        let folder = "/tmp/grade-tui-home-\(getpid())-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let command = "cd \(TmuxSession.quote(folder)) && env -u LC_ALL HOME=\(TmuxSession.quote(folder)) LANG=C.UTF-8 "
            + TmuxSession.quote(TmuxSession.grade) + " assess"
        let session = try TmuxSession(Self.thenSTTY(command))
        defer { session.close() }
        let drawn = await session.waitFor { lines in lines.contains { !$0.isEmpty } && session.isAlternateScreen }
        try #require(drawn != nil, "the app never drew:\n\(session.screen().joined(separator: "\n"))")
        let pid = try #require(await session.waitForProcess(named: "grade"), "no grade process under the pane")
        #expect(kill(pid, SIGTERM) == 0)
        await Self.expectSaneTTY(session)
    }

    @Test func refusesATerminalThatCannotMoveTheCursor() async throws {
        let session = try TmuxSession(Self.thenSTTY(Self.assess("LANG=C.UTF-8 TERM=dumb")))
        defer { session.close() }
        await Self.expectSaneTTY(session, status: nil)
    }

    @Test func refusesWhenNotATerminal() {
        let run = TmuxSession.shell("timeout 10 " + Self.assess() + " </dev/null")
        #expect(run.status != 0 && run.status != 124, "status \(run.status): \(run.output)")
        #expect(!run.output.contains("\u{1B}["), "wrote escape sequences: \(run.output.debugDescription)")
    }
}
