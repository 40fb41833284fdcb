import Foundation
import Testing

@Suite("README matches the code")
struct ReadmeTests {
    let readme: String
    let pack: [String: Any]

    init() throws {
        readme = try String(contentsOf: Grade.root.appendingPathComponent("README.md"), encoding: .utf8)
        let path = try #require(readme.firstMatch(of: /`(Criteria\/packs\/hebei-2025\/[0-9.]+\.json)`/)?.1, "the README names the pack file")
        let data = try Data(contentsOf: Grade.root.appendingPathComponent(String(path)))
        pack = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("the README and the examples name the newest version of the bundled pack")
    func newestPackVersion() throws {
        let folder = Grade.root.appendingPathComponent("Criteria/packs/hebei-2025")
        let versions = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
        let newest = try #require(versions.max { $0.split(separator: ".").map { Int($0) ?? 0 }.lexicographicallyPrecedes($1.split(separator: ".").map { Int($0) ?? 0 }) })
        #expect(pack["version"] as? String == newest)
        for name in ["none", "basic", "advanced", "excellent", "leading", "incomplete"] {
            let data = try Data(contentsOf: URL(fileURLWithPath: Grade.example("\(name).json")))
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(object["pack"] as? [String: String] == ["id": "hebei-2025", "version": newest], "\(name)")
        }
    }

    @Test("the interpretation parameter table shows every parameter with the pack's value")
    func parameterTable() throws {
        let parameters = try #require(pack["parameters"] as? [[String: Any]])
        #expect(parameters.count == 9)
        for parameter in parameters {
            let id = try #require(parameter["id"] as? String)
            let value = try #require(parameter["value"])
            let text: String
            switch value {
            case let flag as Bool where type(of: value) == type(of: true as Any) || "\(type(of: value))".contains("Bool"): text = flag ? "true" : "false"
            case let list as [Double]: text = "[" + list.map { String($0) }.joined(separator: ", ") + "]"
            case let number as NSNumber: text = number.stringValue
            default: text = "\(value)"
            }
            #expect(readme.contains("| `\(id)` | `\(text)` |"), "README lacks the row for \(id) = \(text)")
        }
    }

    @Test("the README's first command opens the UI; its test command is what CI runs")
    func twoCommands() throws {
        let ci = try String(contentsOf: Grade.root.appendingPathComponent(".ci/run"), encoding: .utf8)
        #expect(readme.contains("swift run grade assess my-factory.json   # build, then open the terminal UI on a new assessment"))
        #expect(readme.contains("swift test                               # run the tests"))
        #expect(ci.contains("\nswift test\n"))
        #expect(ci.contains("swift build"))
    }

    @Test("the README's classify sample is what grade classify prints")
    func sampleOutput() throws {
        let run = try Grade.run(["classify", "Examples/advanced.json"])
        let firstLine = try #require(run.stdout.split(separator: "\n").first)
        #expect(readme.contains(String(firstLine)))
    }
}
