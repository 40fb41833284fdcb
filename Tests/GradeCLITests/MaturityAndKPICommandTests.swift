import Foundation
import Testing

/// `grade maturity`, `grade kpi --benchmarks`, `grade benchmarks validate` and `--benchmarks` errors, on files the
/// tests write themselves (not the examples).
@Suite("CLI: maturity, kpi and benchmarks commands")
struct MaturityAndKPICommandTests {
    /// The bundled model's question ids with their levels, read from the repository's model file.
    static func questions() throws -> [(id: String, level: Int)] {
        let url = Grade.root.appendingPathComponent("Criteria/maturity/gbt39116-2020/1.0.0.json")
        let model = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let questionnaire = try #require(model["questionnaire"] as? [String: Any])
        let questions = try #require(questionnaire["questions"] as? [[String: Any]])
        return try questions.map { (try #require($0["id"] as? String), try #require($0["level"] as? Int)) }
    }

    /// Levels 1 and 2 all `full`, level 3 all `partial`, levels 4 and 5 unanswered. With the bundled model's
    /// weights (each parent's children sum to 1) the level scores are 1, 1, 0.5: level 3 is the first below
    /// 0.8, so cumulativeActual gives 1 + 1 + 0.5 = 2.5 → level 2 (band [1.8, 2.8)).
    static func answers(levelThree: String = "partial") throws -> [String: String] {
        var answers: [String: String] = [:]
        for question in try questions() where question.level <= 3 {
            answers[question.id] = question.level == 3 ? levelThree : "full"
        }
        return answers
    }

    /// A valid assessment of the Hebei pack: C3484 in 130200, assessed 2025-09-15.
    static func assessment(maturity: [String: Any]? = nil, kpis: [String: Any] = [:]) -> [String: Any] {
        var object: [String: Any] = [
            "format": "factorygrading.assessment", "formatVersion": 1, "pack": ["id": "hebei-2025", "version": "1.0.0"],
            "profile": [
                "regionCode": "130200", "industryCode": "C3484", "manufacturingType": "discrete", "assessmentDate": "2025-09-15",
            ],
            "kpis": kpis,
        ]
        if let maturity { object["maturity"] = maturity }
        return object
    }

    static func selfDiagnosis(_ answers: [String: String]) -> [String: Any] {
        ["model": ["id": "gbt39116-2020", "version": "1.0.0"], "answers": answers]
    }

    func write(_ object: [String: Any], in folder: URL, named name: String = "assessment.json") throws -> String {
        let url = folder.appendingPathComponent(name)
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: url)
        return url.path
    }

    func write(_ text: String, in folder: URL, named name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("grade maturity: the estimate, level scores, total and level, beside the official level")
    func maturityText() throws {
        let folder = try Grade.scratch()
        let maturity: [String: Any] = [
            "level": 3, "source": "official", "reportNumber": "CMMM-2025-0815", "reportDate": "2025-08-15",
            "selfDiagnosis": Self.selfDiagnosis(try Self.answers()),
        ]
        let path = try write(Self.assessment(maturity: maturity), in: folder)
        let run = try Grade.run(["maturity", "--lang", "en", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("(estimate, not an official assessment)"), "\(run.stdout)")
        #expect(run.stdout.contains("Level scores: Planning 1.00 Standardised 1.00 Integrated 0.50"), "\(run.stdout)")
        #expect(run.stdout.contains("Total 2.5 → estimated level 2"), "\(run.stdout)")
        #expect(run.stdout.contains("Stated maturity: level 3"), "\(run.stdout)")
        #expect(run.stdout.contains("differs from the estimate"), "\(run.stdout)")
        #expect(run.stdout.contains("weights are provisional"), "\(run.stdout)")
        #expect(run.stderr.contains("$.maturity.selfDiagnosis: the stated maturity level 3 differs from the quick self-diagnosis estimate (level 2)"), "\(run.stderr)")

        let zh = try Grade.run(["maturity", "--lang", "zh", path])
        #expect(zh.status == 0)
        #expect(zh.stdout.contains("估计,非正式评估"), "\(zh.stdout)")
        #expect(zh.stdout.contains("等级得分:"), "\(zh.stdout)")
    }

    @Test("grade maturity --format json: levelScores, total, level and estimate")
    func maturityJSON() throws {
        let folder = try Grade.scratch()
        let path = try write(Self.assessment(maturity: ["selfDiagnosis": Self.selfDiagnosis(try Self.answers())]), in: folder)
        let run = try Grade.run(["maturity", "--lang", "en", "--format", "json", path])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["estimate"] as? Bool == true)
        let levelScores = try #require(object["levelScores"] as? [Any])
        #expect(levelScores.count == 5)
        let scores = levelScores.prefix(3).compactMap { ($0 as? NSNumber)?.doubleValue }
        #expect(scores.count == 3)
        #expect(zip(scores, [1, 1, 0.5]).allSatisfy { abs($0 - $1) < 1e-9 }, "\(levelScores)")
        #expect(levelScores[3] is NSNull)
        #expect(levelScores[4] is NSNull)
        #expect(abs(((object["total"] as? NSNumber)?.doubleValue ?? 0) - 2.5) < 1e-9)
        #expect((object["level"] as? NSNumber)?.intValue == 2)
        #expect((object["workingLevel"] as? NSNumber)?.intValue == 3)
        #expect((object["subdomains"] as? [Any])?.count == 20)
        #expect(object["strategy"] as? String == "cumulativeActual")
    }

    @Test("grade maturity: an incomplete questionnaire gives no estimate; no questionnaire says so")
    func maturityIncompleteOrAbsent() throws {
        let folder = try Grade.scratch()
        // One level-1 question left out: level 1 is needed, so there is no total.
        var answers = try Self.answers()
        let levelOne = try #require(try Self.questions().first { $0.level == 1 })
        answers[levelOne.id] = nil
        let incomplete = try write(Self.assessment(maturity: ["selfDiagnosis": Self.selfDiagnosis(answers)]), in: folder, named: "incomplete.json")
        let run = try Grade.run(["maturity", "--lang", "en", incomplete])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("The questionnaire is incomplete; no estimate yet"), "\(run.stdout)")

        let none = try write(
            Self.assessment(maturity: ["level": 2, "source": "official", "reportNumber": "R-1", "reportDate": "2025-08-01"]), in: folder,
            named: "none.json")
        let absent = try Grade.run(["maturity", "--lang", "en", none])
        #expect(absent.status == 0, "\(absent.stderr)")
        #expect(absent.stdout.contains("no quick self-diagnosis answered; stated maturity: level 2"), "\(absent.stdout)")
    }

    @Test("grade maturity: an unknown question id is an error naming its path")
    func maturityUnknownQuestion() throws {
        let folder = try Grade.scratch()
        var answers = try Self.answers()
        answers["q.teleportation.1"] = "full"
        let path = try write(Self.assessment(maturity: ["selfDiagnosis": Self.selfDiagnosis(answers)]), in: folder)
        let run = try Grade.run(["maturity", "--lang", "en", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("$.maturity.selfDiagnosis.answers[\"q.teleportation.1\"]: the maturity model has no question \"q.teleportation.1\""), "\(run.stderr)")
    }

    static let table = """
        industry,region,year,kpi,scope,value,source
        # 测试用对标表,非官方数据
        C348,130000,2025,kpi.key-equipment-nc-rate,provincialAverage,62,"测试数据, 非官方"
        C3484,000000,2025,kpi.key-equipment-nc-rate,nationalLeading,88,测试数据

        """

    @Test("grade kpi --benchmarks: the computed value and the table line used")
    func kpiWithTable() throws {
        let folder = try Grade.scratch()
        let kpis: [String: Any] = [
            "kpi.key-equipment-nc-rate": ["raw": ["part": 45, "whole": 50, "period": "2024"], "main": true]
        ]
        let path = try write(Self.assessment(kpis: kpis), in: folder)
        let table = try write(Self.table, in: folder, named: "benchmarks.csv")
        let run = try Grade.run(["kpi", "--lang", "en", path, "--benchmarks", table])
        #expect(run.status == 0, "\(run.stderr)")
        // 45 / 50 × 100 = 90 %, computed; the provincial average is line 3 (group 348), the national one line 4.
        #expect(run.stdout.contains("90% (computed)"), "\(run.stdout)")
        #expect(run.stdout.contains("part ÷ whole × 100"), "\(run.stdout)")
        #expect(run.stdout.contains("benchmark table line 3: C348 130000 2025): met"), "\(run.stdout)")
        #expect(run.stdout.contains("benchmark table line 4: C3484 000000 2025): met"), "\(run.stdout)")

        let json = try Grade.run(["kpi", "--lang", "en", "--format", "json", path, "--benchmarks", table])
        #expect(json.status == 0, "\(json.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let nc = try #require(rows.first { $0["kpi"] as? String == "kpi.key-equipment-nc-rate" })
        #expect(nc["origin"] as? String == "computed")
        #expect((nc["value"] as? NSNumber)?.doubleValue == 90)
        #expect(json.stdout.contains("\"table\""), "\(json.stdout)")
    }

    @Test("grade kpi: an undefined computed value is shown with its reason and warned about")
    func kpiUndefined() throws {
        let folder = try Grade.scratch()
        let kpis: [String: Any] = [
            "kpi.sales-growth": ["raw": ["before": 0, "after": 120, "baselinePeriod": "2023", "measurementPeriod": "2024"], "main": false]
        ]
        let path = try write(Self.assessment(kpis: kpis), in: folder)
        let run = try Grade.run(["kpi", "--lang", "en", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("undefined: before is 0"), "\(run.stdout)")
        #expect(run.stderr.contains("$.kpis[\"kpi.sales-growth\"].raw: the KPI value is undefined: before is 0"), "\(run.stderr)")
    }

    @Test("grade benchmarks validate: a good table passes")
    func validateGood() throws {
        let folder = try Grade.scratch()
        let table = try write(Self.table, in: folder, named: "good.csv")
        let run = try Grade.run(["benchmarks", "validate", "--lang", "en", table])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\(table): valid (2 rows, 2 industry codes)"), "\(run.stdout)")
    }

    @Test("grade benchmarks validate: a bad table fails with each row's line and column")
    func validateBad() throws {
        let folder = try Grade.scratch()
        let text = """
            industry,region,year,kpi,scope,value,source
            C348,130200,2025,kpi.key-equipment-nc-rate,provincialAverage,62,测试数据
            C348,130000,2025,kpi.key-equipment-nc-rate,provincialLeading,abc,测试数据
            C3484,130000,2025,kpi.key-equipment-nc-rate,nationalLeading,88,测试数据
            C3484,130000,2025,kpi.unknown,provincialAverage,50,测试数据
            C348,130000,2025,kpi.key-equipment-nc-rate,provincialLeading,70,测试数据
            C348,130000,2025,kpi.key-equipment-nc-rate,provincialLeading,71,测试数据
            """
        let table = try write(text, in: folder, named: "bad.csv")
        let run = try Grade.run(["benchmarks", "validate", "--lang", "en", table])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty, "\(run.stdout)")
        for message in [
            "\(table): line 2, column region: \"130200\" is not valid here",
            "\(table): line 3, column value: \"abc\" is not valid here",
            "\(table): line 4, column region: scope nationalLeading needs region 000000, found 130000",
            "\(table): line 5, column kpi: the criteria pack has no KPI \"kpi.unknown\"",
            "\(table): line 7: repeats line 6",
        ] {
            #expect(run.stderr.contains(message), "\(message)\n\(run.stderr)")
        }
        let zh = try Grade.run(["benchmarks", "validate", "--lang", "zh", table])
        #expect(zh.status == 1)
        #expect(zh.stderr.contains("第 2 行 region 列"), "\(zh.stderr)")
    }

    @Test("grade benchmarks validate: a missing file is named")
    func validateMissing() throws {
        let run = try Grade.run(["benchmarks", "validate", "--lang", "en", "/nonexistent/benchmarks.csv"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("/nonexistent/benchmarks.csv: no such file"), "\(run.stderr)")
    }

    @Test("classify --benchmarks with a missing file exits 1 naming the file")
    func classifyMissingTable() throws {
        let folder = try Grade.scratch()
        let path = try write(Self.assessment(), in: folder)
        let missing = folder.appendingPathComponent("missing.csv").path
        let run = try Grade.run(["classify", "--lang", "en", "--benchmarks", missing, path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(missing): no such file"), "\(run.stderr)")
        #expect(!run.stderr.contains("Fatal error"))
    }

    @Test("classify --benchmarks with a bad table exits 1 with the table's line numbers")
    func classifyBadTable() throws {
        let folder = try Grade.scratch()
        let path = try write(Self.assessment(), in: folder)
        let table = try write(
            "industry,region,year,kpi,scope,value,source\nC348,130000,2025,kpi.key-equipment-nc-rate,provincialAverage,150,测试数据\n", in: folder,
            named: "bad.csv")
        let run = try Grade.run(["classify", "--lang", "en", "--benchmarks", table, path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(table): line 2, column value: value 150 is outside the KPI's valid range [0, 100]"), "\(run.stderr)")
    }
}
