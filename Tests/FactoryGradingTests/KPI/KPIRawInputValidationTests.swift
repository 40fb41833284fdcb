import Testing

@testable import FactoryGrading

@Suite("KPI raw inputs: decoding and validation")
struct KPIRawInputValidationTests {
    static let change: IdentifierMap<String> = ["baselinePeriod": "2023", "measurementPeriod": "2024"]

    func diagnostics(_ kpi: String, _ raw: KPIRawInputs) throws -> [Diagnostic] {
        let pack = try Fixtures.pack()
        let assessment = Build.reaching("basic", pack: pack).with(kpi: kpi, KPIEntry(value: nil, raw: raw, main: false))
        return assessment.validate(against: pack)
    }

    static func path(_ kpi: String) -> String { "$.kpis[\"\(kpi)\"].raw" }

    @Test("each formula kind's field positions are those of its input and period names", arguments: KPIFormula.Kind.allCases)
    func fieldsMatchNames(kind: KPIFormula.Kind) {
        #expect(kind.fieldPositions.map { RawField.inOrder[$0].name } == kind.inputNames + kind.periodNames)
        #expect(RawField.inOrder.allSatisfy { $0.hash == IdentifierIndex.hash($0.name) })
    }

    @Test("good raw inputs of every kind validate cleanly")
    func good() throws {
        let oee = KPIRawInputs.OEE(availability: 85, performance: 80, quality: 97)
        let cases: [(String, KPIRawInputs)] = [
            ("kpi.sales-growth", KPIRawInputs(values: ["before": 100, "after": 112], periods: Self.change)),
            ("kpi.defect-rate-reduction", KPIRawInputs(values: ["before": 2, "after": 1.5], periods: Self.change)),
            ("kpi.key-equipment-nc-rate", KPIRawInputs(values: ["part": 45, "whole": 60], periods: ["period": "2024"])),
            ("kpi.decision-model-count", KPIRawInputs(values: ["count": 12], periods: ["period": "2024"])),
            ("kpi.oee-gain", KPIRawInputs(periods: Self.change, oee: ["before": oee, "after": oee.with(availability: 90)])),
        ]
        for (kpi, raw) in cases {
            let found = try diagnostics(kpi, raw).at(Self.path(kpi))
            #expect(found.isEmpty, "\(kpi): \(found.summary)")
        }
    }

    @Test("raw inputs of another formula kind are an error naming what was given and what is expected")
    func otherKind() throws {
        let kpi = "kpi.key-equipment-nc-rate"  // ratio
        let found = try diagnostics(kpi, KPIRawInputs(values: ["before": 40, "after": 45], periods: Self.change))
        #expect(
            found.hasError(
                .rawInputsForOtherFormula(
                    given: ["after", "baselinePeriod", "before", "measurementPeriod"], expected: ["part", "whole", "period"]), at: Self.path(kpi)),
            "\(found.summary)")
    }

    @Test("plain numbers for an OEE KPI, and OEE factors for a plain KPI, are the wrong kind")
    func oeeMismatch() throws {
        let numbers = try diagnostics("kpi.oee-gain", KPIRawInputs(values: ["before": 60, "after": 70], periods: Self.change))
        #expect(
            numbers.hasError(
                .rawInputsForOtherFormula(
                    given: ["after", "baselinePeriod", "before", "measurementPeriod"], expected: ["before", "after", "baselinePeriod", "measurementPeriod"]),
                at: Self.path("kpi.oee-gain")), "\(numbers.summary)")
        let oee = KPIRawInputs.OEE(availability: 85, performance: 80, quality: 97)
        let factors = try diagnostics("kpi.sales-growth", KPIRawInputs(periods: Self.change, oee: ["before": oee, "after": oee]))
        #expect(factors.contains { $0.severity == .error && $0.path?.description == Self.path("kpi.sales-growth") }, "\(factors.summary)")
    }

    @Test("a part above its whole is an error, and so is the computed rate above 100 %")
    func partExceedsWhole() throws {
        let kpi = "kpi.key-equipment-nc-rate"
        let found = try diagnostics(kpi, KPIRawInputs(values: ["part": 70, "whole": 60], periods: ["period": "2024"]))
        #expect(found.hasError(.partExceedsWhole(part: 70, whole: 60), at: Self.path(kpi)), "\(found.summary)")
        // 70 / 60 × 100 = 116.67 %, outside the KPI's range [0, 100].
        #expect(found.hasError(.outOfRange(70.0 / 60 * 100, min: 0, max: 100), at: Self.path(kpi)), "\(found.summary)")
    }

    @Test("a fractional count is an error, reported once")
    func fractionalCount() throws {
        let kpi = "kpi.decision-model-count"
        let found = try diagnostics(kpi, KPIRawInputs(values: ["count": 2.5], periods: ["period": "2024"]))
        #expect(found.hasError(.countNotWhole(2.5), at: Self.path(kpi)), "\(found.summary)")
        #expect(found.filter { $0.problem == .countNotWhole(2.5) }.count == 1, "\(found.summary)")
    }

    @Test("a computed value outside the KPI's range is an error at the raw inputs")
    func computedOutOfRange() throws {
        // A count of −3 (built in code: the decoder refuses negative raw numbers) computes −3, below the minimum 0.
        let count = try diagnostics("kpi.decision-model-count", KPIRawInputs(values: ["count": -3], periods: ["period": "2024"]))
        #expect(count.hasError(.outOfRange(-3, min: 0, max: nil), at: Self.path("kpi.decision-model-count")), "\(count.summary)")
        // A relative decrease from 10 to −5 is (10 − (−5)) / 10 × 100 = 150 %, above the maximum 100.
        let decrease = try diagnostics("kpi.defect-rate-reduction", KPIRawInputs(values: ["before": 10, "after": -5], periods: Self.change))
        #expect(decrease.hasError(.outOfRange(150, min: nil, max: 100), at: Self.path("kpi.defect-rate-reduction")), "\(decrease.summary)")
    }

    @Test("a computed value outside the plausible range is a warning")
    func computedImplausible() throws {
        // (50 − 10) / 10 × 100 = 400 %, above the plausible 300 %.
        let found = try diagnostics("kpi.sales-growth", KPIRawInputs(values: ["before": 10, "after": 50], periods: Self.change))
        #expect(found.hasWarning(.implausibleKPI(400, min: -100, max: 300), at: Self.path("kpi.sales-growth")), "\(found.summary)")
        #expect(!found.containsError, "\(found.summary)")
    }

    @Test("a main indicator given as raw inputs is not warned about as having no value")
    func mainIndicatorWithRawInputs() throws {
        let pack = try Fixtures.pack()
        let kpi = "kpi.key-equipment-nc-rate"
        let raw = KPIRawInputs(values: ["part": 45, "whole": 60], periods: ["period": "2024"])
        let found = Build.reaching("basic", pack: pack).with(kpi: kpi, KPIEntry(value: nil, raw: raw, main: true)).validate(against: pack)
        #expect(!found.contains { $0.problem == .mainIndicatorWithoutValue(kpi) }, "\(found.summary)")
        // Without value or raw inputs the warning stays.
        let empty = Build.reaching("basic", pack: pack).with(kpi: kpi, KPIEntry(value: nil, main: true)).validate(against: pack)
        #expect(empty.hasWarning(.mainIndicatorWithoutValue(kpi), at: "$.kpis[\"\(kpi)\"]"), "\(empty.summary)")
    }

    @Test("undefined raw inputs are not a validation error (grading warns instead)")
    func undefinedIsNotAnError() throws {
        let found = try diagnostics("kpi.sales-growth", KPIRawInputs(values: ["before": 0, "after": 50], periods: Self.change))
        #expect(found.at(Self.path("kpi.sales-growth")).isEmpty, "\(found.summary)")
    }

    static func document(kpis: String) -> String {
        """
        {"format": "factorygrading.assessment", "formatVersion": 1, "pack": {"id": "hebei-2025", "version": "1.0.0"},
         "kpis": {\(kpis)}}
        """
    }

    @Test("value and raw inputs together are a decoder error")
    func valueAndRaw() {
        let text = Self.document(kpis: #""kpi.oee-gain": {"value": 15, "raw": {"before": 50, "after": 60, "baselinePeriod": "2023", "measurementPeriod": "2024"}}"#)
        let (assessment, diagnostics) = Assessment.decode(jsonBytes: Array(text.utf8))
        #expect(assessment == nil)
        #expect(diagnostics.hasError(.valueAndRawInputs, at: "$.kpis[\"kpi.oee-gain\"]"), "\(diagnostics.summary)")
    }

    @Test("raw inputs decode: numbers, periods, and OEE as its three factors")
    func decode() throws {
        let text = Self.document(
            kpis: #"""
                "kpi.key-equipment-nc-rate": {"raw": {"part": 45, "whole": 60, "period": "2024"}, "main": true},
                "kpi.oee-gain": {"raw": {
                    "before": {"availability": 80, "performance": 75, "quality": 95},
                    "after": {"availability": 90, "performance": 80, "quality": 95},
                    "baselinePeriod": "2023", "measurementPeriod": "2024"}}
                """#)
        let (decoded, diagnostics) = Assessment.decode(jsonBytes: Array(text.utf8))
        let assessment = try #require(decoded, "\(diagnostics.summary)")
        #expect(assessment.kpis["kpi.key-equipment-nc-rate"]?.raw == KPIRawInputs(values: ["part": 45, "whole": 60], periods: ["period": "2024"]))
        #expect(assessment.kpis["kpi.key-equipment-nc-rate"]?.value == nil)
        #expect(
            assessment.kpis["kpi.oee-gain"]?.raw
                == KPIRawInputs(
                    periods: Self.change,
                    oee: [
                        "before": .init(availability: 80, performance: 75, quality: 95), "after": .init(availability: 90, performance: 80, quality: 95),
                    ]))
    }

    @Test("an OEE factor above 100 %, a missing factor and a negative raw number are decoder errors with their paths")
    func decodeErrors() {
        let text = Self.document(
            kpis: #"""
                "kpi.oee-gain": {"raw": {
                    "before": {"availability": 120, "performance": 75, "quality": 95},
                    "after": {"availability": 90, "performance": 80},
                    "baselinePeriod": "2023", "measurementPeriod": "2024"}},
                "kpi.sales-growth": {"raw": {"before": -1, "after": 3, "baselinePeriod": "2023", "measurementPeriod": "2024"}}
                """#)
        let (assessment, diagnostics) = Assessment.decode(jsonBytes: Array(text.utf8))
        #expect(assessment == nil)
        #expect(diagnostics.hasError(.outOfRange(120, min: 0, max: 100), at: "$.kpis[\"kpi.oee-gain\"].raw.before.availability"), "\(diagnostics.summary)")
        #expect(diagnostics.hasError(.missingField("quality"), at: "$.kpis[\"kpi.oee-gain\"].raw.after"), "\(diagnostics.summary)")
        #expect(diagnostics.hasError(.outOfRange(-1, min: 0, max: nil), at: "$.kpis[\"kpi.sales-growth\"].raw.before"), "\(diagnostics.summary)")
    }
}

extension KPIRawInputs.OEE {
    func with(availability: Double) -> Self { Self(availability: availability, performance: performance, quality: quality) }
}
