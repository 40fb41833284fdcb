/// Writes ``JSONValue`` as UTF-8 text, deterministically: members in their stored order, numbers in
/// their shortest round-trip form (whole numbers without a fraction), non-ASCII text unescaped.
public struct JSONWriter: Sendable {
    /// Layout of the output.
    public enum Style: Sendable {
        /// One line, no spaces: JSON Lines output.
        case compact
        /// Two-space indentation, one member per line: files people read and diff.
        case pretty
    }

    public var style: Style

    public init(style: Style = .pretty) { self.style = style }

    /// The UTF-8 bytes of `value`, without a trailing newline.
    public func bytes(_ value: JSONValue) -> [UInt8] {
        var builder = JSONBuilder(style: style, capacity: 1024)
        builder.value(value)
        return builder.bytes
    }

    /// `value` as a string, without a trailing newline.
    public func string(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    /// Appends the text of `value` to `output`.
    public func write(_ value: JSONValue, into output: inout [UInt8]) {
        output += bytes(value)
    }

    /// Shortest text that reads back as the same `Double`; whole numbers print without `.0`.
    public static func numberText(_ number: Double) -> String {
        var output: [UInt8] = []
        writeNumber(number, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    static func writeNumber(_ number: Double, into output: inout [UInt8]) {
        guard number.isFinite else { return output.append(contentsOf: "null".utf8) }
        if number == number.rounded(), abs(number) < 1e15 {
            var magnitude = UInt64(abs(number))
            if number < 0, magnitude != 0 { output.append(UInt8(ascii: "-")) }
            var digits: (UInt64, UInt64) = (0, 0)
            var count = 0
            withUnsafeMutableBytes(of: &digits) { buffer in
                repeat {
                    buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                    magnitude /= 10
                    count += 1
                } while magnitude > 0
                for index in stride(from: count - 1, through: 0, by: -1) { output.append(buffer[index]) }
            }
        } else {
            output.append(contentsOf: number.description.utf8)
        }
    }

    static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                let end = Self.plainEnd(bytes, from: start)
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                guard end < bytes.count else { break }
                Self.writeEscaped(bytes[end], into: &output)
                start = end + 1
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Where the run of bytes that need no escaping (no quote, backslash or control character) starting
    /// at `start` ends. Reads eight bytes at a time; in each word the lowest flagged byte is a true match.
    private static func plainEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            while end + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: end, as: UInt64.self)
                let quote = word ^ (ones &* 0x22)
                let backslash = word ^ (ones &* 0x5C)
                let special = (((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)) & highs
                if special != 0 { return end + special.trailingZeroBitCount >> 3 }
                end += 8
            }
        }
        while end < bytes.count {
            let byte = bytes[end]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { break }
            end += 1
        }
        return end
    }

    private static func writeEscaped(_ byte: UInt8, into output: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
        case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
        case 0x0A: output.append(contentsOf: "\\n".utf8)
        case 0x0D: output.append(contentsOf: "\\r".utf8)
        case 0x09: output.append(contentsOf: "\\t".utf8)
        default:
            let hex = Array("0123456789abcdef".utf8)
            output.append(contentsOf: "\\u00".utf8)
            output.append(hex[Int(byte >> 4)])
            output.append(hex[Int(byte & 0x0F)])
        }
    }
}
