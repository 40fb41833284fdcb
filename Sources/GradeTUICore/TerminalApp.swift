/// What the run loop drives: something that draws itself and reacts to keys.
public protocol TerminalApp: AnyObject {
    /// The screen for `size`.
    func render(_ size: Size) -> Canvas
    /// Reacts to one key; returns `false` when the app is done.
    func handle(_ key: Key) -> Bool
}

/// The loop every front end runs: draw, wait for a key, react, until the app is done or the terminal
/// goes away. The terminal is restored on every way out.
public enum RunLoop {
    /// Milliseconds to wait for a key before checking the terminal again.
    public static let pollInterval = 200

    public static func run(_ app: TerminalApp, on terminal: Terminal) {
        defer { terminal.shutdown() }
        terminal.present(app.render(terminal.size))
        while true {
            if terminal.isClosed {
                _ = app.handle(.terminate)
                return
            }
            guard let key = terminal.readKey(timeout: pollInterval) else { continue }
            let keepGoing = app.handle(key)
            if !keepGoing { return }
            if key == .terminate { return }
            terminal.present(app.render(terminal.size))
        }
    }
}

/// A placeholder app that shows the keys it receives, for trying a terminal backend by hand.
public final class KeyEchoApp: TerminalApp {
    private var keys: [String] = []

    public init() {}

    public func render(_ size: Size) -> Canvas {
        var canvas = Canvas(size: size)
        canvas.put("FactoryGrading 键盘测试 key echo — q quits", x: 0, y: 0, style: .title)
        canvas.put("size \(size)", x: 0, y: 1)
        for (row, key) in keys.suffix(max(0, size.height - 3)).enumerated() { canvas.put(key, x: 0, y: row + 2) }
        return canvas
    }

    public func handle(_ key: Key) -> Bool {
        keys.append(String(describing: key))
        return key != .character("q")
    }
}
