import Testing

@testable import FactoryGrading

@Suite("JSON writer")
struct JSONWriterTests {
    static let sample: JSONValue = .object([
        JSONMember("format", "factorygrading.assessment"),
        JSONMember("formatVersion", 1),
        JSONMember("answers", .object([JSONMember("base.scale", "met"), JSONMember("base.security", "notMet")])),
        JSONMember("list", .array([1, 2.5, true, nil])),
        JSONMember("empty", .object([])),
        JSONMember("none", .array([])),
    ])

    @Test("compact output has no whitespace and keeps member order")
    func compact() {
        #expect(
            JSONWriter(style: .compact).string(Self.sample)
                == #"{"format":"factorygrading.assessment","formatVersion":1,"answers":{"base.scale":"met","base.security":"notMet"},"list":[1,2.5,true,null],"empty":{},"none":[]}"#
        )
    }

    @Test("pretty output indents two spaces, one member per line, no trailing newline")
    func pretty() {
        let value: JSONValue = .object([JSONMember("a", .array([1, 2])), JSONMember("b", .object([])), JSONMember("c", .object([JSONMember("d", nil)]))])
        let expected = "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {},\n  \"c\": {\n    \"d\": null\n  }\n}"
        #expect(JSONWriter(style: .pretty).string(value) == expected)
    }

    @Test("writing is deterministic")
    func deterministic() throws {
        let first = JSONWriter().bytes(Self.sample)
        let rebuilt = try JSONParser.parse(JSONWriter(style: .compact).bytes(Self.sample))
        #expect(JSONWriter().bytes(Self.sample) == first)
        #expect(JSONWriter().bytes(rebuilt) == first)
    }

    @Test("numbers print in their shortest form; whole numbers without \".0\"", arguments: [
        (3.0, "3"), (-3.0, "-3"), (0.0, "0"), (20_000_000.0, "20000000"), (100.0, "100"), (2.5, "2.5"), (0.1, "0.1"),
        (-0.25, "-0.25"), (123_456_789_012_345.0, "123456789012345"), (1e300, "1e+300"), (1e-7, "1e-07"),
    ])
    func numberText(value: Double, text: String) {
        #expect(JSONWriter.numberText(value) == text)
        #expect(JSONWriter(style: .compact).string(.number(value)) == text)
    }

    @Test("numbers read back as the same Double", arguments: [
        0.1 + 0.2, 1.0 / 3.0, Double.leastNonzeroMagnitude, 1.7976931348623157e308, -2.2250738585072014e-308, 1e15, 1e16 + 2, 123_456_789.125, -7e22,
    ])
    func numbersRoundTrip(value: Double) throws {
        let text = JSONWriter.numberText(value)
        #expect(try JSONParser.parse(text) == .number(value), "\(text)")
    }

    @Test("non-finite numbers are written as null so the output stays valid JSON")
    func nonFinite() throws {
        for value in [Double.nan, .infinity, -.infinity] {
            let text = JSONWriter(style: .compact).string(.array([.number(value)]))
            #expect(try JSONParser.parse(text) == .array([.null]))
        }
    }

    @Test("quotes, backslashes and control characters are escaped")
    func escapes() throws {
        let text = "say \"hi\"\\ \n\r\t\u{01}\u{1F}\u{08}"
        let written = JSONWriter(style: .compact).string(.string(text))
        #expect(written == #""say \"hi\"\\ \n\r\t\u0001\u001f\u0008""#)
        #expect(try JSONParser.parse(written) == .string(text))
    }

    @Test("non-ASCII text is written as raw UTF-8, not \\u escapes")
    func nonASCIIKeptRaw() {
        let text = "河北省工业和信息化厅 — café 😀 \u{2028}"
        let bytes = JSONWriter(style: .compact).bytes(.object([JSONMember("名称", .string(text))]))
        #expect(bytes == Array("{\"名称\":\"\(text)\"}".utf8))
        #expect(!String(decoding: bytes, as: UTF8.self).contains("\\u"))
    }
}
