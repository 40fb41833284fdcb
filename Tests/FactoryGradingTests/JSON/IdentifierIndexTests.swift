import Testing

@testable import FactoryGrading

@Suite("Identifier index and table")
struct IdentifierIndexTests {
    /// Ids that share their first, middle and last eight bytes and their length, so only the full
    /// comparison tells them apart.
    static let lookalikes = [
        "advanced.production.AAAAA-online-analysis", "advanced.production.BBBBB-online-analysis",
        "advanced.production.CCCCC-online-analysis",
    ]

    @Test("every id is found at its position, and nothing else is found")
    func findsEveryIdAtItsPosition() {
        let ids = Self.lookalikes + ["", "a", "kpi.oee", "q.data.1", String(repeating: "x", count: 200), "合成"]
        let index = IdentifierIndex(ids)
        for (position, id) in ids.enumerated() { #expect(index[id] == position, "\(id)") }
        for absent in ["advanced.production.DDDDD-online-analysis", "b", "kpi.oe", "kpi.oee ", "q.data.10"] {
            #expect(index[absent] == nil, "\(absent)")
        }
    }

    @Test("a repeated id keeps its last position, like a dictionary built in order")
    func repeatedIdKeepsLastPosition() {
        let index = IdentifierIndex(["a", "b", "a"])
        #expect(index["a"] == 2)
        #expect(index["b"] == 1)
    }

    @Test("a table of thousands of ids finds each by its bytes")
    func largeTableFindsEveryId() {
        let ids = (0..<5000).map { "item.\($0 % 7).\($0)" }
        let index = IdentifierIndex(ids)
        #expect(ids.indices.allSatisfy { index[ids[$0]] == $0 })
        let table = IdentifierTable(ids)
        for id in ids.prefix(50) + Self.lookalikes {
            var bytes = Array(id.utf8)
            let found = bytes.withUnsafeMutableBufferPointer { buffer in
                table.lookup(UnsafeBufferPointer(buffer), hash: IdentifierIndex.hash(UnsafeBufferPointer(buffer)))
            }
            #expect(found == (ids.contains(id) ? id : nil), "\(id)")
        }
    }
}

@Suite("String scanning eight bytes at a time")
struct StringScanningTests {
    /// A character that needs a closer look, placed at every offset of a string and at every alignment of
    /// the document, as a value and as a key.
    @Test("escapes, control characters, quotes and non-ASCII text are found at every offset", arguments: ["\\n", "\\\"", "\\\\", "é", "合", "\\u0041"])
    func specialCharacterAtEveryOffset(special: String) throws {
        guard case .string(let decoded) = try JSONParser.parse("\"\(special)\"") else {
            Issue.record("\(special) does not parse as a string")
            return
        }
        for padding in 0..<9 {
            for offset in 0..<20 {
                let before = String(repeating: "a", count: offset)
                let text = before + special + "bcdefghijk"
                let document = String(repeating: " ", count: padding) + "{\"\(text)\": \"\(text)\"}"
                let value = try JSONParser.parse(document)
                let expected = before + decoded + "bcdefghijk"
                #expect(value == .object([JSONMember(expected, .string(expected))]), "\(document)")
            }
        }
    }

    @Test("the writer escapes quotes, backslashes and control characters at every offset, and leaves other text as it is")
    func writerEscapesAtEveryOffset() throws {
        for special in ["\"", "\\", "\n", "\u{01}", "\u{1F}", "é", "合", "\u{7F}"] {
            for offset in 0..<20 {
                let text = String(repeating: "a", count: offset) + special + "bcdefghijk"
                let written = JSONWriter(style: .compact).string(.string(text))
                #expect(try JSONParser.parse(written) == .string(text), "\(written)")
                #expect(written.unicodeScalars.allSatisfy { $0.value >= 0x20 }, "\(written)")
                #expect(written.contains("é") == text.contains("é") && written.contains("合") == text.contains("合"))
            }
        }
    }

    @Test("a raw control character inside a string is refused at every offset")
    func rawControlCharacterRefused() {
        for offset in 0..<20 {
            let document = "\"" + String(repeating: "a", count: offset) + "\u{01}bcdefghijk\""
            #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(document) }
        }
    }
}
