import FactoryGrading
import Foundation
@testable import GradeTUICore

/// A terminal whose keys come from a script and whose frames are kept.
final class ScriptedTerminal: Terminal {
    var size: Size
    private var keys: [Key]
    private(set) var frames: [Canvas] = []
    private(set) var shutdownCount = 0
    var isClosed = false

    init(size: Size = Size(width: 80, height: 24), keys: [Key]) {
        self.size = size
        self.keys = keys
    }

    func present(_ canvas: Canvas) { frames.append(canvas) }

    func readKey(timeout: Int) -> Key? {
        guard !keys.isEmpty else {
            isClosed = true
            return nil
        }
        let key = keys.removeFirst()
        if case .resize(let newSize) = key { size = newSize }
        return key
    }

    func shutdown() { shutdownCount += 1 }

    var lastScreen: String { frames.last?.lines.joined(separator: "\n") ?? "" }
}

/// Files in memory.
final class MemoryEnvironment: AppEnvironment {
    var files: [String: [UInt8]] = [:]
    var writes: [String] = []
    var failWrites = false

    /// Paths that exist but cannot be read.
    var unreadable: Set<String> = []

    func read(_ path: String) -> Result<[UInt8]?, Diagnostic> {
        unreadable.contains(path) ? .failure(Diagnostic(.error, .fileUnreadable("Permission denied"), file: path)) : .success(files[path])
    }

    func write(_ bytes: [UInt8], to path: String, sync: Bool) -> String? {
        if failWrites { return "disk full" }
        files[path] = bytes
        writes.append(path)
        return nil
    }

    func remove(_ path: String) { files[path] = nil }

    func assessmentFiles() -> [String] { files.keys.filter { $0.hasSuffix(".json") }.sorted() }
}

/// The bundled pack and maturity model.
enum TUIFixtures {
    static let pack: CriteriaPack = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Criteria/packs/hebei-2025/1.0.1.json")
        return try! CriteriaPack(jsonBytes: [UInt8](try! Data(contentsOf: url)))
    }()

    static let model: MaturityModel = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Criteria/maturity/gbt39116-2020/1.0.0.json")
        return try! MaturityModel(jsonBytes: [UInt8](try! Data(contentsOf: url)))
    }()

    static func state(_ language: Language = .zh) -> AppState {
        AppState(language: language, packs: [pack], models: [model])
    }

    /// Keys typing `text`.
    static func type(_ text: String) -> [Key] { text.map { .character($0) } }
}
