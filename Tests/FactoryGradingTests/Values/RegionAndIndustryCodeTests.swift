import Testing

@testable import FactoryGrading

@Suite("GB/T 2260 region codes")
struct RegionCodeTests {
    @Test("six digits with a real province prefix", arguments: ["130300", "130200", "110000", "650100", "820000"])
    func valid(code: String) { #expect(RegionCode.isValid(code)) }

    @Test("anything else is refused", arguments: ["13030", "1303000", "990000", "100000", "13030a", "", " 130300", "１３０３００"])
    func invalid(code: String) { #expect(!RegionCode.isValid(code)) }
}

@Suite("GB/T 4754-2017 industry codes")
struct IndustryCodeTests {
    @Test("manufacturing divisions 13–43, with or without the section letter", arguments: ["C3484", "3484", "C13", "13", "C4390", "431", "C2710"])
    func manufacturing(code: String) { #expect(IndustryCode.check(code) == nil) }

    @Test("codes outside manufacturing are reported as such", arguments: ["5211", "0111", "C12", "44", "4411", "C7810"])
    func notManufacturing(code: String) { #expect(IndustryCode.check(code) == .notManufacturing) }

    @Test("malformed codes", arguments: ["C", "", "3", "C34845", "X3484", "c3484", "34a4", "C 3484", "３４８４"])
    func malformed(code: String) { #expect(IndustryCode.check(code) == .malformed) }
}
