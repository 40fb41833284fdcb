import Testing

@testable import FactoryGrading

@Suite("Reusing recently read non-ASCII strings")
struct RecentTextTests {
    /// Every string of the JSON array `document`, read one after another by one scanner.
    static func strings(_ document: [UInt8]) throws -> [String] {
        guard case .array(let elements) = try JSONParser.parse(document) else { return [] }
        return elements.map { element in
            guard case .string(let text) = element else { return "?" }
            return text
        }
    }

    @Test("repeated, interleaved and same-length texts read as written, beyond the number kept")
    func textsReadAsWritten() throws {
        let texts = ["合成对标数据", "河北统计年鉴", "合成对标数据", "系统记录编号 0-1", "系统记录编号 0-2", "ab合成对标数据", "合成对标数据ab", "系统记录编号 0-1",
                     "é", "ê", "é", "河北统计年鉴", "合成对标数据"]
        let document = Array(("[" + texts.map { "\"\($0)\"" }.joined(separator: ",") + "]").utf8)
        #expect(try Self.strings(document) == texts)
    }

    @Test("ill-formed UTF-8 of the same length as a kept text is still refused")
    func illFormedAfterKeptText() {
        let valid = Array("合成".utf8)
        var broken = valid
        broken[4] = 0x41
        for bytes in [broken, [valid[0], valid[1], 0xFF, valid[3], valid[4], valid[5]]] {
            let document = Array(#"["合成","#.utf8) + [UInt8(ascii: "\"")] + bytes + Array(#""]"#.utf8)
            #expect(throws: JSONSyntaxError.self) { try Self.strings(document) }
        }
    }
}
