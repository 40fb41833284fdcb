import Testing

@testable import FactoryGrading

@Suite("Assessment documents — encoding")
struct AssessmentEncodingTests {
    static func assessments() throws -> [(String, Assessment)] {
        let pack = try Fixtures.pack()
        var cases: [(String, Assessment)] = [("sample", SampleAssessment.expected)]
        for tier in [nil] + Fixtures.tierIDs { cases.append(("reaching \(tier ?? "none")", Build.reaching(tier, pack: pack))) }
        cases.append(("empty", Assessment(pack: pack.reference)))
        cases.append((
            "estimate without level, odd numbers",
            Assessment(
                pack: pack.reference, profile: Profile(annualRevenue: 19_999_999.5),
                answers: ["base.scale": Answer(.met, evidence: ""), "base.security": Answer(nil, evidence: "见附件 3")],
                maturity: MaturityResult(level: nil, score: 0.1 + 0.2, source: .estimate),
                kpis: [
                    "kpi.sales-growth": KPIEntry(value: -12.345, main: nil, comparisons: ["nationalLeading": .declared(meets: false, evidence: "行业协会")]),
                    "kpi.oee-gain": KPIEntry(value: 1e-3, main: true, comparisons: ["provincialAverage": .benchmark(value: 1.0 / 3.0, source: "统计年鉴")]),
                    "kpi.water-reuse-rate": KPIEntry(value: nil),
                ])))
        return cases
    }

    @Test("decode(encode(a)) == a")
    func roundTrip() throws {
        let pack = try Fixtures.pack()
        for (name, assessment) in try Self.assessments() {
            for orderedBy in [pack, nil] {
                let bytes = JSONWriter().bytes(assessment.json(orderedBy: orderedBy))
                let (decoded, diagnostics) = Assessment.decode(jsonBytes: bytes)
                #expect(diagnostics.isEmpty, "\(name): \(diagnostics.summary)")
                #expect(decoded == assessment, "\(name)")
            }
        }
    }

    @Test("encoding is byte-identical however the assessment was put together")
    func byteIdentical() throws {
        let pack = try Fixtures.pack()
        for (name, assessment) in try Self.assessments() {
            let first = JSONWriter().bytes(assessment.json(orderedBy: pack))
            #expect(JSONWriter().bytes(assessment.json(orderedBy: pack)) == first, "\(name)")
            // The same content inserted in the opposite order, into maps of another capacity.
            var rebuilt = assessment
            rebuilt.answers = [:]
            rebuilt.answers.reserveCapacity(1000)
            for (id, answer) in assessment.answers.sorted(by: { $0.key > $1.key }) { rebuilt.answers[id] = answer }
            rebuilt.kpis = IdentifierMap(assessment.kpis.sorted { $0.key > $1.key }.map { id, entry in
                var copy = entry
                copy.comparisons = IdentifierMap(entry.comparisons.sorted { $0.key > $1.key }.map { ($0.key, $0.value) })
                return (id, copy)
            })
            #expect(JSONWriter().bytes(rebuilt.json(orderedBy: pack)) == first, "\(name)")
            // A freshly decoded copy.
            let decoded = try #require(Assessment.decode(jsonBytes: first).assessment)
            #expect(JSONWriter().bytes(decoded.json(orderedBy: pack)) == first, "\(name)")
        }
    }

    @Test("answers and KPIs follow the pack's order; ids the pack does not know come last, sorted")
    func packOrder() throws {
        let pack = try Fixtures.pack()
        var assessment = Build.reaching("advanced", pack: pack)
        assessment.answers["zz.unknown"] = Answer(.met)
        assessment.answers["aa.unknown"] = Answer(.met)
        let json = assessment.json(orderedBy: pack)
        guard case .object(let answers)? = json["answers"], case .object(let kpis)? = json["kpis"] else {
            Issue.record("answers and kpis must be objects")
            return
        }
        #expect(answers.map(\.key) == pack.items.map(\.id) + ["aa.unknown", "zz.unknown"])
        #expect(kpis.map(\.key) == pack.kpis.map(\.id))
        guard case .object(let sorted)? = assessment.json(orderedBy: nil)["answers"] else { return }
        #expect(sorted.map(\.key) == sorted.map(\.key).sorted())
    }

    @Test("plain answers are written as a word; answers with evidence or an exception as objects")
    func answerForms() throws {
        let assessment = SampleAssessment.expected
        let answers = try #require(assessment.json()["answers"])
        #expect(answers["base.scale"] == "met")
        #expect(answers["base.security"] == .object([JSONMember("status", "notMet"), JSONMember("evidence", "等保三级测评报告待出具")]))
        #expect(answers[SampleAssessment.exceptedItem]?["status"] == "excepted")
        #expect(answers[SampleAssessment.exceptedItem]?["justification"] == .string(SampleAssessment.justification))
        #expect(answers["base.organisation"]?["status"] == nil)
    }

    @Test("the document names its format, version and pack")
    func header() throws {
        let json = SampleAssessment.expected.json()
        #expect(json["format"] == "factorygrading.assessment")
        #expect(json["formatVersion"] == 1)
        #expect(json["pack"] == .object([JSONMember("id", "hebei-2025"), JSONMember("version", "1.0.0")]))
    }
}
