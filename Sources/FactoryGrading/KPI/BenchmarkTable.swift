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
        guard let query = Query(industry: industry, region: region, year: year) else { return nil }
        let positions = (index[kpi] ?? []).filter { rows[$0].scope == scope.id }
        return best(among: candidates(positions), provincial: Self.isProvincial(scope), query)
    }

    /// Whether `scope` compares with a province's rows rather than the national ones.
    static func isProvincial(_ scope: KPIScope) -> Bool { scope.id.hasPrefix("provincial") }

    /// What a lookup needs of one assessment, worked out once for all its KPIs and scopes.
    struct Query {
        /// The industry code without its `C`, cut to each length: `prefixes[n]` holds the first `n` characters.
        var prefixes: [String]
        /// The province's `xx0000` code, when the region has one.
        var province: String?
        var year: Int?

        init?(industry: String?, region: String?, year: Int?) {
            guard let industry else { return nil }
            prefixes = Self.prefixes(of: industry)
            province = region.flatMap(Self.province(of:))
            self.year = year
        }

        /// The industry code without its `C`, cut to each length (by bytes when every character is one).
        static func prefixes(of industry: String) -> [String] {
            let cut = industry.withOneByteCharacters { bytes in
                let start = bytes.first == UInt8(ascii: "C") ? 1 : 0
                var prefixes = [""]
                prefixes.reserveCapacity(bytes.count - start + 1)
                for end in stride(from: start + 1, through: bytes.count, by: 1) {
                    prefixes.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                }
                return prefixes
            }
            if let cut { return cut }
            let digits = industry.hasPrefix("C") ? industry.dropFirst() : Substring(industry)
            var prefixes = [""]
            prefixes.reserveCapacity(digits.count + 1)
            var end = digits.startIndex
            while end < digits.endIndex {
                end = digits.index(after: end)
                prefixes.append(String(digits[digits.startIndex..<end]))
            }
            return prefixes
        }

        /// The `xx0000` code of the province of `region`, when it has two characters or more.
        static func province(of region: String) -> String? {
            let cut = region.withOneByteCharacters { bytes in
                bytes.count >= 2 ? String(decoding: UnsafeBufferPointer(rebasing: bytes.prefix(2)), as: UTF8.self) + "0000" : nil
            }
            if let cut { return cut }
            return region.count >= 2 ? String(region.prefix(2)) + "0000" : nil
        }
    }

    /// One row as a lookup compares it.
    struct Candidate: Sendable {
        var position: Int
        var region: String
        var industry: String
        /// The industry code's length in characters (where it ends in a profile's code).
        var level: Int
        /// Its length in UTF-8 bytes: the longer code (the more specific level) wins.
        var specificity: Int
        var year: Int
    }

    /// The rows at `positions`, ready to compare.
    func candidates(_ positions: [Int]) -> [Candidate] {
        positions.map { position in
            let row = rows[position]
            return Candidate(
                position: position, region: row.region, industry: row.industry, level: row.industry.count,
                specificity: row.industry.utf8.count, year: row.year)
        }
    }

    /// The rows of each KPI and scope, in table order, for ``best(among:provincial:_:)``.
    func candidates(kpis: [String], scopes: [KPIScope]) -> [[[Candidate]]] {
        kpis.map { kpi in
            let rows = index[kpi] ?? []
            return scopes.map { scope in candidates(rows.filter { self.rows[$0].scope == scope.id }) }
        }
    }

    /// The best row for `query` among `candidates` (rows of one KPI and scope).
    func best(among candidates: [Candidate], provincial: Bool, _ query: Query) -> Row? {
        let regionKey: String
        if provincial {
            guard let province = query.province else { return nil }
            regionKey = province
        } else {
            regionKey = "000000"
        }
        var best: (specificity: Int, year: Int, position: Int)?
        for candidate in candidates {
            guard candidate.region == regionKey, candidate.level < query.prefixes.count,
                query.prefixes[candidate.level] == candidate.industry, query.year.map({ candidate.year <= $0 }) ?? true
            else { continue }
            if best.map({ ($0.specificity, $0.year) < (candidate.specificity, candidate.year) }) ?? true {
                best = (candidate.specificity, candidate.year, candidate.position)
            }
        }
        return best.map { rows[$0.position] }
    }
}
