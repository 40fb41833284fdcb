import Testing

@testable import FactoryGrading

@Suite("JSON parser — valid documents")
struct JSONParserTests {
    static let documents = [
        #"{"pack":{"id":"hebei-2025","version":"1.0.0"},"answers":{"base.scale":"met"},"kpis":{}}"#,
        #"[1,-2,3.5,-0.25,1e-7,6.02e23,true,false,null,"",[],{}]"#,
        #"{"名称":"唐山示例装备制造有限公司","备注":"含\"引号\"、反斜杠\\和换行\n"}"#,
        #"{"z":1,"a":2,"m":{"y":[{"x":null}]}}"#,
        "  \n\t{ \"spaced\" : [ 1 , 2 ] }\r\n ",
        #""just a string""#,
        "42",
    ]

    @Test("a parsed value survives writing and parsing again, compact and pretty", arguments: documents)
    func valueRoundTrips(text: String) throws {
        let value = try JSONParser.parse(text)
        for style in [JSONWriter.Style.compact, .pretty] {
            let written = JSONWriter(style: style).bytes(value)
            #expect(try JSONParser.parse(written) == value)
        }
    }

    @Test("compact canonical text is written back byte for byte")
    func canonicalTextIsReproduced() throws {
        let canonical = [
            #"{"pack":{"id":"hebei-2025","version":"1.0.0"},"answers":{"base.scale":"met"},"kpis":{}}"#,
            #"{"z":1,"a":2,"m":{"y":[{"x":null}]}}"#,
            #"[0,-7,2.5,true,false,null,"河北",[],{}]"#,
        ]
        for text in canonical {
            #expect(JSONWriter(style: .compact).string(try JSONParser.parse(text)) == text)
        }
    }

    @Test("the bundled criteria pack round-trips through the writer")
    func packDocumentRoundTrips() throws {
        let document = try Fixtures.document()
        let written = JSONWriter(style: .pretty).bytes(document)
        #expect(try JSONParser.parse(written) == document)
    }

    @Test("object members keep document order")
    func membersKeepOrder() throws {
        guard case .object(let members) = try JSONParser.parse(#"{"zeta":1,"alpha":2,"mu":3}"#) else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["zeta", "alpha", "mu"])
    }

    @Test("numbers are read exactly", arguments: [
        ("0", 0.0), ("-0.5e2", -50), ("1E+2", 100), ("2.5", 2.5), ("20000000", 20_000_000),
        ("9007199254740993", 9_007_199_254_740_992), ("12345678901234567890", 12_345_678_901_234_567_168),
        ("1e-7", 1e-7), ("-123.456", -123.456),
    ])
    func numbers(text: String, expected: Double) throws {
        #expect(try JSONParser.parse(text) == .number(expected))
    }

    @Test("short decimals, read without the text parser, are the doubles the text parser gives")
    func shortDecimals() throws {
        var generator = SeededGenerator(seed: 39116)
        var texts = ["-0.0", "0.1", "0.00000000000001", "0.000000000000001", "999999999999.999", "12.30", "-7.05", "0.3", "2.675", "1.005"]
        for _ in 0..<3000 {
            let whole = String(Int.random(in: 0...9_999_999, using: &generator))
            let fraction = String((0..<Int.random(in: 1...8, using: &generator)).map { _ in "0123456789".randomElement(using: &generator)! })
            texts.append((Bool.random(using: &generator) ? "-" : "") + whole + "." + fraction)
        }
        for text in texts {
            let parsed = try JSONParser.parse(text)
            let expected = try #require(Double(text))
            #expect(parsed == .number(expected), "\(text)")
            if case .number(let value) = parsed { #expect(value.sign == expected.sign, "\(text)") }
        }
    }

    @Test("escapes decode to the characters they name")
    func escapes() throws {
        let text = #""\"\\\/\b\f\n\r\t\u00e9\u6cb3\ud83d\ude00""#
        #expect(try JSONParser.parse(text) == .string("\"\\/\u{08}\u{0C}\n\r\té河😀"))
    }

    @Test("raw UTF-8 text is kept")
    func rawUTF8() throws {
        #expect(try JSONParser.parse(#"["冀工信软件函〔2025〕149号"]"#) == .array([.string("冀工信软件函〔2025〕149号")]))
    }

    @Test("a UTF-8 byte order mark is accepted and skipped")
    func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"a":1}"#.utf8)
        #expect(try JSONParser.parse(bytes) == .object([JSONMember("a", 1)]))
    }

    @Test("nesting up to the limit is accepted")
    func nestingAtTheLimit() throws {
        let depth = JSONParser.maximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var value = try JSONParser.parse(text)
        var levels = 0
        while case .array(let elements) = value {
            levels += 1
            guard let first = elements.first else { break }
            value = first
        }
        #expect(levels == depth)
    }
}

@Suite("Blank text")
struct BlankTextTests {
    @Test("the spelled-out White_Space set is Unicode's, for every scalar")
    func whiteSpaceIsUnicodes() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if String.isWhiteSpace(scalar) != scalar.properties.isWhitespace {
                Issue.record("U+\(String(value, radix: 16, uppercase: true))")
            }
        }
    }

    @Test("text whose every scalar is White_Space is blank, any other is not (a space with a combining mark is not)", arguments: [
        ("", true), (" \t\n", true), ("\u{3000}\u{00A0}", true), ("\u{2028}", true), ("a", false), ("  河北", false),
        ("\u{3000}x", false), ("\u{200B}", false), ("\u{0085}", true), ("\u{FEFF}", false), (" \u{0301}", false),
        ("\u{3000}\u{0301}", false), ("\r\n", true),
    ])
    func blank(text: String, blank: Bool) {
        #expect(text.isBlank == blank)
    }

    @Test("one character beyond ASCII, alone or before a letter, is blank exactly when it is whitespace")
    func nonASCIIFirstCharacter() {
        let values = Array(0x80..<0x3100) + [0x4E00, 0x6CB3, 0xFEFF, 0xFF01, 0x1F600, 0x10FFFD]
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(String(scalar).isBlank == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
            #expect(!(String(scalar) + "a").isBlank, "U+\(String(value, radix: 16))")
        }
    }

    @Test("text beyond ASCII is read to its end, an escape or a control character at any offset after it")
    func nonASCIITextThenSpecial() throws {
        for prefix in ["合", "é", "合成对标数据", "😀"] {
            for offset in 0..<12 {
                let before = String(repeating: prefix, count: 1) + String(repeating: "a", count: offset)
                for (written, decoded) in [("\\n", "\n"), ("\\\"", "\""), ("\\u5408", "合"), ("", "")] {
                    let document = "[\"" + before + written + "bcdefghijk\"]"
                    #expect(try JSONParser.parse(document) == .array([.string(before + decoded + "bcdefghijk")]), "\(document)")
                }
                #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("\"" + before + "\u{01}bcdefghijk\"") }
                #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("\"" + before + "bcdefghijk") }
            }
        }
    }

    @Test("one ASCII character, alone or before a letter, is blank exactly when it is whitespace")
    func asciiFirstCharacter() {
        for value in UInt8(0)..<0x80 {
            let character = Character(Unicode.Scalar(value))
            #expect(String(character).isBlank == character.isWhitespace, "\(value)")
            #expect(!(String(character) + "a").isBlank, "\(value)")
        }
    }
}
