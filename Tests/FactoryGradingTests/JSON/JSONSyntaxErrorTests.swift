import Testing

@testable import FactoryGrading

/// One malformed document and where the parser must say it broke.
struct MalformedDocument: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var reason: JSONSyntaxError.Reason
    var line: Int
    var column: Int

    init(_ name: String, _ text: String, _ reason: JSONSyntaxError.Reason, line: Int, column: Int) {
        self.init(name, bytes: Array(text.utf8), reason, line: line, column: column)
    }

    init(_ name: String, bytes: [UInt8], _ reason: JSONSyntaxError.Reason, line: Int, column: Int) {
        self.name = name
        self.bytes = bytes
        self.reason = reason
        self.line = line
        self.column = column
    }

    var testDescription: String { name }
}

@Suite("JSON parser — errors with line and column")
struct JSONSyntaxErrorTests {
    static let truncated: [MalformedDocument] = [
        .init("truncated inside an array", #"{"a": [1, 2"#, .unexpectedEnd, line: 1, column: 12),
        .init("truncated after a key", #"{"a""#, .unexpectedEnd, line: 1, column: 5),
        .init("truncated inside a string on line 2", "{\n  \"name\": \"唐山", .unexpectedEnd, line: 2, column: 14),
        .init("truncated after the last member, on a new line", "{\n  \"a\": 1,\n", .unexpectedEnd, line: 3, column: 1),
        .init("truncated literal", #"{"a": tru"#, .invalidLiteral("tru"), line: 1, column: 7),
        .init("empty document", "", .emptyDocument, line: 1, column: 1),
        .init("whitespace only", "  \n ", .emptyDocument, line: 2, column: 2),
    ]

    static let structure: [MalformedDocument] = [
        .init("trailing comma in an array", "[1, 2,]", .unexpectedCharacter("]"), line: 1, column: 7),
        .init("trailing comma in an object", "{\n  \"a\": 1,\n}", .unexpectedCharacter("}"), line: 3, column: 1),
        .init("duplicate key", "{\"a\": 1,\n \"a\": 2}", .duplicateKey("a"), line: 2, column: 2),
        .init("duplicate key spelled with an escape", #"{"a": 1, "\u0061": 2}"#, .duplicateKey("a"), line: 1, column: 10),
        .init("single-quoted key", "{'a': 1}", .unexpectedCharacter("'"), line: 1, column: 2),
        .init("second document after the first", #"{"a":1}{"b":2}"#, .trailingContent, line: 1, column: 8),
        .init("garbage after the document", "{} x", .trailingContent, line: 1, column: 4),
        .init("column counts characters, not bytes", #"{"名称": x}"#, .unexpectedCharacter("x"), line: 1, column: 8),
        .init("a full-width space between members", "{\"a\":\u{3000}1}", .unexpectedCharacter("\u{3000}"), line: 1, column: 6),
        .init("a GBK byte outside a string", bytes: Array("{\"a\": ".utf8) + [0xC3, 0xFB] + Array("}".utf8), .invalidByte(0xC3), line: 1, column: 7),
        .init("a UTF-16 file", bytes: [0xFF, 0xFE] + Array("{".utf8) + [0], .invalidByte(0xFF), line: 1, column: 1),
        .init("a UTF-16 file without a byte-order mark", bytes: Array("{".utf8) + [0] + Array("\"".utf8) + [0], .unexpectedCharacter("\u{0}"), line: 1, column: 2),
    ]

    static let numbers: [MalformedDocument] = [
        .init("NaN", #"{"x": NaN}"#, .invalidLiteral("NaN"), line: 1, column: 7),
        .init("Infinity", "[Infinity]", .invalidLiteral("Infinity"), line: 1, column: 2),
        .init("-Infinity", "[-Infinity]", .invalidLiteral("-Infinity"), line: 1, column: 2),
        .init("1e400 overflows a Double", #"{"v": 1e400}"#, .numberOutOfRange("1e400"), line: 1, column: 7),
        .init("-1e400 overflows a Double", "[\n-1e400]", .numberOutOfRange("-1e400"), line: 2, column: 1),
        .init("a 400-digit integer overflows", "[1" + String(repeating: "0", count: 400) + "]",
              .numberOutOfRange("1" + String(repeating: "0", count: 400)), line: 1, column: 2),
        .init("leading zero", "[01]", .invalidNumber("01"), line: 1, column: 2),
        .init("fraction without digits", "[1.]", .invalidNumber("1."), line: 1, column: 2),
    ]

    static let strings: [MalformedDocument] = [
        .init("invalid escape \\x", #"["a\x"]"#, .invalidEscape, line: 1, column: 4),
        .init("lone high surrogate", #"["\ud800"]"#, .invalidEscape, line: 1, column: 3),
        .init("lone low surrogate", #"["\udc00"]"#, .invalidEscape, line: 1, column: 3),
        .init("high surrogate followed by a non-surrogate", #"["\ud800\u0041"]"#, .invalidEscape, line: 1, column: 3),
        .init("non-hex digit in \\u", #"["\u12G4"]"#, .invalidEscape, line: 1, column: 7),
        .init("raw tab in a string", "[\"a\tb\"]", .controlCharacterInString, line: 1, column: 4),
        .init("raw newline in a string", "{\"a\": \"line1\nline2\"}", .controlCharacterInString, line: 1, column: 13),
        .init("raw tab after an escape", "[\"\\n\t\"]", .controlCharacterInString, line: 1, column: 5),
        .init("byte 0xFF in a string", bytes: Array(#"[""#.utf8) + [0xFF] + Array(#""]"#.utf8), .invalidUTF8, line: 1, column: 3),
        .init("truncated UTF-8 sequence", bytes: Array(#"["ab"#.utf8) + [0xE6, 0xB2] + Array(#""]"#.utf8), .invalidUTF8, line: 1, column: 3),
        .init("overlong encoding of '/'", bytes: Array("{\n\"k\": \"".utf8) + [0xC0, 0xAF] + Array("\"}".utf8), .invalidUTF8, line: 2, column: 7),
        .init("encoded surrogate U+D800", bytes: Array(#"["a"#.utf8) + [0xED, 0xA0, 0x80] + Array(#""]"#.utf8), .invalidUTF8, line: 1, column: 3),
        .init("code point above U+10FFFF", bytes: Array(#"["好"#.utf8) + [0xF4, 0x90, 0x80, 0x80] + Array(#""]"#.utf8), .invalidUTF8, line: 1, column: 3),
        .init("first three bytes of a four-byte sequence", bytes: Array(#"["好"#.utf8) + [0xF0, 0x90, 0x80] + Array(#"A"]"#.utf8), .invalidUTF8, line: 1, column: 3),
        .init("invalid UTF-8 next to an escape", bytes: Array(#"["\n"#.utf8) + [0xFF] + Array(#""]"#.utf8), .invalidUTF8, line: 1, column: 3),
    ]

    @Test("truncated and empty input", arguments: truncated)
    func truncatedInput(_ document: MalformedDocument) { check(document) }

    @Test("structural errors", arguments: structure)
    func structuralErrors(_ document: MalformedDocument) { check(document) }

    @Test("numbers JSON cannot hold", arguments: numbers)
    func numberErrors(_ document: MalformedDocument) { check(document) }

    @Test("escapes, control characters and UTF-8", arguments: strings)
    func stringErrors(_ document: MalformedDocument) { check(document) }

    @Test("nesting beyond the limit is refused where it goes too deep, without exhausting the stack", arguments: [
        JSONParser.maximumDepth + 1, 100_000,
    ])
    func deepNesting(depth: Int) {
        let limit = JSONParser.maximumDepth
        let arrays = String(repeating: "[", count: depth)
        check(.init("arrays", arrays, .tooDeeplyNested(limit), line: 1, column: limit + 1))
        let objects = String(repeating: #"{"a":"#, count: depth)
        check(.init("objects", objects, .tooDeeplyNested(limit), line: 1, column: 5 * limit + 1))
    }

    @Test("a BOM is skipped but errors after it are still found")
    func errorAfterByteOrderMark() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\n  \"a\": 1,\n}".utf8)
        check(.init("trailing comma after a BOM", bytes: bytes, .unexpectedCharacter("}"), line: 3, column: 1))
    }

    @Test("the message names line and column in both languages")
    func messageNamesThePosition() {
        let problem = Problem.syntax(JSONSyntaxError(reason: .trailingContent, line: 3, column: 14))
        #expect(problem.message(.en).contains("line 3, column 14"))
        #expect(problem.message(.zh).contains("第 3 行第 14 列"))
    }

    @Test("NaN and Infinity get a message that says JSON has no such number")
    func nonFiniteMessage() {
        for word in ["NaN", "Infinity", "-Infinity"] {
            let message = Problem.syntax(JSONSyntaxError(reason: .invalidLiteral(word), line: 1, column: 1)).message(.en)
            #expect(message.contains("JSON has no \(word)"))
        }
        #expect(Problem.syntax(JSONSyntaxError(reason: .invalidLiteral("yes"), line: 1, column: 1)).message(.en).contains("double quotes"))
    }

    @Test("an unexpected character that cannot be seen is named by its code point")
    func unexpectedCharacterMessage() {
        func message(_ character: String, _ language: Language = .en) -> String {
            Problem.syntax(JSONSyntaxError(reason: .unexpectedCharacter(character), line: 1, column: 1)).message(language)
        }
        #expect(message("x").hasSuffix("unexpected character 'x'"))
        #expect(message("好").hasSuffix("unexpected character '好' (U+597D)"))
        #expect(message("\u{3000}").hasSuffix("unexpected character U+3000, a space JSON does not accept (such as a full-width space)"))
        #expect(message("\u{3000}", .zh).hasSuffix("意外的字符 U+3000(JSON 不接受的空白,如全角空格)"))
        #expect(message("\u{1}").hasSuffix("unexpected character U+0001"))
        #expect(message("\u{200B}").hasSuffix("unexpected character U+200B"))
        #expect(message("\u{1F600}").hasSuffix("unexpected character '\u{1F600}' (U+1F600)"))
    }

    @Test("bytes that are not UTF-8 say how to save the file")
    func encodingMessages() {
        let byte = Problem.syntax(JSONSyntaxError(reason: .invalidByte(0xFF), line: 1, column: 1))
        #expect(byte.message(.en).hasSuffix("byte 0xFF is not UTF-8 text; save the file as UTF-8 (not GBK or UTF-16)"))
        #expect(byte.message(.zh).hasSuffix("字节 0xFF 不是 UTF-8 文本;请将文件保存为 UTF-8(而非 GBK 或 UTF-16)"))
        #expect(Problem.syntax(JSONSyntaxError(reason: .invalidByte(0x8), line: 1, column: 1)).message(.en).contains("byte 0x08 "))
        let nul = Problem.syntax(JSONSyntaxError(reason: .unexpectedCharacter("\u{0}"), line: 1, column: 2))
        #expect(nul.message(.en).hasSuffix("unexpected character U+0000 (is the file UTF-16?); save the file as UTF-8"))
        #expect(nul.message(.zh).hasSuffix("意外的字符 U+0000(文件是否为 UTF-16?);请将文件保存为 UTF-8"))
        let string = Problem.syntax(JSONSyntaxError(reason: .invalidUTF8, line: 1, column: 1))
        #expect(string.message(.en).hasSuffix("string is not valid UTF-8; save the file as UTF-8 (not GBK or UTF-16)"))
    }

    func check(_ document: MalformedDocument, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            let value = try JSONParser.parse(document.bytes)
            Issue.record("\(document.name): parsed as \(value) instead of failing", sourceLocation: sourceLocation)
        } catch {
            #expect(
                error == JSONSyntaxError(reason: document.reason, line: document.line, column: document.column),
                "\(document.name)", sourceLocation: sourceLocation)
        }
    }
}
