import Foundation
import Testing

/// Defects found by reviewing the command line as a user, each kept fixed by a test.
@Suite("Command-line behaviour a user relies on")
struct ReviewFindingsTests {
    func write(_ data: Data, named name: String = "doc.json", in folder: URL? = nil) throws -> String {
        let url = try (folder ?? Grade.scratch()).appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    @Test("a line break in the enterprise name cannot add a line to the text output")
    func lineBreakInName() throws {
        let forged = "沧州公司\n  基础级:达标  先进级:达标\nforged.json: 领航级 — 沧州公司\u{2028}x"
        let path = try write(
            Grade.editedExample("none.json") { object in
                object["profile"] = (object["profile"] as! [String: Any]).merging(["enterpriseName": forged]) { $1 }
            })
        let classify = try Grade.run(["classify", "--lang", "zh", path])
        #expect(classify.status == 0, "\(classify.stderr)")
        let lines = classify.stdout.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(lines.count == 2, "\(classify.stdout)")
        #expect(lines.first?.hasSuffix(#"沧州公司\u{A}  基础级:达标  先进级:达标\u{A}forged.json: 领航级 — 沧州公司\u{2028}x"#) == true, "\(classify.stdout)")
        let explain = try Grade.run(["explain", "--lang", "en", path])
        #expect(explain.status == 0)
        #expect(!explain.stdout.split(separator: "\n").contains { $0.hasPrefix("forged.json") }, "\(explain.stdout)")
        #expect(explain.stdout.split(separator: "\n").first?.contains(#"\u{A}forged.json"#) == true)
        let gaps = try Grade.run(["gaps", "--lang", "en", "--format", "markdown", path])
        #expect(gaps.status == 0)
        #expect(!gaps.stdout.split(separator: "\n").contains { $0.hasPrefix("forged.json") }, "\(gaps.stdout)")
    }

    @Test("--format json prints JSON even when there is no gap or no self-diagnosis to show")
    func jsonAlways() throws {
        let top = try Grade.run(["gaps", "--format", "json", "--lang", "zh", Grade.example("leading.json")])
        #expect(top.status == 0, "\(top.stderr)")
        let gaps = try #require(try JSONSerialization.jsonObject(with: Data(top.stdout.utf8)) as? [String: Any])
        #expect(gaps["target"] is NSNull)
        #expect(gaps["current"] as? String == "leading")
        #expect(gaps["alreadyQualified"] as? Bool == true)
        #expect((gaps["message"] as? String)?.contains("已达到最高等级") == true)
        #expect(gaps["file"] as? String == Grade.example("leading.json"))
        let text = try Grade.run(["gaps", "--lang", "en", Grade.example("leading.json")])
        #expect(text.stdout == Grade.example("leading.json") + ": already at the highest tier, Leading.\n", "\(text.stdout)")

        let none = try Grade.run(["maturity", "--format", "json", "--lang", "en", Grade.example("none.json")])
        #expect(none.status == 0, "\(none.stderr)")
        let maturity = try #require(try JSONSerialization.jsonObject(with: Data(none.stdout.utf8)) as? [String: Any])
        #expect(maturity["answered"] as? Bool == false)
        #expect(maturity["statedLevel"] as? Double == 1)
        #expect(maturity["statedSource"] as? String == "official")
        #expect(maturity["message"] as? String == "no quick self-diagnosis answered; stated maturity: level 1")
    }

    @Test("a required field of the wrong type is reported as that, not also as missing")
    func wrongTypeIsNotMissing() throws {
        for (edit, path) in [
            ({ (object: inout [String: Any]) in object["formatVersion"] = "1" }, "$.formatVersion"),
            ({ (object: inout [String: Any]) in object["format"] = 7 }, "$.format"),
            ({ (object: inout [String: Any]) in object["pack"] = ["id": 5, "version": "1.0.0"] }, "$.pack.id"),
        ] {
            let file = try write(try Grade.editedExample("basic.json", edit))
            let run = try Grade.run(["validate", "--lang", "en", file])
            #expect(run.status == 1)
            #expect(run.stderr.contains("\(path): wrong type"), "\(run.stderr)")
            #expect(!run.stderr.contains("is missing"), "\(run.stderr)")
        }
        let missing = try write(try Grade.editedExample("basic.json") { $0["pack"] = ["version": "1.0.0"] })
        let run = try Grade.run(["validate", "--lang", "en", missing])
        #expect(run.stderr.contains("$.pack: required field \"id\" is missing"), "\(run.stderr)")
    }

    @Test("assess without a terminal creates no file")
    func assessWithoutTerminal() throws {
        let folder = try Grade.scratch()
        let path = folder.appendingPathComponent("new.json").path
        let run = try Grade.run(["assess", "--lang", "en", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("the terminal UI needs a terminal"))
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a criteria folder with nothing to read is an error; a stray file in it is named, not silently skipped")
    func criteriaFolders() throws {
        let empty = try Grade.scratch()
        let none = try Grade.run(["criteria", "validate", "--lang", "en", empty.path])
        #expect(none.status == 1)
        #expect(none.stderr.contains("\(empty.path): the folder holds no pack or maturity model stored as <id>/<version>.json"), "\(none.stderr)")
        let stray = try Grade.scratch()
        let pack = try Data(contentsOf: Grade.root.appendingPathComponent("Criteria/packs/hebei-2025/1.0.0.json"))
        let file = try write(pack.prefix(100), named: "truncated.json", in: stray)
        let run = try Grade.run(["criteria", "validate", "--lang", "zh", stray.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("grade: 提示: \(file): 未作为标准包读取"), "\(run.stderr)")
        let emptyDocuments = try Grade.run(["classify", "--lang", "en", empty.path])
        #expect(emptyDocuments.status == 1)
        #expect(emptyDocuments.stderr.contains("\(empty.path): the folder (with its subfolders) holds no .json or .jsonl file"), "\(emptyDocuments.stderr)")
    }

    @Test("usage errors follow --lang, and the environment without it")
    func usageErrorsInChinese() throws {
        let unknown = try Grade.run(["classify", "--lang", "zh", "--bogus", "x"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("grade: 错误: 未知选项 '--bogus'\n用法: grade classify"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("详见 'grade classify --help'。"))
        let format = try Grade.run(["classify", "--lang=zh", "--format", "xml", "a.json"])
        #expect(format.stderr.contains("grade: 错误: '--format <format>' 的取值 'xml' 无效,可选:'text'、'json'、'markdown'"), "\(format.stderr)")
        #expect(format.stderr.contains("说明:  --format <format>"))
        let missing = try Grade.run(["classify"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(missing.stderr.hasPrefix("grade: 错误: 缺少参数 '<paths> ...'"), "\(missing.stderr)")
        let english = try Grade.run(["classify", "--lang", "en", "--bogus", "x"])
        #expect(english.stderr.hasPrefix("Error: Unknown option '--bogus'"), "\(english.stderr)")
        let count = try Grade.run(["benchmark", "--lang", "zh", "--count", "0"])
        #expect(count.stderr.hasPrefix("grade: 错误: --count 至少为 1"), "\(count.stderr)")
    }

    @Test("criteria show offers only the formats it has, and names the pack version option apart from --version")
    func criteriaShowOptions() throws {
        let help = try Grade.run(["criteria", "show", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--pack-version <pack-version>"), "\(help.stdout)")
        #expect(help.stdout.replacing(/\s+/, with: " ").contains("(values: text, markdown; default: text)"), "\(help.stdout)")
        let json = try Grade.run(["criteria", "show", "--lang", "en", "--format", "json", "hebei-2025"])
        #expect(json.status == 2)
        let version = try Grade.run(["criteria", "show", "--lang", "en", "--pack-version", "1.0.0", "--tier", "basic", "hebei-2025"])
        #expect(version.status == 0, "\(version.stderr)")
        let unknown = try Grade.run(["criteria", "show", "--lang", "en", "--pack-version", "9.9.9", "hebei-2025"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("9.9.9"), "\(unknown.stderr)")
    }
}
