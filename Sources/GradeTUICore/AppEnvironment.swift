import FactoryGrading

/// The file operations the app needs, performed by the edge (the real file system, or a test double).
public protocol AppEnvironment: AnyObject {
    /// The file's bytes, `nil` when it does not exist, or why a file that exists cannot be read.
    func read(_ path: String) -> Result<[UInt8]?, Diagnostic>
    /// Writes the whole file atomically (temporary file, fsync, rename); returns why it failed, if it did.
    func write(_ bytes: [UInt8], to path: String, sync: Bool) -> String?
    func remove(_ path: String)
    /// The assessment files (`*.json`) of the working folder, sorted.
    func assessmentFiles() -> [String]
}

/// Runs an ``AppState`` as a ``TerminalApp``: turns keys and clicks into actions, performs the effects
/// (saving before the next frame is drawn), and keeps the last frame's click targets.
public final class AppController: TerminalApp {
    public private(set) var state: AppState
    private let environment: AppEnvironment
    private var hits: [(y: Int, x: Range<Int>, target: HitTarget)] = []

    /// A controller starting on the start screen, or on `path` when given (created when it does not exist).
    public init(state: AppState, environment: AppEnvironment, open path: String? = nil) {
        self.state = state
        self.environment = environment
        perform(path.map { [.open(path: $0)] } ?? [.scan])
    }

    public func render(_ size: Size) -> Canvas {
        state.screenSize = size
        let frame = Renderer.render(state, size: size)
        hits = frame.hits
        return frame.canvas
    }

    public func handle(_ key: Key) -> Bool {
        if case .mouse(let x, let y) = key {
            guard let hit = hits.first(where: { $0.y == y && $0.x.contains(x) }) else { return true }
            return perform(state.reduce(.click(hit.target)))
        }
        if case .scroll(let direction) = key { return perform(state.reduce(.key(direction < 0 ? .up : .down))) }
        return perform(state.reduce(.key(key)))
    }

    /// Performs `effects` in order, feeding results back; returns `false` after `.quit`.
    @discardableResult
    func perform(_ effects: [Effect]) -> Bool {
        var queue = effects
        var keepGoing = true
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            switch effect {
            case .save(let path, let bytes), .export(let path, let bytes):
                if let reason = environment.write(bytes, to: path, sync: true) { queue += state.reduce(.writeFailed(path: path, reason: reason)) }
            case .saveDraft(let path, let bytes):
                if let reason = environment.write(bytes, to: path, sync: false) { queue += state.reduce(.writeFailed(path: path, reason: reason)) }
            case .remove(let path):
                environment.remove(path)
            case .open(let path):
                switch environment.read(path) {
                case .success(let bytes): queue += state.reduce(.opened(path: path, bytes: bytes))
                case .failure(let diagnostic): queue += state.reduce(.unreadable(path: path, problem: diagnostic.problem))
                }
            case .scan:
                let files = environment.assessmentFiles().compactMap { path in
                    (try? environment.read(path).get()).flatMap { $0 }.map { (path: path, bytes: $0) }
                }
                queue += state.reduce(.scanned(files))
            case .quit:
                keepGoing = false
            }
        }
        return keepGoing
    }
}
