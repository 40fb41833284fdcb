import Testing

@testable import FactoryGrading

/// KPI values computed from raw inputs, and benchmark tables, in the kpiScope rule.
@Suite("KPIs in grading: computed values and table comparisons")
struct KPIGradingTests {
    static let kpi = "kpi.key-equipment-nc-rate"  // ratio; one of the three main indicators of Build.reaching
    static let rawPath = "$.kpis[\"kpi.key-equipment-nc-rate\"].raw"

    /// Build.profile is C3484 in 130200, assessed 2025-09-15: row 2 is the one for it.
    static let table = [
        CSV.header,
        "C348,130000,2025,\(kpi),provincialAverage,62,省统计(测试)",
        "C3484,130000,2026,\(kpi),provincialAverage,95,未来年份(测试)",
    ]

    func indicator(_ result: GradingResult, rule: String = "basic/kpi-scope") throws -> (RuleOutcome, IndicatorComparison) {
        let outcome = try #require(result.outcome(rule))
        guard case .kpiScope(let detail) = outcome.detail else { throw EditError(description: "\(rule) has no KPI detail") }
        return (outcome, try #require(detail.indicators.first { $0.kpi == Self.kpi }))
    }

    /// Build.reaching("basic") with the NC rate given as raw inputs instead of a value; its own benchmarks stay
    /// (40 for the provincial average, which the table overrides).
    func assessment(part: Double, whole: Double) throws -> Assessment {
        let pack = try Fixtures.pack()
        let base = Build.reaching("basic", pack: pack)
        var entry = try #require(base.kpis[Self.kpi])
        entry.value = nil
        entry.raw = KPIRawInputs(values: ["part": part, "whole": whole], periods: ["period": "2024"])
        return base.with(kpi: Self.kpi, entry)
    }

    @Test("a computed value is compared with the table row: 45 / 50 × 100 = 90 % > 62 %")
    func computedAgainstTable() throws {
        let pack = try Fixtures.pack()
        let table = try CSV.table(Self.table)
        let result = Grader(pack: pack, benchmarks: table).grade(try assessment(part: 45, whole: 50))
        let (rule, indicator) = try indicator(result)
        #expect(indicator.value == 90)
        #expect(indicator.origin == .computed)
        #expect(indicator.basis == .table(scope: "provincialAverage", row: table.rows[0], comparison: .greaterThan))
        #expect(indicator.outcome == .met)
        #expect(rule.outcome == .met)
        #expect(result.tierReached == "basic")
        #expect(result.warnings.isEmpty, "\(result.warnings.summary)")
    }

    @Test("the table overrides the assessment's own benchmark: 30 / 50 × 100 = 60 % is not above 62 %")
    func tableOverridesAssessment() throws {
        let pack = try Fixtures.pack()
        let assessment = try assessment(part: 30, whole: 50)
        // Without the table the assessment's benchmark of 40 is met …
        let (plainRule, plain) = try indicator(Grader(pack: pack).grade(assessment))
        #expect(plain.value == 60)
        #expect(plain.origin == .computed)
        #expect(plain.basis == .benchmark(scope: "provincialAverage", value: 40, source: Build.benchmarkSource, comparison: .greaterThan))
        #expect(plainRule.outcome == .met)
        // … with it, row 2 (62) decides: not met, and basic fails.
        let result = Grader(pack: pack, benchmarks: try CSV.table(Self.table)).grade(assessment)
        let (rule, indicator) = try indicator(result)
        #expect(indicator.outcome == .notMet)
        #expect(indicator.basis.benchmark?.value == 62)
        #expect(rule.outcome == .notMet)
        #expect(result.tierReached == nil)
    }

    @Test("an undefined computed value leaves the rule undetermined, with a warning")
    func undefinedValue() throws {
        let pack = try Fixtures.pack()
        let result = Grader(pack: pack, benchmarks: try CSV.table(Self.table)).grade(try assessment(part: 0, whole: 0))
        let (rule, indicator) = try indicator(result)
        #expect(indicator.value == nil)
        #expect(indicator.origin == .undefined(.zeroBase("whole")))
        #expect(indicator.outcome == .undetermined)
        #expect(rule.outcome == .undetermined)
        #expect(result.verdict("basic")?.verdict == .undetermined)
        #expect(result.warnings.hasWarning(.kpiUndefined(.zeroBase("whole")), at: Self.rawPath), "\(result.warnings.summary)")
        let message = result.warnings.first { $0.problem == .kpiUndefined(.zeroBase("whole")) }?.message(.en) ?? ""
        #expect(message.hasPrefix("\(Self.rawPath): the KPI value is undefined: whole is 0"), "\(message)")
        #expect(message.contains("never divided by zero"), "\(message)")
    }

    @Test("equal periods: undefined, and the warning says why")
    func samePeriods() throws {
        let pack = try Fixtures.pack()
        let kpi = "kpi.sales-growth"
        var assessment = Build.reaching("basic", pack: pack)
        assessment = assessment.with(
            kpi: kpi,
            KPIEntry(
                value: nil, raw: KPIRawInputs(values: ["before": 100, "after": 120], periods: ["baselinePeriod": "2024", "measurementPeriod": "2024"]),
                main: false))
        let result = Grader(pack: pack).grade(assessment)
        #expect(result.warnings.hasWarning(.kpiUndefined(.samePeriods), at: "$.kpis[\"kpi.sales-growth\"].raw"), "\(result.warnings.summary)")
        // Not a main indicator: basic is still reached.
        #expect(result.tierReached == "basic")
        let row = try #require(Grader(pack: pack).kpiResults(assessment).first { $0.kpi == kpi })
        #expect(row.origin == .undefined(.samePeriods))
        #expect(row.value == nil)
    }

    @Test("kpiResults: every KPI in pack order, compared with every scope, with origin and raw inputs")
    func kpiResults() throws {
        let pack = try Fixtures.pack()
        let assessment = try assessment(part: 45, whole: 50)
        let results = Grader(pack: pack, benchmarks: try CSV.table(Self.table)).kpiResults(assessment)
        #expect(results.map(\.kpi) == pack.kpis.map(\.id))
        #expect(results.allSatisfy { $0.comparisons.count == pack.kpiScopes.count })
        let nc = try #require(results.first { $0.kpi == Self.kpi })
        #expect(nc.value == 90)
        #expect(nc.origin == .computed)
        #expect(nc.main == true)
        #expect(nc.raw == KPIRawInputs(values: ["part": 45, "whole": 50], periods: ["period": "2024"]))
        // 90 vs the table's 62 (the 2026 row is after 2025), then vs the assessment's own 60 for the higher scopes.
        #expect(nc.comparisons.map(\.outcome) == [.met, .met, .met, .met])
        #expect(nc.comparisons.map { $0.basis.benchmark?.value } == [62, 60, 60, 60])
        let entered = try #require(results.first { $0.kpi == pack.kpis[1].id })
        #expect(entered.origin == .entered)
        #expect(entered.value == 50)
        let absent = try #require(results.last)
        #expect(absent.value == nil)
        #expect(absent.comparisons.allSatisfy { $0.basis == .missing && $0.outcome == .undetermined })
    }

    @Test("the KPI report shows the formula, the inputs, the computed value and the table line")
    func report() throws {
        let pack = try Fixtures.pack()
        let results = Grader(pack: pack, benchmarks: try CSV.table(Self.table)).kpiResults(try assessment(part: 45, whole: 50))
        let text = KPIReport.text(results, pack: pack, language: .en)
        #expect(text.contains("(computed)"), "\(text)")
        #expect(text.contains("part ÷ whole × 100"), "\(text)")
        #expect(text.contains("benchmark table line 2: C348 130000 2025"), "\(text)")
        let json = KPIReport.json(results, pack: pack, language: .en)
        guard case .array(let rows) = json, let nc = rows.first(where: { $0["kpi"] == .string(Self.kpi) }) else {
            Issue.record("no KPI rows in \(json)")
            return
        }
        #expect(nc["origin"] == "computed")
        #expect(nc["value"] == 90)
        #expect(nc["formula"] == "ratio")
    }
}
