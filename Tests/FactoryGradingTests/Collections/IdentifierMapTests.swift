import Testing

@testable import FactoryGrading

@Suite("IdentifierMap answers what a String-keyed dictionary answers")
struct IdentifierMapTests {
    /// Random ids drawn from a small set, so that sets, replacements and removals hit the same keys;
    /// some are canonically equivalent spellings of others.
    static let pool: [String] = (0..<40).map { "item.\($0 % 7).\($0)-\(String(repeating: "x", count: $0 % 13))" } + [
        "K", "\u{212A}", "café", "cafe\u{301}", "Å", "\u{212B}", "A\u{30A}", "q.data.1", "", "中文标识", ";", "\u{037E}", "a;b",
        "a\u{037E}b", "`", "\u{1FEF}", "x\u{1FEF}\u{212A}", "x`K",
    ]

    @Test("random sets, replacements and removals agree with a dictionary", arguments: [1 as UInt64, 2, 3, 4, 5, 6, 7, 8])
    func randomOperations(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        var map = IdentifierMap<Int>()
        var dictionary: [String: Int] = [:]
        // Some runs stay within the ASCII ids; others mix in the rest.
        let pool = seed.isMultiple(of: 2) ? Array(Self.pool.prefix(40)) : Self.pool
        for step in 0..<600 {
            let key = pool.randomElement(using: &generator)!
            switch Int.random(in: 0..<12, using: &generator) {
            case 10:
                map.reserveCapacity(Int.random(in: 0...(map.count + 40), using: &generator))
            case 11:
                let kept = map.filter { $0.value.isMultiple(of: 3) }
                dictionary = dictionary.filter { $0.value.isMultiple(of: 3) }
                map = kept.mapValues { $0 }
            case 0..<6:
                map[key] = step
                dictionary[key] = step
            case 6..<8:
                let removed = map.removeValue(forKey: key)
                #expect(removed == dictionary.removeValue(forKey: key))
            default:
                map[key] = nil
                dictionary[key] = nil
            }
            #expect(map.count == dictionary.count)
            let probe = pool.randomElement(using: &generator)!
            #expect(map[probe] == dictionary[probe], "\(probe) after step \(step)")
        }
        for key in pool { #expect(map[key] == dictionary[key], "\(key)") }
        #expect(Set(map.keys).count == map.count)
        #expect(map.keys.allSatisfy { dictionary[$0] != nil })
        #expect(map == IdentifierMap(dictionary))
    }

    @Test("keys keep the order they were added in, and a replaced key keeps its place and first spelling")
    func order() {
        var map: IdentifierMap<Int> = ["b": 1, "a": 2, "K": 3]
        map["c"] = 4
        map["b"] = 5
        map["\u{212A}"] = 6
        #expect(map.keys == ["b", "a", "K", "c"])
        #expect(map.values == [5, 2, 6, 4])
        #expect(map.map(\.key) == ["b", "a", "K", "c"])
        map["a"] = nil
        #expect(map.keys == ["b", "K", "c"])
    }

    @Test("equality ignores order, as a dictionary's does, and sees every value")
    func equality() {
        let one: IdentifierMap<Int> = ["x": 1, "y": 2]
        #expect(one == ["y": 2, "x": 1])
        #expect(one != ["x": 1, "y": 3])
        #expect(one != ["x": 1])
        #expect(one != ["x": 1, "z": 2])
        #expect(IdentifierMap<Int>(["café": 1]) == ["cafe\u{301}": 1])
    }

    @Test("a key found through the hash the decoder worked out is the key found by its text")
    func hashedLookups() {
        var map = IdentifierMap<Int>()
        for index in 0..<100 {
            let key = "q.subdomain-\(index % 10).\(index)"
            let added = map.insert(key, hash: IdentifierIndex.hash(key), index)
            #expect(added)
        }
        let addedAgain = map.insert("q.subdomain-3.3", hash: IdentifierIndex.hash("q.subdomain-3.3"), -3)
        #expect(!addedAgain)
        #expect(map.count == 100)
        #expect(map["q.subdomain-3.3"] == -3)
        for index in 0..<100 {
            let key = "q.subdomain-\(index % 10).\(index)"
            #expect(map.value(for: key, hash: IdentifierIndex.hash(key)) == (index == 3 ? -3 : index))
        }
        #expect(map["q.subdomain-3.4"] == nil)
    }

    @Test("reserving room first changes nothing that can be seen")
    func reservedCapacity() {
        var reserved = IdentifierMap<Int>()
        reserved.reserveCapacity(128)
        var plain = IdentifierMap<Int>()
        for index in 0..<20 {
            reserved["id.\(index)"] = index
            plain["id.\(index)"] = index
            #expect(reserved["id.0"] == 0)
            #expect(reserved["id.\(index)"] == index)
        }
        #expect(reserved == plain)
        #expect(reserved.keys == plain.keys)
    }

    @Test("filter and mapValues keep order and lookups")
    func transforms() {
        var map = IdentifierMap<Int>()
        for index in 0..<30 { map["k\(index)"] = index }
        let even = map.filter { $0.value.isMultiple(of: 2) }
        #expect(even.keys == (0..<15).map { "k\($0 * 2)" })
        #expect(even["k4"] == 4)
        #expect(even["k5"] == nil)
        let doubled = map.mapValues { $0 * 2 }
        #expect(doubled.keys == map.keys)
        #expect(doubled["k29"] == 58)
        #expect(map["missing", default: -1] == -1)
    }

    @Test("room reserved after a key that is not ASCII, or for fewer than there are, changes nothing")
    func reservingAfterTheSwitchToADictionary() {
        var map = IdentifierMap<Int>()
        map["é"] = 0
        for index in 0..<40 { map["id\(index)"] = index }
        map.reserveCapacity(10)
        map.reserveCapacity(200)
        #expect(map.count == 41)
        #expect(map["id39"] == 39)
        #expect(map["e\u{301}"] == 0)
        var ascii = IdentifierMap<Int>()
        for index in 0..<40 { ascii["id\(index)"] = index }
        ascii.reserveCapacity(5)
        ascii["late"] = 40
        #expect(ascii["id0"] == 0 && ascii["late"] == 40 && ascii.count == 41)
    }

    @Test("of all the characters outside ASCII, only K, ; and ` spelled otherwise equal ASCII text")
    func asciiSpellings() {
        let ascii = Set((0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) })
        var equivalent: [UInt32] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if ascii.contains(String(Character(scalar))) { equivalent.append(value) }
        }
        #expect(equivalent == [0x037E, 0x1FEF, 0x212A])
        #expect(IdentifierMap<Int>.asciiSpelling("x\u{212A}\u{037E}\u{1FEF}") == "xK;`")
        #expect(IdentifierMap<Int>.asciiSpelling("xé") == nil)
    }

    @Test("among ASCII keys, a key that is not ASCII finds its ASCII spelling and nothing else")
    func lookupsThatAreNotASCII() {
        var map = IdentifierMap<Int>()
        for index in 0..<200 { map["junk.\(index)"] = index }
        map["K;`"] = -1
        #expect(map["\u{212A}\u{037E}\u{1FEF}"] == -1)
        #expect(map["\u{212A};`"] == -1)
        #expect(map["junk.\u{0031}\u{0301}"] == nil)
        #expect(map["junk.１"] == nil)
    }

    @Test("the second lowest hash bit says whether the key is ASCII, at every length")
    func asciiBit() {
        for length in 0..<40 {
            let plain = String(repeating: "a", count: length)
            #expect(IdentifierIndex.isASCII(IdentifierIndex.hash(plain)), "\(length)")
            for offset in 0..<length {
                var scalars = Array(plain.unicodeScalars)
                scalars[offset] = "é"
                let key = String(String.UnicodeScalarView(scalars))
                #expect(!IdentifierIndex.isASCII(IdentifierIndex.hash(key)), "\(length) \(offset)")
            }
        }
    }
}
