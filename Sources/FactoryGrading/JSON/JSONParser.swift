/// A strict RFC 8259 JSON parser.
///
/// Rejects what lenient parsers accept silently: duplicate keys, `NaN`/`Infinity`, numbers that
/// overflow a `Double`, invalid UTF-8, trailing garbage. Errors carry line and column.
public enum JSONParser {
    /// Deepest nesting accepted; deeper input is refused instead of exhausting the stack.
    public static let maximumDepth = 256

    /// Parses one JSON document.
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        let result =
            bytes.withContiguousStorageIfAvailable(parseBuffer) ?? Array(bytes).withUnsafeBufferPointer(parseBuffer)
        return try result.get()
    }

    private static func parseBuffer(_ buffer: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, JSONSyntaxError> {
        var scanner = JSONScanner(bytes: buffer)
        return Result { () throws(JSONSyntaxError) in try scanner.document() }
    }

    /// Parses one JSON document; a syntax error is thrown as a diagnostic.
    static func parseReporting(_ bytes: some Collection<UInt8>) throws(DiagnosticError) -> JSONValue {
        do {
            return try parse(bytes)
        } catch {
            throw DiagnosticError([.error(.syntax(error))])
        }
    }

    /// Parses one JSON document held in a string.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try parse(Array(text.utf8))
    }
}
