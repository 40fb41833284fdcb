import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes files so that a reader never sees half a file: write a temporary file beside the target,
/// fsync it (unless `sync` is false: enough to survive the process being killed, not a power cut),
/// rename it over the target, fsync the directory.
public enum AtomicFile {
    /// Why a write failed.
    public struct WriteError: Error, Sendable {
        public var path: String
        public var reason: String
    }

    public static func write(_ bytes: [UInt8], to path: String, sync: Bool = true) throws(WriteError) {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/.\(name).\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        var offset = 0
        let failure: String? = bytes.withUnsafeBytes { raw in
            while offset < raw.count {
                let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            guard sync else { return nil }
            return fsync(descriptor) == 0 ? nil : String(cString: strerror(errno))
        }
        close(descriptor)
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, reason: failure)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(path: path, reason: reason)
        }
        let directoryDescriptor = sync ? open(directory.isEmpty ? "." : directory, O_RDONLY | O_CLOEXEC) : -1
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }
}
