import Testing
@testable import FactoryGrading

/// A small, valid assessment document exercising every field, and the value it decodes to.
enum SampleAssessment {
    static let exceptedItem = "excellent.design.collaborative-design"
    static let justification = "本企业为来料加工型流程工厂,产品设计由集团研究院完成,本厂不承担研发设计职能。"

    static let text = """
        {
          "$schema": "../Criteria/schema/assessment.schema.json",
          "format": "factorygrading.assessment",
          "formatVersion": 1,
          "pack": {"id": "hebei-2025", "version": "1.0.0"},
          "profile": {
            "enterpriseName": "唐山示例装备制造有限公司",
            "creditCode": "91350100M000100Y43",
            "regionCode": "130200",
            "industryCode": "C3484",
            "manufacturingType": "discrete",
            "annualRevenue": 350000000,
            "assessor": "王工",
            "assessmentDate": "2025-09-15"
          },
          "answers": {
            "base.scale": "met",
            "base.security": {"status": "notMet", "evidence": "等保三级测评报告待出具"},
            "base.organisation": {"evidence": "智能制造推进办公室已成立,人员名单待补"},
            "base.good-standing": null,
            "\(exceptedItem)": {"status": "excepted", "justification": "\(justification)"}
          },
          "maturity": {"level": 3, "score": 3.1, "source": "official", "reportNumber": "CMMM-2025-0815", "reportDate": "2025-08-15"},
          "kpis": {
            "kpi.key-equipment-nc-rate": {
              "value": 85.5, "main": true,
              "comparisons": {"provincialAverage": {"benchmark": 60, "source": "河北省工信厅 2024 年行业统计"}}
            },
            "kpi.decision-model-count": {"value": 12, "main": false},
            "kpi.oee-gain": {
              "value": 15, "main": true,
              "comparisons": {"provincialLeading": {"declared": "meets", "evidence": "省行业协会对标报告第 12 页"}}
            },
            "kpi.water-reuse-rate": {}
          }
        }
        """

    static var json: JSONValue { try! JSONParser.parse(text) }

    static let expected = Assessment(
        pack: PackReference(id: "hebei-2025", version: "1.0.0"),
        profile: Profile(
            enterpriseName: "唐山示例装备制造有限公司", creditCode: "91350100M000100Y43", regionCode: "130200", industryCode: "C3484",
            manufacturingType: .discrete, annualRevenue: 350_000_000, assessor: "王工", assessmentDate: "2025-09-15"),
        answers: [
            "base.scale": Answer(.met),
            "base.security": Answer(.notMet, evidence: "等保三级测评报告待出具"),
            "base.organisation": Answer(nil, evidence: "智能制造推进办公室已成立,人员名单待补"),
            exceptedItem: Answer(.excepted, justification: justification),
        ],
        maturity: MaturityResult(level: 3, score: 3.1, source: .official, reportNumber: "CMMM-2025-0815", reportDate: "2025-08-15"),
        kpis: [
            "kpi.key-equipment-nc-rate": KPIEntry(
                value: 85.5, main: true, comparisons: ["provincialAverage": .benchmark(value: 60, source: "河北省工信厅 2024 年行业统计")]),
            "kpi.decision-model-count": KPIEntry(value: 12, main: false),
            "kpi.oee-gain": KPIEntry(
                value: 15, main: true, comparisons: ["provincialLeading": .declared(meets: true, evidence: "省行业协会对标报告第 12 页")]),
            "kpi.water-reuse-rate": KPIEntry(value: nil),
        ])
}

/// One edit of the sample document and the diagnostic it must cause.
struct DocumentCase: Sendable, CustomTestStringConvertible {
    var name: String
    var steps: [Step]
    /// `nil` removes the value at `steps`.
    var value: JSONValue?
    var problem: Problem
    var path: String

    init(_ name: String, _ steps: [Step], _ value: JSONValue?, _ problem: Problem, at path: String) {
        self.name = name
        self.steps = steps
        self.value = value
        self.problem = problem
        self.path = path
    }

    var testDescription: String { name }

    /// The sample document with this edit applied.
    func document() throws -> JSONValue {
        var document = SampleAssessment.json
        if let value { try document.set(steps, to: value) } else { try document.remove(steps) }
        return document
    }
}

extension Problem {
    /// Equality that ignores the `allowed` list of unknown-field problems (it is the reader's whole key
    /// list), and for a wrong type compares only the kind found (an answer may be a word or an object).
    func matches(_ other: Problem) -> Bool {
        if case .unknownField(let a, _) = self, case .unknownField(let b, _) = other { return a == b }
        if case .wrongType(_, let a) = self, case .wrongType(_, let b) = other { return a == b }
        return self == other
    }
}
