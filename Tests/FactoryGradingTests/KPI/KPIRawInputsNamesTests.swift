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
        #expect(raw.others == nil)
    }

    @Test("a name no formula uses is kept, compared and reported, never dropped")
    func otherNamesAreKept() {
        let raw = KPIRawInputs(values: ["part": 1, "portion": 2], periods: ["period": "2025", "year": "2024"])
        #expect(raw.others?.values.keys == ["portion"] && raw.others?.periods.keys == ["year"])
        #expect(raw.values["portion"] == 2 && raw.periods["year"] == "2024")
        #expect(raw != KPIRawInputs(values: ["part": 1], periods: ["period": "2025", "year": "2024"]))
        #expect(raw == KPIRawInputs(values: ["portion": 2, "part": 1], periods: ["year": "2024", "period": "2025"]))
        #expect(
            Assessment.rawProblems(raw, kind: .ratio) == [
                .rawInputsForOtherFormula(given: ["part", "period", "portion", "year"], expected: ["part", "whole", "period"])
            ])
    }

    @Test("a formula's name given as the wrong kind of input is checked by name, as the maps read, and computes to nothing")
    func nameUnderWrongKind() {
        // A period written as a number: its name is the ratio formula's, so it fits by name, but it is no period.
        let numberPeriod = KPIRawInputs(values: ["part": 1, "whole": 2, "period": 2025])
        #expect(numberPeriod.values["period"] == 2025 && numberPeriod.periods.isEmpty)
        #expect(Assessment.rawProblems(numberPeriod, kind: .ratio).isEmpty)
        #expect(KPIFormula.Kind.ratio.compute(numberPeriod) == .undefined(.missingPeriod("period")))
        // A number written as a period, and a period name for a formula that has no such period.
        let periodBefore = KPIRawInputs(periods: ["before": "100", "baselinePeriod": "2023", "measurementPeriod": "2025"])
        #expect(Assessment.rawProblems(periodBefore, kind: .relativeIncrease).isEmpty)
        #expect(KPIFormula.Kind.relativeIncrease.compute(periodBefore) == .undefined(.missingInput("before")))
        #expect(Assessment.rawProblems(KPIRawInputs(values: ["count": 2, "baselinePeriod": 2023]), kind: .count).count == 1)
        // OEE for a formula without OEE, plain numbers for the OEE formula.
        let oee = KPIRawInputs.OEE(availability: 1, performance: 1, quality: 1)
        let oeeForChange = KPIRawInputs(periods: ["baselinePeriod": "2023", "measurementPeriod": "2025"], oee: ["before": oee])
        #expect(Assessment.rawProblems(oeeForChange, kind: .relativeIncrease).count == 1)
        #expect(Assessment.rawProblems(oeeForChange, kind: .oeeIncrease).isEmpty)
        #expect(Assessment.rawProblems(KPIRawInputs(values: ["before": 1], oee: ["after": oee]), kind: .oeeIncrease).count == 1)
        #expect(Assessment.rawProblems(KPIRawInputs(oee: ["part": oee]), kind: .ratio).count == 1)
    }

    @Test("a NaN input is unequal to itself, whether or not the storage is shared")
    func nanIsUnequal() {
        let raw = KPIRawInputs(values: ["before": .nan])
        let copy = raw
        #expect(raw != copy)
        #expect(raw != KPIRawInputs(values: ["before": .nan]))
    }

    @Test("the document writes the inputs under the formulas' names in the format's order, and no other name")
    func encodedInFormatOrder() throws {
        let raw = KPIRawInputs(
            values: ["after": 120, "before": 100, "portion": 3], periods: ["measurementPeriod": "2025", "baselinePeriod": "2023"])
        #expect(JSONWriter(style: .compact).string(raw.json) == #"{"before":100,"after":120,"baselinePeriod":"2023","measurementPeriod":"2025"}"#)
    }

    @Test("a field is read as the kind it is, and setting it as another kind stops with a message instead of writing elsewhere")
    func fieldKinds() async {
        var fields = KPIRawInputs.Fields()
        fields[number: .part] = 4
        fields[period: .period] = "2025"
        fields[oee: .after] = .init(availability: 90, performance: 90, quality: 90)
        #expect(fields[number: .part] == 4 && fields[period: .part] == nil && fields[oee: .part] == nil)
        #expect(fields[period: .period] == "2025" && fields[number: .period] == nil)
        #expect(fields[oee: .after]?.availability == 90 && fields[number: .after] == nil)
        #expect(fields[number: 9] == nil && fields[period: -1] == nil && fields[oee: 4] == nil)
        await #expect(processExitsWith: .failure) {
            var fields = KPIRawInputs.Fields()
            fields[number: .period] = 1
        }
        await #expect(processExitsWith: .failure) {
            var fields = KPIRawInputs.Fields()
            fields[oee: .count] = nil
        }
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
