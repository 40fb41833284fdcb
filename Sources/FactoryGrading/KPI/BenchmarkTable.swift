/// A table of KPI benchmark values by industry, region, year and scope (see `Criteria/benchmarks/README.md`).
public struct BenchmarkTable: Sendable {
    /// One row of the table.
    public struct Row: Sendable, Hashable {
        /// Line in the file, for messages.
        public var line: Int
        /// GB/T 4754 code without the `C`: 2, 3 or 4 digits.
        public var industry: String
        /// GB/T 2260 code: a province (`130000`) or `000000` for national and global scopes.
        public var region: String
        public var year: Int
        public var kpi: String
        public var scope: String
        public var value: Double
        public var source: String
    }

    public private(set) var rows: [Row]
    /// Row positions by KPI id; a lookup scans one KPI's rows.
    private var index: [String: [Int]] = [:]

    /// The column names, in order.
    public static let columns = ["industry", "region", "year", "kpi", "scope", "value", "source"]

    /// A table of `rows`.
    public init(rows: [Row]) {
        self.rows = rows
        for (position, row) in rows.enumerated() {
            index[row.kpi, default: []].append(position)
        }
    }

    /// The row to compare `kpi` with for `scope`: the province (or `000000` for national and global
    /// scopes), the most specific industry level (class, group, division), the latest year not after `year`.
    public func lookup(kpi: String, scope: KPIScope, industry: String?, region: String?, year: Int?) -> Row? {
        guard let industry else { return nil }
        let digits = industry.hasPrefix("C") ? industry.dropFirst() : Substring(industry)
        let regionKey: String
        if scope.id.hasPrefix("provincial") {
            guard let region, region.count >= 2 else { return nil }
            regionKey = String(region.prefix(2)) + "0000"
        } else {
            regionKey = "000000"
        }
        var best: (length: Int, year: Int, position: Int)?
        for position in index[kpi] ?? [] {
            let row = rows[position]
            guard row.scope == scope.id, row.region == regionKey, digits.hasPrefix(row.industry),
                year.map({ row.year <= $0 }) ?? true
            else { continue }
            let candidate = (row.industry.utf8.count, row.year, position)
            if best.map({ ($0.length, $0.year) < (candidate.0, candidate.1) }) ?? true { best = candidate }
        }
        return best.map { rows[$0.position] }
    }
}
