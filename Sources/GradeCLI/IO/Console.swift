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

    /// Writes `text` as ``printable(_:keepingNewlines:)`` shows it.
    func write(_ text: String) {
        buffer.append(contentsOf: Self.printable(text).utf8)
        if buffer.count >= capacity { flush() }
    }

    /// `text` with every control character other than tab (C0, DEL and C1; newlines too unless
    /// `keepingNewlines`) and every bidirectional or line-separator format character (U+2028, U+2029,
    /// U+202A–U+202E, U+2066–U+2069) shown as `\u{…}`: a file's ids or names could otherwise move the
    /// cursor, start an escape sequence or reorder the reviewer's screen, or fake a line of output.
    static func printable(_ text: String, keepingNewlines: Bool = true) -> String {
        guard text.utf8.contains(where: { mayBeHidden($0) || (!keepingNewlines && $0 == 0x0A) }) else { return text }
        var shown = ""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let hidden =
                value < 0x20
                ? value != 0x09 && (value != 0x0A || !keepingNewlines)
                : (0x7F...0x9F).contains(value) || (0x2028...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            if hidden {
                shown += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    /// Whether a UTF-8 byte may belong to a character ``printable(_:keepingNewlines:)`` hides (newline
    /// and tab aside): a C0 byte, DEL, or the lead byte of U+0080–U+00BF (C1 included) or of
    /// U+2000–U+2FFF (the format characters included).
    private static func mayBeHidden(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F || byte == 0xC2 || byte == 0xE2
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
