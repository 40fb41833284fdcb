/// A GB/T 4754-2017 industry code within manufacturing (section C, divisions 13–43).
public enum IndustryCode {
    /// What is wrong with an industry code.
    public enum Defect: Sendable, Equatable {
        case malformed
        case notManufacturing
    }

    /// Checks `code`: two to four digits, optionally prefixed `C`, in a manufacturing division.
    public static func check(_ code: String) -> Defect? {
        var digits = Substring(code)
        if digits.first == "C" { digits = digits.dropFirst() }
        guard (2...4).contains(digits.utf8.count),
            digits.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
            let division = Int(digits.prefix(2))
        else { return .malformed }
        return (13...43).contains(division) ? nil : .notManufacturing
    }
}
