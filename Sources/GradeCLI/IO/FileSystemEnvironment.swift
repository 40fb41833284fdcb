import Foundation
import FactoryGrading
import GradeTUICore

/// The terminal UI's file operations on the real file system.
final class FileSystemEnvironment: AppEnvironment {
    func read(_ path: String) -> Result<[UInt8]?, Diagnostic> {
        switch FileReader.bytes(at: path) {
        case .success(let bytes): return .success(bytes)
        case .failure(let diagnostic) where diagnostic.problem == .fileNotFound: return .success(nil)
        case .failure(let diagnostic): return .failure(diagnostic)
        }
    }

    func write(_ bytes: [UInt8], to path: String, sync: Bool) -> String? {
        do {
            try AtomicFile.write(bytes, to: path, sync: sync)
            return nil
        } catch {
            return error.reason
        }
    }

    func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    func assessmentFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: ".")) ?? []
        let exports = AppState.exportChoices.map(\.suffix)
        return names.filter { name in name.hasSuffix(".json") && !name.hasPrefix(".") && !exports.contains { name.hasSuffix($0) } }.sorted()
    }
}
