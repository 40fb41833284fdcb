extension Grader {
    /// What a benchmark-table lookup needs of `profile`, worked out once per assessment; `nil` without a table.
    func benchmarkQuery(_ profile: Profile) -> BenchmarkTable.Query? {
        guard benchmarks != nil else { return nil }
        return BenchmarkTable.Query(industry: profile.industryCode, region: profile.regionCode, year: profile.assessmentDate.flatMap(Self.year(of:)))
    }

    /// The year of an assessment date: its first four characters as a number (by bytes when every
    /// character is one).
    static func year(of date: String) -> Int? {
        date.withOneByteCharacters { Int(String(decoding: UnsafeBufferPointer(rebasing: $0.prefix(4)), as: UTF8.self)) } ?? Int(date.prefix(4))
    }
}

extension String {
    /// `body` of the UTF-8 when each character is one byte (ASCII without a carriage return, the one ASCII
    /// character that joins the next into one character), so that cutting bytes cuts characters; `nil`
    /// otherwise.
    func withOneByteCharacters<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result?) -> Result? {
        let result = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? body(bytes) : nil
        }
        return result ?? nil
    }
}
