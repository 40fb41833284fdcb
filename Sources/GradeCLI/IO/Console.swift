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

    /// Writes `text` as ``printable(_:)`` shows it.
    func write(_ text: String) {
        if text.utf8.contains(where: Self.mayBeControl) {
            buffer.append(contentsOf: Self.printable(text).utf8)
        } else {
            buffer.append(contentsOf: text.utf8)
        }
        if buffer.count >= capacity { flush() }
    }

    /// `text` with every control character other than newline and tab (C0, DEL and C1, which a file's
    /// ids or names could carry to move the cursor or start an escape sequence in the reader's terminal)
    /// shown as `\u{…}`.
    static func printable(_ text: String) -> String {
        var shown = ""
        shown.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 ? scalar != "\n" && scalar != "\t" : (0x7F...0x9F).contains(scalar.value) {
                shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    /// Whether a UTF-8 byte may belong to a control character other than newline and tab: a C0 byte,
    /// DEL, or 0xC2 (the lead byte of U+0080–U+00BF, C1 included).
    private static func mayBeControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F || byte == 0xC2
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
