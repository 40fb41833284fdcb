import Testing

@testable import FactoryGrading

@Suite("KPI raw inputs: copies share storage until one changes")
struct KPIRawInputsCopyTests {
    @Test("changing a copy's values, periods or OEE leaves the original as it was")
    func copiesAreIndependent() {
        let original = KPIRawInputs(
            values: ["part": 40, "whole": 80], periods: ["period": "2025"],
            oee: ["before": .init(availability: 90, performance: 90, quality: 90)])
        var values = original
        values.values["part"] = 50
        var periods = original
        periods.periods["period"] = "2024"
        var oee = original
        oee.oee["after"] = .init(availability: 95, performance: 95, quality: 95)
        #expect(original.values["part"] == 40)
        #expect(original.periods["period"] == "2025")
        #expect(original.oee.count == 1)
        #expect(values.values["part"] == 50 && values.periods == original.periods)
        #expect(periods.periods["period"] == "2024" && periods.values == original.values)
        #expect(oee.oee.count == 2 && oee.values == original.values)
        #expect(values != original && periods != original && oee != original)
    }

    @Test("equality compares contents, whether or not the storage is shared")
    func equalityByContents() {
        let a = KPIRawInputs(values: ["count": 3], periods: ["period": "2025"])
        var b = KPIRawInputs(values: ["count": 3])
        #expect(a != b)
        b.periods["period"] = "2025"
        #expect(a == b)
        let c = a
        #expect(c == a)
        #expect(KPIRawInputs() == KPIRawInputs(values: [:], periods: [:], oee: [:]))
    }

    @Test("a value changed in place through a uniquely held copy is seen by that copy only")
    func inPlaceChangeOfUniqueCopy() {
        var raw = KPIRawInputs(values: ["before": 100])
        for step in 1...3 { raw.values["after"] = Double(100 + step) }
        #expect(raw.values["after"] == 103)
        #expect(raw.values.count == 2)
    }
}
