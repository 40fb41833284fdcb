/// A short string value as it is written in a document, quotes included (at most eight bytes), held as
/// one little-endian word so that a scanner matches it with one comparison (see
/// ``JSONScanner/skipString(_:)``).
struct QuotedLiteral: Sendable {
    /// The quoted bytes, the first in the lowest byte.
    let word: UInt64
    /// Ones over the bytes of ``word``.
    let mask: UInt64
    /// How many bytes, quotes included.
    let count: Int

    /// `text` between quotes; `text` must be ASCII without quotes or backslashes, at most six bytes.
    init(_ text: StaticString) {
        precondition(text.utf8CodeUnitCount <= 6, "a quoted literal fits in eight bytes")
        var word = UInt64(UInt8(ascii: "\""))
        for index in 0..<text.utf8CodeUnitCount {
            let byte = text.utf8Start[index]
            precondition(byte < 0x80 && byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\"), "plain ASCII")
            word |= UInt64(byte) << UInt64(8 * (index + 1))
        }
        count = text.utf8CodeUnitCount + 2
        word |= UInt64(UInt8(ascii: "\"")) << UInt64(8 * (count - 1))
        self.word = word
        mask = count == 8 ? ~0 : (1 << UInt64(8 * count)) - 1
    }
}
