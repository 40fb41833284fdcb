import Testing

@testable import FactoryGrading

@Suite("KPI raw inputs: the formulas' names and any other name")
struct KPIRawInputsNamesTests {
    @Test("inputs under the formulas' names read back under those names, in the format's order")
    func formulaNamesReadBack() {
        let raw = KPIRawInputs(
            values: ["whole": 80, "part": 40, "count": 2], periods: ["measurementPeriod": "2025", "period": "2024"],
            oee: ["after": .init(availability: 95, performance: 90, quality: 99)])
        #expect(raw.values.keys == ["part", "whole", "count"])
        #expect(raw.values["whole"] == 80 && raw.values["part"] == 40 && raw.values["count"] == 2)
        #expect(raw.periods.keys == ["measurementPeriod", "period"])
        #expect(raw.oee.keys == ["after"])
        #expect(raw.fieldNames == ["after", "count", "measurementPeriod", "part", "period", "whole"])
        #expect(!raw.hasOtherNames)
    }

    @Test("a name no formula uses is kept, compared and reported, never dropped")
    func otherNamesAreKept() {
        let raw = KPIRawInputs(values: ["part": 1, "portion": 2], periods: ["period": "2025", "year": "2024"])
        #expect(raw.hasOtherNames)
        #expect(raw.values["portion"] == 2 && raw.periods["year"] == "2024")
        #expect(raw != KPIRawInputs(values: ["part": 1], periods: ["period": "2025", "year": "2024"]))
        #expect(raw == KPIRawInputs(values: ["portion": 2, "part": 1], periods: ["year": "2024", "period": "2025"]))
        #expect(
            Assessment.rawProblems(raw, kind: .ratio) == [
                .rawInputsForOtherFormula(given: ["part", "period", "portion", "year"], expected: ["part", "whole", "period"])
            ])
    }

    @Test("a formula's name under the wrong kind of input does not fit the formula")
    func nameUnderWrongKind() {
        // A period written as a number, or a number written as OEE for a formula without OEE.
        let numberPeriod = KPIRawInputs(values: ["part": 1, "whole": 2, "period": 2025])
        #expect(numberPeriod.values["period"] == 2025 && numberPeriod.periods.isEmpty)
        #expect(Assessment.rawProblems(numberPeriod, kind: .ratio).contains { if case .rawInputsForOtherFormula = $0 { true } else { false } })
        let oeeForChange = KPIRawInputs(periods: ["baselinePeriod": "2023", "measurementPeriod": "2025"], oee: ["before": .init(availability: 1, performance: 1, quality: 1)])
        #expect(Assessment.rawProblems(oeeForChange, kind: .relativeIncrease).count == 1)
        #expect(Assessment.rawProblems(oeeForChange, kind: .oeeIncrease).isEmpty)
    }

    @Test("the formulas compute from the inputs under their names")
    func computesFromFields() {
        let raw = KPIRawInputs(values: ["before": 200, "after": 150], periods: ["baselinePeriod": "2023", "measurementPeriod": "2025"])
        #expect(KPIFormula.Kind.relativeDecrease.compute(raw) == .value(25))
        #expect(KPIFormula.Kind.relativeIncrease.compute(raw) == .value(-25))
        var changed = raw
        changed.periods["measurementPeriod"] = "2023"
        #expect(KPIFormula.Kind.relativeDecrease.compute(changed) == .undefined(.samePeriods))
        #expect(KPIFormula.Kind.relativeDecrease.compute(raw) == .value(25))
    }
}
