import FactoryGrading
import Foundation

/// One assessment document to process: a file, or one line of a JSON Lines file.
struct Document {
    /// `path`, or `path:line` for a JSON Lines entry.
    var name: String
    var bytes: ArraySlice<UInt8>
}

/// Expands command-line paths into documents: files as they are, directories recursively (`.json` and
/// `.jsonl` files, sorted), JSON Lines files (`.jsonl`, `.ndjson`) one document per non-blank line, read
/// a buffer at a time so that a file of any length is processed in bounded memory.
enum DocumentSource {
    static func expand(_ paths: [String], visit: (Result<Document, Diagnostic>) -> Void) {
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let files = filesBelow(path)
                if files.isEmpty { visit(.failure(Diagnostic(.error, .noDocumentsInFolder, file: path))) }
                for file in files { read(file, visit: visit) }
            } else {
                read(path, visit: visit)
            }
        }
    }

    static func isJSONLines(_ path: String) -> Bool {
        path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson")
    }

    private static func filesBelow(_ directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".json") || isJSONLines(relative) else { continue }
            let full = (directory as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue { files.append(full) }
        }
        return files.sorted()
    }

    private static func read(_ path: String, visit: (Result<Document, Diagnostic>) -> Void) {
        guard isJSONLines(path) else {
            switch FileReader.bytes(at: path) {
            case .failure(let diagnostic): visit(.failure(diagnostic))
            case .success(let bytes): visit(.success(Document(name: path, bytes: bytes[...])))
            }
            return
        }
        var sawDocument = false
        let read = FileReader.forEachLine(at: path) { line, number in
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
            sawDocument = true
            visit(.success(Document(name: path + ":" + String(number), bytes: line)))
        }
        if case .failure(let diagnostic) = read {
            visit(.failure(diagnostic))
        } else if !sawDocument {
            visit(.failure(Diagnostic(.error, .syntax(JSONSyntaxError(reason: .emptyDocument, line: 1, column: 1)), file: path)))
        }
    }
}
