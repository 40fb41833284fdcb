import FactoryGrading
import Foundation

/// Reads whole files, turning failures into diagnostics that name the file.
enum FileReader {
    static func bytes(at path: String) -> Result<[UInt8], Diagnostic> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Diagnostic(.error, .fileNotFound, file: path))
        }
        if isDirectory.boolValue { return .failure(Diagnostic(.error, .notADocument, file: path)) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Diagnostic(.error, .fileUnreadable(String(cString: strerror(errno))), file: path))
        }
        return .success([UInt8](data))
    }
}
