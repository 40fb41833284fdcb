import Testing

@testable import FactoryGrading

@Suite("Benchmark tables: lookup, direction and precedence")
struct BenchmarkLookupTests {
    static let kpi = "kpi.production-efficiency-gain"

    /// Line numbers are those of the file: the header is line 1.
    static let lines = [
        CSV.header,
        "C3670,130000,2025,\(kpi),provincialAverage,9.5,class 2025",  // 2
        "C3670,130000,2023,\(kpi),provincialAverage,7.0,class 2023",  // 3
        "C3670,130000,2026,\(kpi),provincialAverage,11.0,class 2026",  // 4
        "C367,130000,2025,\(kpi),provincialAverage,9.0,group 2025",  // 5
        "C36,130000,2024,\(kpi),provincialAverage,8.0,division 2024",  // 6
        "C3670,000000,2025,\(kpi),nationalLeading,25,national class 2025",  // 7
        "C3699,130000,2027,\(kpi),provincialAverage,12,class 3699 only in 2027",  // 8
        "C3670,130000,2025,\(kpi),provincialLeading,16,class 2025 leading",  // 9
    ]

    func scope(_ id: String) throws -> KPIScope { try #require(try Fixtures.pack().scope(id)) }

    func line(_ table: BenchmarkTable, scope: String = "provincialAverage", industry: String?, region: String? = "130300", year: Int?) throws
        -> Int?
    {
        table.lookup(kpi: Self.kpi, scope: try self.scope(scope), industry: industry, region: region, year: year)?.line
    }

    @Test(
        "class → group → division, latest year not after the assessment year",
        arguments: [
            ("C3670", 2025, 2),  // the class's 2025 row; 2026 is after the assessment year
            ("C3670", 2024, 3),  // 2023 is the latest not after 2024
            ("C3670", 2026, 4),
            ("C3670", nil, 4),  // no assessment date: the latest year
            ("3670", 2025, 2),  // without the C prefix
            ("C3671", 2025, 5),  // no row for the class: its group 367
            ("C367", 2025, 5),  // a group code looks up groups first
            ("C3610", 2025, 6),  // neither class nor group: division 36
            ("C36", 2025, 6),
            ("C3699", 2025, 6),  // the class's only row is 2027, after 2025: fall back to the division
            ("C3699", 2027, 8),
            ("C3670", 2022, nil),  // nothing that early at any level
            ("C1310", 2025, nil),  // another division
        ] as [(String, Int?, Int?)])
    func fallback(industry: String, year: Int?, expected: Int?) throws {
        let table = try CSV.table(Self.lines)
        #expect(try line(table, industry: industry, year: year) == expected)
    }

    @Test("provincial scopes look up the assessment's province; national scopes use 000000")
    func regions() throws {
        let table = try CSV.table(Self.lines)
        #expect(try line(table, industry: "C3670", region: "130300", year: 2025) == 2)  // 130300 → 130000
        #expect(try line(table, industry: "C3670", region: "130000", year: 2025) == 2)
        #expect(try line(table, industry: "C3670", region: "140100", year: 2025) == nil)  // another province
        #expect(try line(table, industry: "C3670", region: nil, year: 2025) == nil)
        #expect(try line(table, scope: "nationalLeading", industry: "C3670", region: "140100", year: 2025) == 7)
        #expect(try line(table, scope: "nationalLeading", industry: "C3670", region: nil, year: 2025) == 7)
        #expect(try line(table, scope: "globalLeading", industry: "C3670", year: 2025) == nil)
        #expect(try line(table, industry: nil, year: 2025) == nil)
    }

    static func assessment(value: Double?, comparisons: IdentifierMap<KPIComparison> = [:], industry: String = "C3670") throws -> Assessment {
        var assessment = Build.reaching("basic", pack: try Fixtures.pack())
        assessment.profile.industryCode = industry
        assessment.profile.regionCode = "130300"
        assessment.profile.assessmentDate = "2025-09-15"
        return assessment.with(kpi: kpi, KPIEntry(value: value, main: true, comparisons: comparisons))
    }

    @Test("the comparison says which row was used")
    func basisNamesRow() throws {
        let pack = try Fixtures.pack()
        let table = try CSV.table(Self.lines)
        let grader = Grader(pack: pack, benchmarks: table)
        let kpi = try #require(pack.kpi(Self.kpi))
        let row = try #require(table.rows.first { $0.line == 2 })
        // 10 > 9.5 (provincial average: greaterThan).
        let met = grader.compare(kpi, in: try Self.assessment(value: 10), with: try scope("provincialAverage"))
        #expect(met.outcome == .met)
        #expect(met.basis == .table(scope: "provincialAverage", row: row, comparison: .greaterThan))
        #expect(met.basis.benchmark?.value == 9.5)
        // A group-level row, for a class without its own.
        let group = grader.compare(kpi, in: try Self.assessment(value: 9.2, industry: "C3671"), with: try scope("provincialAverage"))
        guard case .table(_, let used, _) = group.basis else {
            Issue.record("expected a table basis, got \(group.basis)")
            return
        }
        #expect(used.line == 5)
        #expect(used.industry == "367")
        #expect(group.outcome == .met)  // 9.2 > 9.0
        // In words: the report names the line, industry, region and year.
        let text = RuleOutcome.indicatorText(met, .en, pack)
        #expect(text.contains("benchmark table line 2: C3670 130000 2025"), "\(text)")
        #expect(RuleOutcome.indicatorText(met, .zh, pack).contains("对标表第 2 行 C3670 130000 2025"))
    }

    @Test(
        "direction: a lowerIsBetter copy of the KPI meets below the table value",
        arguments: [
            // (value, scope, higherIsBetter outcome, lowerIsBetter outcome)
            (10.0, "provincialAverage", Outcome.met, Outcome.notMet),  // vs 9.5, greaterThan
            (7.0, "provincialAverage", .notMet, .met),
            (9.5, "provincialAverage", .notMet, .notMet),  // greaterThan is strict either way
            (16.0, "provincialLeading", .met, .met),  // vs 16, atLeast
            (15.0, "provincialLeading", .notMet, .met),
            (17.0, "provincialLeading", .met, .notMet),
        ] as [(Double, String, Outcome, Outcome)])
    func direction(value: Double, scope: String, higher: Outcome, lower: Outcome) throws {
        let pack = try Fixtures.pack()
        let flipped = try editedPack { try $0.set([.key("kpis"), .id(Self.kpi), .key("direction")], to: "lowerIsBetter") }
        #expect(flipped.kpi(Self.kpi)?.direction == .lowerIsBetter)
        let assessment = try Self.assessment(value: value)
        for (criteria, expected) in [(pack, higher), (flipped, lower)] {
            let table = try CSV.table(Self.lines, pack: criteria)
            let grader = Grader(pack: criteria, benchmarks: table)
            let kpi = try #require(criteria.kpi(Self.kpi))
            let comparison = grader.compare(kpi, in: assessment, with: try #require(criteria.scope(scope)))
            #expect(comparison.outcome == expected, "\(kpi.direction) \(value) \(scope)")
            guard case .table = comparison.basis else {
                Issue.record("expected a table basis")
                continue
            }
        }
    }

    @Test("precedence: a table row over the assessment's benchmark over a declaration")
    func precedence() throws {
        let pack = try Fixtures.pack()
        let table = try CSV.table(Self.lines)
        let assessment = try Self.assessment(
            value: 12,
            comparisons: [
                // The table has rows for these two scopes: they are used instead.
                "provincialAverage": .benchmark(value: 100, source: "企业自填"),
                "provincialLeading": .declared(meets: true, evidence: "协会报告"),
                // No table rows here: the assessment's own evidence is used.
                "nationalLeading": .benchmark(value: 10, source: "企业自填"),
                "globalLeading": .declared(meets: false, evidence: "自评"),
            ])
        let withTable = try #require(Grader(pack: pack, benchmarks: table).kpiResults(assessment).first { $0.kpi == Self.kpi })
        #expect(withTable.comparisons.count == pack.kpiScopes.count)
        let rows = Dictionary(uniqueKeysWithValues: table.rows.map { ($0.line, $0) })
        // provincialAverage: table line 2 (9.5), not the assessment's 100: 12 > 9.5 met.
        #expect(withTable.comparisons[0].basis == .table(scope: "provincialAverage", row: try #require(rows[2]), comparison: .greaterThan))
        #expect(withTable.comparisons[0].outcome == .met)
        // provincialLeading: table line 9 (16), not the declaration: 12 < 16 not met.
        #expect(withTable.comparisons[1].basis == .table(scope: "provincialLeading", row: try #require(rows[9]), comparison: .atLeast))
        #expect(withTable.comparisons[1].outcome == .notMet)
        // nationalLeading: the table has line 7 for C3670 (25): the row wins over the assessment's 10.
        #expect(withTable.comparisons[2].basis == .table(scope: "nationalLeading", row: try #require(rows[7]), comparison: .atLeast))
        #expect(withTable.comparisons[2].outcome == .notMet)
        // globalLeading: no row; the declaration.
        #expect(withTable.comparisons[3].basis == .declared(scope: "globalLeading", meets: false, evidence: "自评"))

        // Without a table, the assessment's benchmark and declaration are used.
        let without = try #require(Grader(pack: pack).kpiResults(assessment).first { $0.kpi == Self.kpi })
        #expect(without.comparisons[0].basis == .benchmark(scope: "provincialAverage", value: 100, source: "企业自填", comparison: .greaterThan))
        #expect(without.comparisons[0].outcome == .notMet)
        #expect(without.comparisons[1].basis == .declared(scope: "provincialLeading", meets: true, evidence: "协会报告"))
        #expect(without.comparisons[2].basis == .benchmark(scope: "nationalLeading", value: 10, source: "企业自填", comparison: .atLeast))
        #expect(without.comparisons[2].outcome == .met)
    }

    @Test("a table without a row for the assessment falls back to the assessment's benchmark, then its declaration")
    func fallbackToAssessment() throws {
        let pack = try Fixtures.pack()
        let table = try CSV.table(Self.lines)
        // Division 13 has no rows at all.
        let assessment = try Self.assessment(
            value: 12,
            comparisons: ["provincialAverage": .benchmark(value: 11, source: "企业自填"), "provincialLeading": .declared(meets: true, evidence: "协会报告")],
            industry: "C1310")
        let result = try #require(Grader(pack: pack, benchmarks: table).kpiResults(assessment).first { $0.kpi == Self.kpi })
        #expect(result.comparisons[0].basis == .benchmark(scope: "provincialAverage", value: 11, source: "企业自填", comparison: .greaterThan))
        #expect(result.comparisons[0].outcome == .met)
        #expect(result.comparisons[1].basis == .declared(scope: "provincialLeading", meets: true, evidence: "协会报告"))
    }
}
