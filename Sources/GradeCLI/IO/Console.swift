#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Buffered writes to standard output and standard error through `write(2)`.
final class Console {
    private let descriptor: Int32
    private let capacity: Int
    private var buffer: [UInt8] = []

    private init(descriptor: Int32, capacity: Int) {
        self.descriptor = descriptor
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    /// Standard output, flushed in 64 KiB blocks and at exit.
    nonisolated(unsafe) static let out = Console(descriptor: 1, capacity: 1 << 16)
    /// Standard error, flushed after every write so messages appear as they happen.
    nonisolated(unsafe) static let err = Console(descriptor: 2, capacity: 0)

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { flush() }
    }

    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { flush() }
    }

    func line(_ text: String = "") {
        write(text)
        write("\n")
    }

    func flush() {
        var offset = 0
        buffer.withUnsafeBytes { raw in
            while offset < raw.count {
                let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written <= 0 {
                    if written < 0, errno == EINTR { continue }
                    break
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    static func flushAll() {
        out.flush()
        err.flush()
    }
}
