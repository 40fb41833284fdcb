import Testing

@testable import FactoryGrading

@Suite("JSON builder")
struct JSONBuilderTests {
    static let sample: JSONValue = .object([
        JSONMember("text", "河北 \"quoted\" \\ back\nline"),
        JSONMember("whole", 20_000_000),
        JSONMember("fraction", 3.55),
        JSONMember("negative", -0.5),
        JSONMember("flags", .array([true, false, .null])),
        JSONMember("empty object", .object([])),
        JSONMember("empty array", .array([])),
        JSONMember("nested", .object([JSONMember("list", .array([.object([JSONMember("a", 1)]), .array([2, 3])]))])),
    ])

    @Test("writes the same bytes as JSONWriter, compact and pretty", arguments: [JSONWriter.Style.compact, .pretty])
    func sameAsWriter(style: JSONWriter.Style) {
        var builder = JSONBuilder(style: style)
        builder.value(Self.sample)
        #expect(builder.bytes == JSONWriter(style: style).bytes(Self.sample))
    }

    @Test("a result written directly parses back to the tree the result's json() gives")
    func resultRoundTrip() throws {
        let pack = try Fixtures.pack()
        let result = grade(Build.reaching("advanced", pack: pack), pack: pack)
        var builder = JSONBuilder(style: .compact)
        result.write(to: &builder, pack: pack, language: .en, full: true)
        #expect(try JSONParser.parse(builder.bytes) == result.json(pack: pack, language: .en, full: true))
    }

    @Test("objects with many keys parse, and a repeated key among many is found", arguments: [11, 12, 13, 33, 64, 65, 500])
    func wideObjects(count: Int) throws {
        let members = (0..<count).map { "\"key\($0)\": \($0)" }
        let object = try JSONParser.parse("{" + members.joined(separator: ",") + "}")
        guard case .object(let parsed) = object else { Issue.record("not an object"); return }
        #expect(parsed.count == count)
        let repeated = "{" + (members + ["\"key\(count / 2)\": 0"]).joined(separator: ",") + "}"
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(repeated) }
    }
}
