import Testing

@testable import FactoryGrading

/// Same input, same bytes: grading and every report.
@Suite("Determinism")
struct DeterminismTests {
    /// Every rendering of a result, as bytes.
    static func renderings(_ assessment: Assessment, _ pack: CriteriaPack) -> [String: [UInt8]] {
        let result = grade(assessment, pack: pack)
        let gaps = GapAnalysis(pack: pack).gaps(for: assessment, result: result)
        let diagnostics = assessment.validate(against: pack)
        var out: [String: [UInt8]] = [:]
        for language in Language.allCases {
            let tag = language.rawValue
            out["json-full-\(tag)"] = JSONWriter().bytes(result.json(pack: pack, language: language, full: true))
            out["json-compact-\(tag)"] = JSONWriter(style: .compact).bytes(result.json(pack: pack, language: language, full: false))
            out["text-summary-\(tag)"] = Array(TextReport.summary(result, assessment: assessment, pack: pack, file: "a.json", language: language).utf8)
            out["text-explanation-\(tag)"] = Array(
                TextReport.explanation(result, assessment: assessment, pack: pack, file: "a.json", language: language, diagnostics: diagnostics).utf8)
            out["markdown-\(tag)"] = Array(
                MarkdownReport.render(result, assessment: assessment, pack: pack, gaps: gaps, file: "a.json", language: language, diagnostics: diagnostics).utf8)
            if let gaps {
                out["gaps-json-\(tag)"] = JSONWriter().bytes(gaps.json(language, pack: pack))
                out["gaps-text-\(tag)"] = Array(gaps.lines(language, pack: pack).joined(separator: "\n").utf8)
            }
        }
        return out
    }

    /// Assessments that exercise conditions, warnings, gaps and undetermined rules.
    static func assessments(_ pack: CriteriaPack) -> [(String, Assessment)] {
        var generator = SeededGenerator(seed: 9)
        var cases: [(String, Assessment)] = [
            ("sample", SampleAssessment.expected),
            ("advanced", Build.reaching("advanced", pack: pack)),
            ("excellent with an exception and an estimate",
             Build.reaching("excellent", pack: pack).with("excellent.design.collaborative-design", .excepted)
                .with(maturity: MaturityResult(level: 3, score: 2.5, source: .estimate))),
        ]
        for index in 0..<10 { cases.append(("random \(index)", MonotonicityTests.randomAssessment(pack, using: &generator))) }
        return cases
    }

    @Test("grading the same assessment twice gives equal results")
    func gradeTwice() throws {
        let pack = try Fixtures.pack()
        for (name, assessment) in Self.assessments(pack) {
            #expect(grade(assessment, pack: pack) == grade(assessment, pack: pack), "\(name)")
        }
    }

    @Test("every report is byte-identical when built twice, and for a freshly decoded copy of the same bytes")
    func reportsTwice() throws {
        let pack = try Fixtures.pack()
        for (name, assessment) in Self.assessments(pack) {
            let first = Self.renderings(assessment, pack)
            #expect(first.count >= 10)
            #expect(Self.renderings(assessment, pack) == first, "\(name)")
            let bytes = JSONWriter().bytes(assessment.json(orderedBy: pack))
            let decoded = try #require(Assessment.decode(jsonBytes: bytes).assessment, "\(name)")
            let fromBytes = Self.renderings(decoded, pack)
            for key in first.keys.sorted() {
                #expect(fromBytes[key] == first[key], "\(name): \(key)")
            }
        }
    }

    @Test("a pack loaded twice grades identically")
    func packLoadedTwice() throws {
        let bytes = try Fixtures.packBytes.get()
        let packA = try CriteriaPack(jsonBytes: bytes)
        let packB = try CriteriaPack(jsonBytes: bytes)
        for (name, assessment) in Self.assessments(packA) {
            #expect(Self.renderings(assessment, packA) == Self.renderings(assessment, packB), "\(name)")
        }
    }
}

@Suite("Determinism of validation")
struct ValidationOrderTests {
    @Test("validation diagnostics come in the same order however the dictionaries were filled: answers, then KPIs, by id")
    func stableOrder() throws {
        let pack = try Fixtures.pack()
        var assessment = Assessment(pack: pack.reference)
        let ids = ["zz.unknown", "base.security", "aa.unknown", "basic.production.realtime-monitoring", "mm.unknown"]
        for id in ids { assessment.answers[id] = Answer(.excepted, justification: "x") }
        for (index, id) in ["kpi.zz", "kpi.key-equipment-nc-rate", "kpi.aa"].enumerated() {
            assessment.kpis[id] = KPIEntry(value: 120 + Double(index), comparisons: ["nowhere": Build.benchmark(1)])
        }
        let first = assessment.validate(against: pack)
        var reversed = Assessment(pack: pack.reference)
        reversed.answers.reserveCapacity(500)
        for id in ids.reversed() { reversed.answers[id] = assessment.answers[id] }
        for (id, entry) in assessment.kpis.sorted(by: { $0.key > $1.key }) { reversed.kpis[id] = entry }
        #expect(reversed.validate(against: pack) == first)
        let paths = first.filter { $0.severity == .error }.compactMap { $0.path?.description }
        let answerPaths = paths.filter { $0.hasPrefix("$.answers") }
        let kpiPaths = paths.filter { $0.hasPrefix("$.kpis") }
        #expect(paths == answerPaths + kpiPaths)
        #expect(answerPaths == [
            #"$.answers["aa.unknown"]"#, #"$.answers["base.security"].status"#, #"$.answers["basic.production.realtime-monitoring"].status"#,
            #"$.answers["mm.unknown"]"#, #"$.answers["zz.unknown"]"#,
        ])
    }
}
