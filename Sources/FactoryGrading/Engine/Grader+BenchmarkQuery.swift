extension Grader {
    /// What a benchmark-table lookup needs of `profile`, worked out once per assessment; `nil` without a table.
    func benchmarkQuery(_ profile: Profile) -> BenchmarkTable.Query? {
        guard benchmarks != nil, let industry = profile.industryCode else { return nil }
        if let query = Self.byteQuery(industry: industry, region: profile.regionCode, date: profile.assessmentDate) { return query }
        let year = profile.assessmentDate.flatMap { Int($0.prefix(4)) }
        return BenchmarkTable.Query(industry: industry, region: profile.regionCode, year: year)
    }

    /// ``BenchmarkTable/Query/init(industry:region:year:)`` of a profile's codes, cut by bytes where each
    /// of their characters is one byte; `nil` where one is not.
    private static func byteQuery(industry: String, region: String?, date: String?) -> BenchmarkTable.Query? {
        var year: Int?
        if let date {
            guard let parsed = oneByteCharacters(date, { Int(String(decoding: $0.prefix(4), as: UTF8.self)) }) else { return nil }
            year = parsed
        }
        var province: String?
        if let region {
            guard let cut = oneByteCharacters(region, { $0.count >= 2 ? String(decoding: $0.prefix(2), as: UTF8.self) + "0000" : nil })
            else { return nil }
            province = cut
        }
        guard var query = BenchmarkTable.Query(industry: "", region: nil, year: year) else { return nil }
        query.province = province
        let appended: Void? = oneByteCharacters(industry) { bytes in
            let start = bytes.first == UInt8(ascii: "C") ? 1 : 0
            query.prefixes.reserveCapacity(bytes.count - start + 1)
            var end = start
            while end < bytes.count {
                end += 1
                query.prefixes.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            }
        }
        return appended.map { query }
    }

    /// `body` of the UTF-8 of `text` when each of its characters is one byte (ASCII without a carriage
    /// return, the one ASCII character that joins the next into one character); `nil` otherwise.
    private static func oneByteCharacters<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        let result = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? body(bytes) : nil
        }
        return result ?? nil
    }
}
