import Foundation
import Testing

@Suite("Usage, help and the other commands")
struct UsageTests {
    @Test(
        "usage errors exit 2",
        arguments: [
            ["classify"], ["no-such-command"], ["classify", "--format", "pdf", "x.json"], ["kpi", "--format", "markdown", "x.json"],
            ["maturity", "--format", "markdown", "x.json"],
        ])
    func usageErrors(arguments: [String]) throws {
        let run = try Grade.run(arguments)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(!run.stderr.isEmpty)
    }

    @Test("benchmark refuses a count or a number of rounds below 1 instead of failing on an empty sample")
    func benchmarkBounds() throws {
        let count = try Grade.run(["benchmark", "--lang", "en", "--count", "0"])
        #expect(count.status == 2 && count.stderr.contains("--count must be at least 1"), "\(count.stderr)")
        let rounds = try Grade.run(["benchmark", "--lang", "zh", "--rounds", "0"])
        #expect(rounds.status == 2 && rounds.stderr.contains("--rounds 至少为 1"), "\(rounds.stderr)")
    }

    @Test("benchmark prints every end-to-end run of core and of full documents, then the median and the best of each")
    func benchmarkRounds() throws {
        let run = try Grade.run(["benchmark", "--lang", "en", "--count", "20", "--rounds", "2"])
        #expect(run.status == 0, "\(run.stderr)")
        let parts = run.stdout.components(separatedBy: "full documents:\n")
        try #require(parts.count == 2 && parts[0].hasPrefix("core documents:\n"), "\(run.stdout)")
        for part in parts {
            #expect(part.contains("run 1 of 2: 20 assessments in") && part.contains("run 2 of 2: 20 assessments in"), "\(part)")
            #expect(part.contains("grade(): median "), "\(part)")
        }
        #expect(!parts[0].contains("self-diagnosis") && parts[1].contains("scoring the self-diagnosis questionnaire"), "\(run.stdout)")
        #expect(run.stdout.components(separatedBy: "exit 0").count == 5, "\(run.stdout)")
        for kind in ["core", "full"] {
            #expect(run.stdout.contains("classify end to end, \(kind) documents: median ") && run.stdout.contains("over 2 runs"), "\(run.stdout)")
        }
    }

    @Test("benchmark --keep keeps full documents at the path and core ones beside it; --documents measures one kind")
    func benchmarkDocuments() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("benchmark-keep-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("synthetic.jsonl").path
        let both = try Grade.run(["benchmark", "--lang", "en", "--count", "30", "--rounds", "1", "--keep", path])
        #expect(both.status == 0, "\(both.stderr)")
        let full = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        let core = try String(contentsOfFile: directory.appendingPathComponent("synthetic-core.jsonl").path, encoding: .utf8).split(separator: "\n")
        #expect(full.count == 30 && core.count == 30)
        #expect(full.allSatisfy { $0.contains("\"selfDiagnosis\"") && $0.contains("\"raw\"") })
        #expect(core.allSatisfy { !$0.contains("\"selfDiagnosis\"") && !$0.contains("\"raw\"") && $0.contains("\"value\"") })
        let one = try Grade.run(["benchmark", "--lang", "en", "--count", "5", "--rounds", "1", "--documents", "core"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.contains("core documents:") && !one.stdout.contains("full documents"), "\(one.stdout)")
        let wrong = try Grade.run(["benchmark", "--lang", "en", "--documents", "most"])
        #expect(wrong.status == 2 && wrong.stderr.contains("core"), "\(wrong.stderr)")
    }

    @Test("an unknown --target tier is a usage error that lists the tiers")
    func unknownTarget() throws {
        let run = try Grade.run(["gaps", "--target", "platinum", "--lang", "en", Grade.example("basic.json")])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\"basic\", \"advanced\", \"excellent\", \"leading\""))
    }

    @Test("help exits 0 and documents the exit codes")
    func help() throws {
        let run = try Grade.run(["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("1 invalid input"))
        #expect(run.stdout.contains("classify"))
    }

    @Test("LANG picks the message language when --lang is absent")
    func languageFromEnvironment() throws {
        let english = try Grade.run(["classify", "/nonexistent.json"], environment: ["LANG": "en_US.UTF-8"])
        #expect(english.stderr.contains("no such file"))
        let chinese = try Grade.run(["classify", "/nonexistent.json"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.stderr.contains("文件不存在"))
    }

    @Test("explain lists every tier's rules with clause and reason")
    func explain() throws {
        let run = try Grade.run(["explain", "--lang", "en", Grade.example("advanced.json")])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Tier reached: Advanced"))
        #expect(run.stdout.contains("[+] advanced/coverage"))
        #expect(run.stdout.contains("(附件 三、(一))"))
        #expect(run.stdout.contains("[-] excellent/"))
    }

    @Test("explain --format json carries the values each rule looked at")
    func explainJSON() throws {
        let run = try Grade.run(["explain", "--format", "json", Grade.example("basic.json")])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let tiers = try #require(object["tiers"] as? [[String: Any]])
        let rules = try #require(tiers.first?["rules"] as? [[String: Any]])
        let maturity = try #require(rules.first { $0["id"] as? String == "basic/maturity" })
        let values = try #require(maturity["values"] as? [String: Any])
        #expect(values["minimumLevel"] as? Int == 2)
        #expect(values["level"] as? Int != nil)
        let message = try #require(maturity["message"] as? [String: String])
        #expect(message["zh"]?.isEmpty == false && message["en"]?.isEmpty == false)
    }

    @Test("gaps from basic lists only what advanced needs")
    func gaps() throws {
        let run = try Grade.run(["gaps", "--format", "json", Grade.example("basic.json")])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["target"] as? String == "advanced")
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(!items.isEmpty)
        for item in items {
            let id = try #require(item["item"] as? String)
            let needed = id.hasPrefix("advanced.production.") || id.hasPrefix("advanced.production-mgmt.")
                || id.hasPrefix("advanced.operations-mgmt.") || id.hasPrefix("advanced.outcome.") || id.hasPrefix("base.")
            #expect(needed, "\(id) is not needed for advanced")
        }
    }

    @Test("KPI shortfalls are given in the KPI's unit, without floating-point noise")
    func shortfallInUnit() throws {
        let run = try Grade.run(["gaps", "--target", "leading", "--lang", "en", Grade.example("excellent.json")])
        #expect(run.stdout.contains("now 24.3%, needs ≥ 26% (Globally leading), short by 1.7 percentage points"), "\(run.stdout)")
    }

    @Test("the markdown report has profile, verdicts, reasons and gaps")
    func markdownReport() throws {
        let run = try Grade.run(["classify", "--format", "markdown", "--lang", "en", Grade.example("basic.json")])
        for heading in ["## Profile", "## Verdict by tier", "## Reasons", "## Gap analysis", "| Basic | qualified |"] {
            #expect(run.stdout.contains(heading), "missing \(heading)")
        }
    }

    @Test("validate reports each file and exits 0 for valid ones")
    func validate() throws {
        let run = try Grade.run(["validate", "--lang", "en", "Examples"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Examples/basic.json: valid (0 warnings)"))
        #expect(run.stdout.contains("Examples/incomplete.json: valid (1 warning)"))
    }

    @Test("criteria list, show and validate describe the bundled pack")
    func criteria() throws {
        let list = try Grade.run(["criteria", "list", "--lang", "en"])
        #expect(list.stdout.contains("hebei-2025\t1.0.0\t冀工信软件函〔2025〕149号"))
        let show = try Grade.run(["criteria", "show", "hebei-2025", "--tier", "advanced", "--format", "markdown", "--lang", "en"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("- [ ] "))
        #expect(show.stdout.contains("advanced.production.anomaly-warning"))
        #expect(show.stdout.contains("basic.production.realtime-monitoring"))
        #expect(!show.stdout.contains("excellent."))
        let validate = try Grade.run(["criteria", "validate", "--lang", "en"])
        #expect(validate.status == 0)
        #expect(validate.stdout.contains("hebei-2025 1.0.0: valid (4 tiers, 98 items, 20 KPIs"))
    }
}
