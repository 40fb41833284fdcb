import Testing

@testable import FactoryGrading

/// Benchmark tables built from CSV written in the tests.
enum CSV {
    static let header = "industry,region,year,kpi,scope,value,source"

    /// A table from `lines` (joined with newlines), checked against `pack` (the bundled pack by default).
    static func table(_ lines: [String], pack: CriteriaPack? = nil) throws -> BenchmarkTable {
        try BenchmarkTable(csvBytes: Array(lines.joined(separator: "\n").utf8), pack: pack ?? Fixtures.pack())
    }

    /// The diagnostics of reading `lines`, or `nil` when the table loads.
    static func problems(_ lines: [String]) throws -> [Diagnostic]? {
        do {
            _ = try BenchmarkTable(csvBytes: Array(lines.joined(separator: "\n").utf8), pack: try Fixtures.pack())
            return nil
        } catch {
            return error.diagnostics
        }
    }
}

@Suite("Benchmark tables: reading CSV")
struct BenchmarkTableCSVTests {
    @Test("comments, blank lines, quoted fields with commas and doubled quotes, CRLF, the C prefix")
    func parsing() throws {
        let text = [
            "# 示例基准表 — comment lines start with #",
            "",
            CSV.header,
            "C3484,130000,2025,kpi.key-equipment-nc-rate,provincialAverage,62,\"河北省工信厅, 2025 年统计\"",
            "   ",
            "# another comment, with \"quotes\", and commas",
            "348,000000,2024,kpi.key-equipment-nc-rate,nationalLeading,88.5,\"协会 \"\"对标\"\" 报告\"",
            "\"C34\",\"130000\",2025,kpi.production-efficiency-gain,provincialLeading, 14.5 ,plain source\r",
            "C3484,130000,2025,kpi.decision-model-count,provincialAverage,12,\"多行\n来源\"",
            "C3484,130000,2025,kpi.oee-gain,provincialAverage,9,last line without newline",
        ].joined(separator: "\n")
        let table = try BenchmarkTable(csvBytes: Array(text.utf8), pack: try Fixtures.pack())
        #expect(table.rows.count == 5)
        #expect(
            table.rows[0]
                == BenchmarkTable.Row(
                    line: 4, industry: "3484", region: "130000", year: 2025, kpi: "kpi.key-equipment-nc-rate", scope: "provincialAverage", value: 62,
                    source: "河北省工信厅, 2025 年统计"))
        #expect(table.rows[1].line == 7)
        #expect(table.rows[1].industry == "348")
        #expect(table.rows[1].value == 88.5)
        #expect(table.rows[1].source == "协会 \"对标\" 报告")
        #expect(table.rows[2].line == 8)
        #expect(table.rows[2].industry == "34")
        #expect(table.rows[2].value == 14.5)
        #expect(table.rows[2].source == "plain source")
        // A quoted field may hold a newline; the next row's line number counts it.
        #expect(table.rows[3].line == 9)
        #expect(table.rows[3].source == "多行\n来源")
        #expect(table.rows[4].line == 11)
        #expect(table.rows[4].kpi == "kpi.oee-gain")
    }

    @Test("a header only is an empty table; an empty file has no header")
    func emptyTables() throws {
        #expect(try CSV.table([CSV.header]).rows.isEmpty)
        let empty = try #require(try CSV.problems([]))
        #expect(empty.contains { $0.problem == .csvRow(line: 1, column: nil, problem: .header(expected: BenchmarkTable.columns)) })
    }

    struct BadRow: Sendable, CustomTestStringConvertible {
        var name: String
        var row: String
        var column: String?
        var problem: CSVProblem
        var testDescription: String { name }
    }

    static let source = "测试数据"

    @Test(
        "each bad row is reported with its line and column, and the table is refused",
        arguments: [
            BadRow(
                name: "bad industry code", row: "C36A0,130000,2025,kpi.key-equipment-nc-rate,provincialAverage,60,\(source)", column: "industry",
                problem: .value("C36A0")),
            BadRow(
                name: "industry code of one digit", row: "3,130000,2025,kpi.key-equipment-nc-rate,provincialAverage,60,\(source)", column: "industry",
                problem: .value("3")),
            BadRow(
                name: "non-manufacturing division (06 mining)", row: "C0610,130000,2025,kpi.key-equipment-nc-rate,provincialAverage,60,\(source)",
                column: "industry", problem: .value("C0610")),
            BadRow(
                name: "a city, not a province, for a provincial scope", row: "C3484,130200,2025,kpi.key-equipment-nc-rate,provincialAverage,60,\(source)",
                column: "region", problem: .value("130200")),
            BadRow(
                name: "000000 for a provincial scope", row: "C3484,000000,2025,kpi.key-equipment-nc-rate,provincialLeading,60,\(source)",
                column: "region", problem: .regionForScope("000000", "provincialLeading")),
            BadRow(
                name: "a province for a national scope", row: "C3484,130000,2025,kpi.key-equipment-nc-rate,nationalLeading,60,\(source)",
                column: "region", problem: .regionForScope("130000", "nationalLeading")),
            BadRow(
                name: "a province for the global scope", row: "C3484,130000,2025,kpi.key-equipment-nc-rate,globalLeading,60,\(source)",
                column: "region", problem: .regionForScope("130000", "globalLeading")),
            BadRow(
                name: "a year that is not one", row: "C3484,130000,25,kpi.key-equipment-nc-rate,provincialAverage,60,\(source)", column: "year",
                problem: .value("25")),
            BadRow(
                name: "unknown KPI", row: "C3484,130000,2025,kpi.happiness,provincialAverage,60,\(source)", column: "kpi",
                problem: .unknownKPI("kpi.happiness")),
            BadRow(
                name: "unknown scope", row: "C3484,130000,2025,kpi.key-equipment-nc-rate,cityAverage,60,\(source)", column: "scope",
                problem: .value("cityAverage")),
            BadRow(
                name: "non-numeric value", row: "C3484,130000,2025,kpi.key-equipment-nc-rate,provincialAverage,62%,\(source)", column: "value",
                problem: .value("62%")),
            BadRow(
                name: "empty value", row: "C3484,130000,2025,kpi.key-equipment-nc-rate,provincialAverage,,\(source)", column: "value",
                problem: .value("")),
            BadRow(
                name: "value outside the KPI's range", row: "C3484,130000,2025,kpi.key-equipment-nc-rate,provincialAverage,120,\(source)",
                column: "value", problem: .outOfRange(120, min: 0, max: 100)),
            BadRow(
                name: "empty source", row: "C3484,130000,2025,kpi.key-equipment-nc-rate,provincialAverage,60,  ", column: "source",
                problem: .empty),
            BadRow(
                name: "too few fields", row: "C3484,130000,2025,kpi.key-equipment-nc-rate,provincialAverage,60", column: nil,
                problem: .fieldCount(found: 6, expected: 7)),
            BadRow(
                name: "too many fields (an unquoted comma in the source)",
                row: "C3484,130000,2025,kpi.key-equipment-nc-rate,provincialAverage,60,河北省工信厅, 2025", column: nil,
                problem: .fieldCount(found: 8, expected: 7)),
        ])
    func badRow(_ bad: BadRow) throws {
        let good = "C3484,130000,2025,kpi.production-efficiency-gain,provincialAverage,9,\(Self.source)"
        let problems = try #require(try CSV.problems(["# comment", CSV.header, good, bad.row, "C3484,130000,2024,kpi.production-efficiency-gain,provincialAverage,8,\(Self.source)"]))
        let expected = Problem.csvRow(line: 4, column: bad.column, problem: bad.problem)
        #expect(problems.contains { $0.severity == .error && $0.problem == expected }, "\(problems.summary)")
        #expect(problems.allSatisfy { if case .csvRow(4, _, _) = $0.problem { true } else { false } }, "\(problems.summary)")
        #expect(problems.map { $0.message(.en) }.contains { $0.hasPrefix("line 4") })
    }

    @Test("a duplicate row (same industry with or without C, region, year, KPI and scope) names the first line")
    func duplicate() throws {
        let problems = try #require(
            try CSV.problems([
                CSV.header,
                "C3484,130000,2025,kpi.key-equipment-nc-rate,provincialAverage,60,a",
                "C3484,130000,2024,kpi.key-equipment-nc-rate,provincialAverage,58,b",
                "3484,130000,2025,kpi.key-equipment-nc-rate,provincialAverage,61,c",
            ]))
        #expect(problems == [.error(.csvRow(line: 4, column: nil, problem: .duplicate(firstLine: 2)))])
        #expect(problems[0].message(.en) == "line 4: repeats line 2")
    }

    @Test("a wrong header is reported on its line and refuses the table")
    func wrongHeader() throws {
        let problems = try #require(
            try CSV.problems(["# comment", "industry,region,year,kpi,scope,benchmark,source", "C3484,130000,2025,kpi.key-equipment-nc-rate,provincialAverage,60,a"]))
        #expect(problems == [.error(.csvRow(line: 2, column: nil, problem: .header(expected: BenchmarkTable.columns)))])
        #expect(problems[0].message(.en) == "line 2: the header must be industry,region,year,kpi,scope,value,source")
    }

    @Test("every bad row is reported, not just the first")
    func allReported() throws {
        let problems = try #require(
            try CSV.problems([
                CSV.header,
                "C3484,130000,2025,kpi.key-equipment-nc-rate,provincialAverage,60,ok",
                "C0610,130200,2025,kpi.key-equipment-nc-rate,provincialAverage,abc,",
                "C3484,130000,2025,kpi.key-equipment-nc-rate,nationalLeading,60,ok",
            ]))
        let places = problems.compactMap { diagnostic -> String? in
            guard case .csvRow(let line, let column, _) = diagnostic.problem else { return nil }
            return "\(line):\(column ?? "-")"
        }
        #expect(places == ["3:industry", "3:region", "3:value", "3:source", "4:region"])
        #expect(problems.allSatisfy { $0.severity == .error })
    }

    @Test("a Chinese message names the line and column too")
    func chineseMessage() {
        let diagnostic = Diagnostic.error(.csvRow(line: 7, column: "region", problem: .regionForScope("130000", "nationalLeading")))
        #expect(diagnostic.message(.zh).hasPrefix("第 7 行 region 列"))
        #expect(diagnostic.message(.en) == "line 7, column region: scope nationalLeading needs region 000000, found 130000")
    }

    @Test("a quote that is never closed is reported as such")
    func unterminatedQuote() throws {
        let problems = try #require(
            try CSV.problems([CSV.header, "C3484,130000,2025,kpi.key-equipment-nc-rate,provincialAverage,60,\"河北省工信厅 2025"]))
        #expect(
            problems.contains {
                if case .csvRow(2, _, .unterminatedQuote) = $0.problem { true } else { false }
            }, "\(problems.summary)")
    }

    @Test("bytes that are not UTF-8 are refused")
    func notUTF8() throws {
        do {
            _ = try BenchmarkTable(csvBytes: Array(CSV.header.utf8) + [0x0A, 0xFF, 0xFE], pack: try Fixtures.pack())
            Issue.record("should be refused")
        } catch {
            #expect(error.diagnostics == [.error(.csvRow(line: 1, column: nil, problem: .notUTF8))])
        }
    }
}

@Suite("Benchmark tables: the query of a profile")
struct BenchmarkQueryTests {
    @Test("industry prefixes, province and year are cut by characters, whether or not every character is one byte", arguments: [
        ("C3484", "130100", "2026-10-01", ["", "3", "34", "348", "3484"], "130000", 2026),
        ("3484", "13", "2025", ["", "3", "34", "348", "3484"], "130000", 2025),
        ("C", "1", "20", [""], nil, 20),
        ("Ｃ34", "１3０1", "２０26-01-01", ["", "Ｃ", "Ｃ3", "Ｃ34"], "１30000", nil),
        ("C3\r\n4", "1\r\n30", "2\r\n026", ["", "3", "3\r\n", "3\r\n4"], "1\r\n0000", nil),
    ] as [(String, String, String, [String], String?, Int?)])
    func query(industry: String, region: String, date: String, prefixes: [String], province: String?, year: Int?) throws {
        let query = try #require(BenchmarkTable.Query(industry: industry, region: region, year: Grader.year(of: date)))
        #expect(query.prefixes == prefixes)
        #expect(query.province == province)
        #expect(query.year == year)
        #expect(Grader.year(of: date) == Int(date.prefix(4)))
    }
}
