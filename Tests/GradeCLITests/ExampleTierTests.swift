import Foundation
import Testing

@Suite("Bundled examples")
struct ExampleTierTests {
    @Test("every example reaches the tier in its name", arguments: ["none", "basic", "advanced", "excellent", "leading"])
    func exampleReachesItsTier(name: String) throws {
        let run = try Grade.run(["classify", "--format", "json", Grade.example("\(name).json")])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["tier"] as? String == name)
        let pack = try #require(object["pack"] as? [String: String])
        #expect(pack == ["id": "hebei-2025", "version": "1.0.1"])
    }

    @Test("an example naming pack 1.0.0 is still graded by 1.0.0, to the same tier, with the old English only where 1.0.1 corrected it")
    func olderPackVersionKeepsGrading() throws {
        let data = try Grade.editedExample("excellent.json") { $0["pack"] = ["id": "hebei-2025", "version": "1.0.0"] }
        let url = try Grade.scratch().appendingPathComponent("excellent-1.0.0.json")
        try data.write(to: url)
        let old = try Grade.run(["classify", "--format", "json", "--lang", "en", url.path])
        let new = try Grade.run(["classify", "--format", "json", "--lang", "en", Grade.example("excellent.json")])
        #expect(old.status == 0, "\(old.stderr)")
        let oldObject = try #require(try JSONSerialization.jsonObject(with: Data(old.stdout.utf8)) as? [String: Any])
        let newObject = try #require(try JSONSerialization.jsonObject(with: Data(new.stdout.utf8)) as? [String: Any])
        #expect(oldObject["pack"] as? [String: String] == ["id": "hebei-2025", "version": "1.0.0"])
        #expect(oldObject["tier"] as? String == "excellent")
        #expect(oldObject["tier"] as? String == newObject["tier"] as? String)

        let oldChecklist = try Grade.run(["criteria", "show", "hebei-2025", "--tier", "excellent", "--pack-version", "1.0.0", "--lang", "en"])
        let newChecklist = try Grade.run(["criteria", "show", "hebei-2025", "--tier", "excellent", "--lang", "en"])
        #expect(oldChecklist.stdout.contains("'standards cluster' is being built"))
        #expect(newChecklist.stdout.contains("exploring building its own smart-manufacturing 'standards cluster'"))
        #expect(!newChecklist.stdout.contains("being built"))
    }

    @Test("the excellent example is conditional on a reviewer accepting its area exception")
    func excellentIsConditional() throws {
        let run = try Grade.run(["classify", "--format", "json", Grade.example("excellent.json")])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["conditional"] as? Bool == true)
        let conditions = try #require(object["conditions"] as? [[String: Any]])
        #expect(conditions.contains { $0["kind"] as? String == "areaException" })
    }

    @Test("the incomplete example is valid but leaves a tier undetermined")
    func incompleteLeavesATierUndetermined() throws {
        let run = try Grade.run(["classify", "--format", "json", "--lang", "en", Grade.example("incomplete.json")])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let tiers = try #require(object["tiers"] as? [[String: Any]])
        #expect(tiers.contains { $0["verdict"] as? String == "undetermined" })
        let warnings = try #require(object["warnings"] as? [[String: Any]])
        #expect(warnings.contains { ($0["message"] as? String)?.contains("unanswered") == true })
    }

    @Test("classify of a folder visits every example in sorted order, one JSON line each")
    func folderIsClassifiedInOrder() throws {
        let run = try Grade.run(["classify", "--format", "json", "Examples"])
        #expect(run.status == 0)
        let files = try run.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["file"] as? String
        }
        #expect(files == files.sorted { ($0 ?? "") < ($1 ?? "") })
        #expect(files.count == 6)
    }

    @Test("same input gives byte-identical output", arguments: ["text", "json", "markdown"])
    func outputIsDeterministic(format: String) throws {
        let first = try Grade.run(["classify", "--format", format, "Examples"])
        let second = try Grade.run(["classify", "--format", format, "Examples"])
        #expect(first.stdout == second.stdout)
        #expect(!first.stdout.isEmpty)
    }
}
