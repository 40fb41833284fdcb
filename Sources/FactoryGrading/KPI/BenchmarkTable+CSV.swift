extension BenchmarkTable {
    /// Reads a benchmark table from CSV bytes and checks every row against `pack`.
    ///
    /// - Throws: ``DiagnosticError`` naming each bad row's line and column; a table with any bad row is refused.
    public init(csvBytes: some Collection<UInt8>, pack: CriteriaPack) throws(DiagnosticError) {
        guard let text = String(validating: Array(csvBytes), as: UTF8.self) else {
            throw DiagnosticError([.error(.csvRow(line: 1, column: nil, problem: .notUTF8))])
        }
        var diagnostics: [Diagnostic] = []
        var rows: [Row] = []
        var header: [String]?
        var seen: [String: Int] = [:]
        let scopes = pack.kpiScopes.map(\.id)
        for (line, fields, unterminated) in CSVReader.records(text) {
            func fail(_ column: String?, _ problem: CSVProblem) {
                diagnostics.append(.error(.csvRow(line: line, column: column, problem: problem)))
            }
            if unterminated {
                fail(nil, .unterminatedQuote)
                continue
            }
            guard let columns = header else {
                let names = fields.map { $0.trimmingWhitespace }
                if names != Self.columns { fail(nil, .header(expected: Self.columns)) }
                header = names
                continue
            }
            guard fields.count == columns.count else {
                fail(nil, .fieldCount(found: fields.count, expected: columns.count))
                continue
            }
            let field = Dictionary(uniqueKeysWithValues: zip(Self.columns, fields.map(\.trimmingWhitespace)))
            var industry = field["industry"] ?? ""
            let industryValid = IndustryCode.check(industry) == nil
            if !industryValid { fail("industry", .value(industry)) }
            if industry.hasPrefix("C") { industry.removeFirst() }
            let region = field["region"] ?? ""
            if !(region == "000000" || (RegionCode.isValid(region) && region.hasSuffix("0000"))) { fail("region", .value(region)) }
            let year = Int(field["year"] ?? "")
            if year.map({ (1990...2100).contains($0) }) != true { fail("year", .value(field["year"] ?? "")) }
            let kpiID = field["kpi"] ?? ""
            let kpi = pack.kpi(kpiID)
            if kpi == nil { fail("kpi", .unknownKPI(kpiID)) }
            let scope = field["scope"] ?? ""
            if !scopes.contains(scope) { fail("scope", .value(scope)) }
            if scope.hasPrefix("provincial") == (region == "000000"), scopes.contains(scope) { fail("region", .regionForScope(region, scope)) }
            let value = Double(field["value"] ?? "").flatMap { $0.isFinite ? $0 : nil }
            if value == nil { fail("value", .value(field["value"] ?? "")) }
            if let value, let kpi, !kpi.range.contains(value) { fail("value", .outOfRange(value, min: kpi.range.min, max: kpi.range.max)) }
            let source = field["source"] ?? ""
            if source.isEmpty { fail("source", .empty) }
            guard industryValid, let year, let kpi, let value, !source.isEmpty, scopes.contains(scope) else { continue }
            let identity = [industry, region, String(year), kpi.id, scope].joined(separator: "|")
            if let first = seen[identity] {
                fail(nil, .duplicate(firstLine: first))
                continue
            }
            seen[identity] = line
            rows.append(Row(line: line, industry: industry, region: region, year: year, kpi: kpi.id, scope: scope, value: value, source: source))
        }
        if header == nil { diagnostics.append(.error(.csvRow(line: 1, column: nil, problem: .header(expected: Self.columns)))) }
        if diagnostics.containsError { throw DiagnosticError(diagnostics) }
        self.init(rows: rows)
    }
}

/// What is wrong with a row of a benchmark table.
public enum CSVProblem: Sendable, Equatable {
    case notUTF8
    case header(expected: [String])
    case fieldCount(found: Int, expected: Int)
    case value(String)
    case unknownKPI(String)
    case regionForScope(String, String)
    case outOfRange(Double, min: Double?, max: Double?)
    case empty
    case unterminatedQuote
    case duplicate(firstLine: Int)
}

/// Splits CSV text into records (RFC 4180), skipping blank lines and lines starting with `#`.
enum CSVReader {
    /// Each record with its first line; `unterminated` when a quoted field runs to the end of the text.
    static func records(_ text: String) -> [(line: Int, fields: [String], unterminated: Bool)] {
        var records: [(Int, [String], Bool)] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var atRecordStart = true
        var skippingComment = false
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func finishRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].trimmingWhitespace.isEmpty) { records.append((recordLine, fields, false)) }
            fields = []
            field = ""
            atRecordStart = true
        }
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if skippingComment {
                if scalar == "\n" {
                    skippingComment = false
                    line += 1
                    atRecordStart = true
                }
                continue
            }
            if atRecordStart {
                recordLine = line
                atRecordStart = false
                if scalar == "#" {
                    skippingComment = true
                    continue
                }
            }
            if inQuotes {
                if scalar == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else {
                            inQuotes = false
                            pending = next
                        }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.trimmingWhitespace.isEmpty:
                field = ""
                inQuotes = true
            case ",":
                fields.append(field)
                field = ""
            case "\r":
                continue
            case "\n":
                finishRecord()
                line += 1
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes {
            records.append((recordLine, fields + [field], true))
        } else if !atRecordStart || !field.isEmpty || !fields.isEmpty {
            finishRecord()
        }
        return records
    }
}

extension String {
    var trimmingWhitespace: String {
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }
}

