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
        let plain = text.withUTF8 { bytes -> Bool in
            for byte in bytes where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return false }
            output.append(contentsOf: bytes)
            return true
        }
        if plain {
            output.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case 0x0A: output.append(contentsOf: "\\n".utf8)
            case 0x0D: output.append(contentsOf: "\\r".utf8)
            case 0x09: output.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: "\\u00".utf8)
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0x0F)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
