import FactoryGrading
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads whole files, turning failures into diagnostics that name the file.
enum FileReader {
    /// The file's bytes, read straight into one array (no intermediate copy).
    static func bytes(at path: String) -> Result<[UInt8], Diagnostic> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Diagnostic(.error, .fileNotFound, file: path))
        }
        if isDirectory.boolValue { return .failure(Diagnostic(.error, .notADocument, file: path)) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return unreadable(path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return unreadable(path) }
        let expected = max(Int(status.st_size), 0)
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < expected {
                let read = Glibc.read(descriptor, base + count, expected - count)
                if read < 0, errno == EINTR { continue }
                if read < 0 { failed = true }
                if read <= 0 { return }
                count += read
            }
        }
        if failed { return unreadable(path) }
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let read = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if read < 0, errno == EINTR { continue }
            if read < 0 { return unreadable(path) }
            if read == 0 { return .success(bytes) }
            bytes += chunk[0..<read]
        }
    }

    private static func unreadable(_ path: String) -> Result<[UInt8], Diagnostic> {
        .failure(Diagnostic(.error, .fileUnreadable(String(cString: strerror(errno))), file: path))
    }
}
