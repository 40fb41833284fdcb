import Foundation
import Testing

@Suite("Bad input gives exit 1 and a clear message")
struct BadInputTests {
    func write(_ data: Data, named name: String = "bad.json") throws -> String {
        let url = try Grade.scratch().appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    @Test("a missing file is named")
    func missingFile() throws {
        let run = try Grade.run(["classify", "--lang", "en", "/nonexistent/assessment.json"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("/nonexistent/assessment.json: no such file"))
    }

    @Test("control characters from a file are shown as escapes, never sent to the terminal")
    func controlCharactersEscaped() throws {
        func hostileName(_ object: inout [String: Any]) {
            object["profile"] = (object["profile"] as! [String: Any]).merging(["enterpriseName": "河北\u{1B}]0;pwned\u{7}测试\tA\u{7F}"]) { $1 }
        }
        let path = try write(
            Grade.editedExample("basic.json") { object in
                hostileName(&object)
                let keys = ["base.scale\u{1B}[2J\u{0}\u{9B}x": "met", "x\ngrade: error: forged\u{202E}": "met"]
                object["answers"] = (object["answers"] as! [String: Any]).merging(keys) { $1 }
            })
        for arguments in [["classify", "--lang", "en", path], ["validate", "--lang", "zh", path]] {
            let run = try Grade.run(arguments)
            #expect(run.status == 1)
            #expect(run.stderr.contains(#""base.scale\u{1B}[2J\u{0}\u{9B}x""#), "\(arguments)")
            #expect(run.stderr.contains(#""x\u{A}grade: error: forged\u{202E}""#), "\(arguments)")
            #expect(!run.stderr.split(separator: "\n").contains { $0.hasPrefix("grade: error: forged") }, "\(arguments)")
            let printed = Array((run.stdout + run.stderr).unicodeScalars)
            #expect(!printed.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }, "\(arguments)")
            #expect(!printed.contains { (0x7F...0x9F).contains($0.value) || (0x2028...0x202E).contains($0.value) }, "\(arguments)")
        }
        let names = try Grade.editedExample("basic.json", hostileName)
        let run = try Grade.run(["classify", "--lang", "zh", try write(names, named: "name.json")])
        #expect(run.status == 0)
        #expect(run.stdout.contains("河北\\u{1B}]0;pwned\\u{7}测试\tA\\u{7F}"))
    }

    @Test("truncated JSON reports the line and column, in Chinese by default")
    func truncatedJSON() throws {
        let full = try Data(contentsOf: URL(fileURLWithPath: Grade.example("basic.json")))
        let path = try write(full.prefix(full.count / 2))
        let run = try Grade.run(["classify", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains(path))
        #expect(run.stderr.contains("JSON 语法错误(第"))
        #expect(run.stderr.contains("截断"))
        #expect(!run.stderr.contains("Fatal error"))
    }

    @Test("a wrong type names the JSON path")
    func wrongType() throws {
        let path = try write(
            Grade.editedExample("basic.json") { object in
                var profile = object["profile"] as! [String: Any]
                profile["annualRevenue"] = "很多"
                object["profile"] = profile
            })
        let run = try Grade.run(["validate", "--lang", "en", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(path): $.profile.annualRevenue: wrong type: expected a number, found a string"))
    }

    @Test("an unknown pack and an unknown pack version are refused with what is available")
    func unknownPackOrVersion() throws {
        let unknownPack = try write(Grade.editedExample("basic.json") { $0["pack"] = ["id": "shandong-2025", "version": "1.0.0"] })
        var run = try Grade.run(["classify", "--lang", "en", unknownPack])
        #expect(run.status == 1)
        #expect(run.stderr.contains("$.pack.id: no criteria pack \"shandong-2025\" (available: hebei-2025)"))
        let unknownVersion = try write(Grade.editedExample("basic.json") { $0["pack"] = ["id": "hebei-2025", "version": "9.0.0"] })
        run = try Grade.run(["classify", "--lang", "en", unknownVersion])
        #expect(run.status == 1)
        #expect(run.stderr.contains("$.pack.version: criteria pack hebei-2025 has no version 9.0.0 (available: 1.0.0, 1.0.1)"))
    }

    @Test("a credit code with a wrong check character says which character GB 32100 expects")
    func badCreditCode() throws {
        let path = try write(
            Grade.editedExample("basic.json") { object in
                var profile = object["profile"] as! [String: Any]
                var code = Array(profile["creditCode"] as! String)
                code[17] = code[17] == "0" ? "1" : "0"
                profile["creditCode"] = String(code)
                object["profile"] = profile
            })
        let run = try Grade.run(["validate", "--lang", "en", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("$.profile.creditCode: unified social credit code"))
        #expect(run.stderr.contains("GB 32100 gives"))
    }

    @Test("an out-of-range KPI value is refused with its valid range")
    func outOfRangeKPI() throws {
        let path = try write(
            Grade.editedExample("basic.json") { object in
                var kpis = object["kpis"] as! [String: Any]
                kpis["kpi.key-equipment-nc-rate"] = ["value": 130, "main": false]
                object["kpis"] = kpis
            })
        let run = try Grade.run(["validate", "--lang", "en", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("$.kpis[\"kpi.key-equipment-nc-rate\"].value: value 130 is outside the valid range [0, 100]"))
    }

    @Test("a negative count KPI is refused")
    func negativeCount() throws {
        let path = try write(
            Grade.editedExample("basic.json") { object in
                var kpis = object["kpis"] as! [String: Any]
                kpis["kpi.decision-model-count"] = ["value": -2, "main": false]
                object["kpis"] = kpis
            })
        let run = try Grade.run(["validate", "--lang", "en", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("value -2 is outside the valid range"))
    }

    @Test("NaN is not JSON; the message says so")
    func notANumber() throws {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: Grade.example("basic.json"))), as: UTF8.self)
        let path = try write(Data(text.replacingOccurrences(of: "\"annualRevenue\": ", with: "\"annualRevenue\": NaN, \"x\": ").utf8))
        let run = try Grade.run(["classify", "--lang", "en", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("JSON has no NaN"))
    }

    @Test("a JSON Lines batch grades the good lines and names the bad one by line number")
    func jsonLinesWithOneBadLine() throws {
        let good = try Grade.editedExample("basic.json") { _ in }
        var lines = Data()
        lines.append(good)
        lines.append(Data("\n{\"format\":\"factorygrading.assessment\",\"formatVersion\":1,\"pack\":{\"id\":\"hebei-2025\",\"version\":\"1.0.0\"},\"kpis\":{\"kpi.nope\":{}}}\n".utf8))
        lines.append(good)
        let path = try write(lines, named: "batch.jsonl")
        let run = try Grade.run(["classify", "--format", "json", "--lang", "en", path])
        #expect(run.status == 1)
        let outputs = run.stdout.split(separator: "\n").map(String.init)
        #expect(outputs.count == 3)
        #expect(outputs[0].contains("\"tier\":\"basic\""))
        #expect(outputs[1].contains("\"errors\""))
        #expect(outputs[2].contains("\"file\":\"\(path):3\""))
        #expect(run.stderr.contains("\(path):2: $.kpis[\"kpi.nope\"]: the criteria pack has no KPI \"kpi.nope\""))
    }

    @Test("a criteria pack in the wrong place is refused")
    func misplacedPack() throws {
        let folder = try Grade.scratch()
        let target = folder.appendingPathComponent("other-pack")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Grade.root.appendingPathComponent("Criteria/packs/hebei-2025/1.0.0.json"), to: target.appendingPathComponent("2.0.0.json"))
        let run = try Grade.run(["criteria", "validate", "--lang", "en", folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("the file holds hebei-2025@1.0.0 but its path says other-pack@2.0.0"))
    }
}
