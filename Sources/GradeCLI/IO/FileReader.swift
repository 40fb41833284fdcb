import FactoryGrading
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads files, whole or line by line, turning failures into diagnostics that name the file.
enum FileReader {
    /// The file's bytes, read straight into one array (no intermediate copy).
    static func bytes(at path: String) -> Result<[UInt8], Diagnostic> {
        let descriptor: Int32
        switch open(path) {
        case .failure(let diagnostic): return .failure(diagnostic)
        case .success(let opened): descriptor = opened
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(unreadable(path)) }
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
        if failed { return .failure(unreadable(path)) }
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let read = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if read < 0, errno == EINTR { continue }
            if read < 0 { return .failure(unreadable(path)) }
            if read == 0 { return .success(bytes) }
            bytes += chunk[0..<read]
        }
    }

    /// Calls `body` with every line of the file (without its newline) and its number from 1, reading
    /// through a buffer of `chunkSize` bytes (grown only for a longer line), so that a file of any size
    /// is read in bounded memory. A failure to open the file, or to read it part way, is returned.
    static func forEachLine(
        at path: String, chunkSize: Int = 1 << 20, _ body: (_ line: ArraySlice<UInt8>, _ number: Int) -> Void
    ) -> Result<Void, Diagnostic> {
        let descriptor: Int32
        switch open(path) {
        case .failure(let diagnostic): return .failure(diagnostic)
        case .success(let opened): descriptor = opened
        }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: max(chunkSize, 1))
        var filled = 0
        var number = 0
        while true {
            if filled == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
            let read = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if read < 0, errno == EINTR { continue }
            if read < 0 { return .failure(unreadable(path)) }
            if read == 0 {
                if filled > 0 {
                    number += 1
                    body(buffer[0..<filled], number)
                }
                return .success(())
            }
            let scanned = filled
            filled += read
            var start = 0
            while let end = newline(in: buffer, from: max(start, scanned), to: filled) {
                number += 1
                body(buffer[start..<end], number)
                start = end + 1
            }
            if start > 0 {
                let remaining = filled - start
                buffer.withUnsafeMutableBytes { raw in
                    guard let base = raw.baseAddress else { return }
                    _ = memmove(base, base + start, remaining)
                }
                filled = remaining
            }
        }
    }

    /// The index of the first newline of `bytes[start..<end]`.
    private static func newline(in bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, start < end, let found = memchr(base + start, 0x0A, end - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// The file opened for reading, or why not: missing, a directory, or not readable.
    private static func open(_ path: String) -> Result<Int32, Diagnostic> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Diagnostic(.error, .fileNotFound, file: path))
        }
        if isDirectory.boolValue { return .failure(Diagnostic(.error, .notADocument, file: path)) }
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(unreadable(path)) }
        return .success(descriptor)
    }

    /// The last system error, as a diagnostic naming `path`.
    private static func unreadable(_ path: String) -> Diagnostic {
        Diagnostic(.error, .fileUnreadable(String(cString: strerror(errno))), file: path)
    }
}
