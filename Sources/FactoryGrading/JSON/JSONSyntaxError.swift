/// Why a byte sequence is not the JSON document it should be, with the line and column where it broke.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    /// What went wrong at ``line``:``column``.
    public enum Reason: Sendable, Equatable {
        case unexpectedEnd
        case unexpectedCharacter(String)
        case invalidLiteral(String)
        case invalidNumber(String)
        case numberOutOfRange(String)
        case invalidEscape
        case controlCharacterInString
        case invalidUTF8
        /// A byte that does not begin a UTF-8 character, outside a string (a file in GBK or UTF-16).
        case invalidByte(UInt8)
        case duplicateKey(String)
        case trailingContent
        case tooDeeplyNested(Int)
        case emptyDocument
    }

    public var reason: Reason
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int

    public init(reason: Reason, line: Int, column: Int) {
        self.reason = reason
        self.line = line
        self.column = column
    }
}
