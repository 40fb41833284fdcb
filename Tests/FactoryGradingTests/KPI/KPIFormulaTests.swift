import Testing

@testable import FactoryGrading

@Suite("KPI formulas: every kind with the bundled pack's KPIs, and undefined values")
struct KPIFormulaTests {
    static let change: IdentifierMap<String> = ["baselinePeriod": "2023", "measurementPeriod": "2024"]
    static let period: IdentifierMap<String> = ["period": "2024"]

    func kpi(_ id: String, _ kind: KPIFormula.Kind) throws -> KPI {
        let kpi = try #require(try Fixtures.pack().kpi(id))
        #expect(kpi.formula.kind == kind, "\(id) should use \(kind)")
        return kpi
    }

    @Test("the pack's 20 KPIs use all five formula kinds")
    func kindsCovered() throws {
        let pack = try Fixtures.pack()
        #expect(pack.kpis.count == 20)
        #expect(Set(pack.kpis.map(\.formula.kind)) == Set(KPIFormula.Kind.allCases))
        for kpi in pack.kpis {
            #expect(Set(kpi.formula.inputs.keys) == Set(kpi.formula.kind.inputNames), "\(kpi.id)")
        }
    }

    @Test("relativeIncrease: production efficiency 120 → 150 per hour is (150 − 120) / 120 × 100 = 25 %")
    func relativeIncrease() throws {
        let kpi = try self.kpi("kpi.production-efficiency-gain", .relativeIncrease)
        let raw = KPIRawInputs(values: ["before": 120, "after": 150], periods: Self.change)
        #expect(kpi.formula.compute(raw) == .value(25))
        // A fall is a negative increase: 150 → 120 is (120 − 150) / 150 × 100 = −20 %.
        #expect(kpi.formula.compute(KPIRawInputs(values: ["before": 150, "after": 120], periods: Self.change)) == .value(-20))
    }

    @Test("relativeDecrease: defect rate 2.0 % → 1.5 % is (2.0 − 1.5) / 2.0 × 100 = 25 %")
    func relativeDecrease() throws {
        let kpi = try self.kpi("kpi.defect-rate-reduction", .relativeDecrease)
        let raw = KPIRawInputs(values: ["before": 2.0, "after": 1.5], periods: Self.change)
        #expect(kpi.formula.compute(raw) == .value(25))
        // Energy intensity 0.8 → 0.6 tce/t: (0.8 − 0.6) / 0.8 × 100 = 25 % (within rounding).
        guard case .value(let energy) = try self.kpi("kpi.energy-intensity-reduction", .relativeDecrease).formula
            .compute(KPIRawInputs(values: ["before": 0.8, "after": 0.6], periods: Self.change))
        else {
            Issue.record("energy intensity should compute")
            return
        }
        #expect(nearly(energy, 25))
    }

    @Test("ratio: 45 of 60 key machines numerically controlled is 45 / 60 × 100 = 75 %")
    func ratio() throws {
        let kpi = try self.kpi("kpi.key-equipment-nc-rate", .ratio)
        #expect(kpi.formula.compute(KPIRawInputs(values: ["part": 45, "whole": 60], periods: Self.period)) == .value(75))
        // Nothing of something is 0 %, not undefined.
        #expect(kpi.formula.compute(KPIRawInputs(values: ["part": 0, "whole": 60], periods: Self.period)) == .value(0))
    }

    @Test("count: 12 decision models counted is 12")
    func count() throws {
        let kpi = try self.kpi("kpi.decision-model-count", .count)
        #expect(kpi.formula.compute(KPIRawInputs(values: ["count": 12], periods: Self.period)) == .value(12))
        #expect(kpi.formula.compute(KPIRawInputs(values: ["count": 0], periods: Self.period)) == .value(0))
    }

    @Test("oeeIncrease: OEE 80 % × 75 % × 95 % = 57 % → 90 % × 80 % × 95 % = 68.4 % is (68.4 − 57) / 57 × 100 = 20 %")
    func oeeIncrease() throws {
        let kpi = try self.kpi("kpi.oee-gain", .oeeIncrease)
        let before = KPIRawInputs.OEE(availability: 80, performance: 75, quality: 95)
        let after = KPIRawInputs.OEE(availability: 90, performance: 80, quality: 95)
        // OEE in % = A × P × Q / 100²: 80 × 75 × 95 / 10 000 = 570 000 / 10 000 = 57.
        #expect(before.value == 57)
        // 90 × 80 × 95 / 10 000 = 684 000 / 10 000 = 68.4.
        #expect(after.value == 68.4)
        guard case .value(let gain) = kpi.formula.compute(KPIRawInputs(periods: Self.change, oee: ["before": before, "after": after])) else {
            Issue.record("OEE gain should compute")
            return
        }
        // (68.4 − 57) / 57 = 11.4 / 57 = 0.2 → 20 %.
        #expect(nearly(gain, 20))
    }

    struct UndefinedCase: Sendable, CustomTestStringConvertible {
        var name: String
        var kpi: String
        var raw: KPIRawInputs
        var reason: KPIComputation.UndefinedReason
        var testDescription: String { name }
    }

    static let oee = KPIRawInputs.OEE(availability: 90, performance: 80, quality: 95)

    @Test(
        "undefined values, with the reason and without dividing",
        arguments: [
            UndefinedCase(
                name: "relativeIncrease, baseline 0", kpi: "kpi.sales-growth", raw: KPIRawInputs(values: ["before": 0, "after": 5], periods: KPIFormulaTests.change),
                reason: .zeroBase("before")),
            UndefinedCase(
                name: "relativeIncrease, 0 → 0", kpi: "kpi.sales-growth", raw: KPIRawInputs(values: ["before": 0, "after": 0], periods: KPIFormulaTests.change),
                reason: .zeroBase("before")),
            UndefinedCase(
                name: "relativeDecrease, baseline 0", kpi: "kpi.defect-rate-reduction",
                raw: KPIRawInputs(values: ["before": 0, "after": 1], periods: KPIFormulaTests.change), reason: .zeroBase("before")),
            UndefinedCase(
                name: "oeeIncrease, baseline OEE 0 (availability 0)", kpi: "kpi.oee-gain",
                raw: KPIRawInputs(periods: KPIFormulaTests.change, oee: ["before": .init(availability: 0, performance: 80, quality: 95), "after": KPIFormulaTests.oee]),
                reason: .zeroBase("before")),
            UndefinedCase(
                name: "ratio, whole 0", kpi: "kpi.water-reuse-rate", raw: KPIRawInputs(values: ["part": 0, "whole": 0], periods: KPIFormulaTests.period),
                reason: .zeroBase("whole")),
            UndefinedCase(
                name: "ratio, part missing", kpi: "kpi.water-reuse-rate", raw: KPIRawInputs(values: ["whole": 10], periods: KPIFormulaTests.period),
                reason: .missingInput("part")),
            UndefinedCase(
                name: "ratio, whole missing", kpi: "kpi.water-reuse-rate", raw: KPIRawInputs(values: ["part": 10], periods: KPIFormulaTests.period),
                reason: .missingInput("whole")),
            UndefinedCase(
                name: "relativeIncrease, after missing", kpi: "kpi.sales-growth", raw: KPIRawInputs(values: ["before": 10], periods: KPIFormulaTests.change),
                reason: .missingInput("after")),
            UndefinedCase(
                name: "relativeDecrease, before missing", kpi: "kpi.operating-cost-reduction",
                raw: KPIRawInputs(values: ["after": 10], periods: KPIFormulaTests.change), reason: .missingInput("before")),
            UndefinedCase(
                name: "count missing", kpi: "kpi.replication-enterprise-count", raw: KPIRawInputs(periods: KPIFormulaTests.period),
                reason: .missingInput("count")),
            UndefinedCase(
                name: "oeeIncrease, after missing", kpi: "kpi.oee-gain", raw: KPIRawInputs(periods: KPIFormulaTests.change, oee: ["before": KPIFormulaTests.oee]),
                reason: .missingInput("after")),
            UndefinedCase(
                name: "oeeIncrease given plain numbers", kpi: "kpi.oee-gain",
                raw: KPIRawInputs(values: ["before": 50, "after": 60], periods: KPIFormulaTests.change), reason: .missingInput("before")),
            UndefinedCase(
                name: "ratio, period missing", kpi: "kpi.key-equipment-nc-rate", raw: KPIRawInputs(values: ["part": 1, "whole": 2]),
                reason: .missingPeriod("period")),
            UndefinedCase(
                name: "count, period missing", kpi: "kpi.decision-model-count", raw: KPIRawInputs(values: ["count": 3]),
                reason: .missingPeriod("period")),
            UndefinedCase(
                name: "relativeIncrease, measurement period missing", kpi: "kpi.sales-growth",
                raw: KPIRawInputs(values: ["before": 1, "after": 2], periods: ["baselinePeriod": "2023"]),
                reason: .missingPeriod("measurementPeriod")),
            UndefinedCase(
                name: "relativeDecrease, baseline period missing", kpi: "kpi.defect-rate-reduction",
                raw: KPIRawInputs(values: ["before": 2, "after": 1], periods: ["measurementPeriod": "2024"]),
                reason: .missingPeriod("baselinePeriod")),
            UndefinedCase(
                name: "relativeIncrease, equal periods", kpi: "kpi.sales-growth",
                raw: KPIRawInputs(values: ["before": 1, "after": 2], periods: ["baselinePeriod": "2024", "measurementPeriod": "2024"]),
                reason: .samePeriods),
            UndefinedCase(
                name: "oeeIncrease, equal periods", kpi: "kpi.oee-gain",
                raw: KPIRawInputs(periods: ["baselinePeriod": "2024H1", "measurementPeriod": "2024H1"], oee: ["before": oee, "after": KPIFormulaTests.oee]),
                reason: .samePeriods),
            UndefinedCase(
                name: "equal periods and a zero baseline: the periods are checked first", kpi: "kpi.sales-growth",
                raw: KPIRawInputs(values: ["before": 0, "after": 2], periods: ["baselinePeriod": "2024", "measurementPeriod": "2024"]),
                reason: .samePeriods),
        ])
    func undefined(_ example: UndefinedCase) throws {
        let kpi = try #require(try Fixtures.pack().kpi(example.kpi))
        let result = kpi.formula.compute(example.raw)
        #expect(result == .undefined(example.reason))
        for language in Language.allCases { #expect(!example.reason.message(language).isEmpty) }
    }

    @Test("the undefined reasons say what is missing and that nothing is divided by zero")
    func reasonMessages() {
        let zero = KPIComputation.UndefinedReason.zeroBase("before").message(.en)
        #expect(zero.hasPrefix("before is 0"), "\(zero)")
        #expect(zero.contains("never divided by zero"), "\(zero)")
        #expect(KPIComputation.UndefinedReason.zeroBase("whole").message(.zh).hasPrefix("whole 为 0"))
        #expect(KPIComputation.UndefinedReason.missingInput("part").message(.en) == "raw input part is missing")
        #expect(KPIComputation.UndefinedReason.missingPeriod("period").message(.en) == "period period is missing")
        #expect(KPIComputation.UndefinedReason.samePeriods.message(.zh).contains("基期与测量期相同"))
    }

    @Test("every kind names its inputs and periods")
    func inputNames() {
        #expect(KPIFormula.Kind.ratio.inputNames == ["part", "whole"])
        #expect(KPIFormula.Kind.ratio.periodNames == ["period"])
        #expect(KPIFormula.Kind.count.inputNames == ["count"])
        #expect(KPIFormula.Kind.oeeIncrease.inputNames == ["before", "after"])
        #expect(KPIFormula.Kind.relativeDecrease.periodNames == ["baselinePeriod", "measurementPeriod"])
        #expect(KPIFormula.Kind.oeeIncrease.text(.en).contains("availability × performance × quality"))
    }
}
