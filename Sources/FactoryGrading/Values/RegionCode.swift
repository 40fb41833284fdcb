/// A GB/T 2260 administrative division code: six digits, the first two a province-level code.
public enum RegionCode {
    static let provinces: Set<String> = [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44",
        "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82",
    ]

    /// Whether `code` has the form of a GB/T 2260 code with a real province-level prefix.
    public static func isValid(_ code: String) -> Bool {
        code.utf8.count == 6 && code.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            && provinces.contains(String(code.prefix(2)))
    }
}
