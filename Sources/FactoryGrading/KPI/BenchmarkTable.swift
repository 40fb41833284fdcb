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
    private var index: [String: [Int]] = [:]

    /// The column names, in order.
    public static let columns = ["industry", "region", "year", "kpi", "scope", "value", "source"]

    /// A table of `rows`.
    public init(rows: [Row]) {
        self.rows = rows
        for (position, row) in rows.enumerated() {
            index[Self.key(row.kpi, row.scope, row.region, row.industry), default: []].append(position)
        }
    }

    private static func key(_ kpi: String, _ scope: String, _ region: String, _ industry: String) -> String {
        kpi + "|" + scope + "|" + region + "|" + industry
    }

    /// The row to compare `kpi` with for `scope`: the province (or `000000` for national and global
    /// scopes), the most specific industry level (class, group, division), the latest year not after `year`.
    public func lookup(kpi: String, scope: KPIScope, industry: String?, region: String?, year: Int?) -> Row? {
        guard let industry else { return nil }
        let digits = industry.hasPrefix("C") ? String(industry.dropFirst()) : industry
        let regionKey: String
        if scope.id.hasPrefix("provincial") {
            guard let region, region.count >= 2 else { return nil }
            regionKey = String(region.prefix(2)) + "0000"
        } else {
            regionKey = "000000"
        }
        for length in stride(from: min(4, digits.count), through: 2, by: -1) {
            let candidates = (index[Self.key(kpi, scope.id, regionKey, String(digits.prefix(length)))] ?? []).map { rows[$0] }
            let eligible = candidates.filter { year == nil || $0.year <= year! }
            if let best = eligible.max(by: { $0.year < $1.year }) { return best }
        }
        return nil
    }
}
