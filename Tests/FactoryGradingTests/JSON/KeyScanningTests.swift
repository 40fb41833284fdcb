import Testing

@testable import FactoryGrading

@Suite("Reading keys and short values by words")
struct KeyScanningTests {
    /// Deterministic text of `length` plain ASCII bytes.
    static func text(_ length: Int, seed: Int) -> [UInt8] {
        (0..<length).map { UInt8(ascii: "a") + UInt8((($0 &* 7) &+ seed &* 13) % 26) }
    }

    @Test("the hash worked out while finding a string's end equals the hash of its bytes, at every length and alignment")
    func fusedHashMatchesHash() {
        for length in 0..<70 {
            for padding in 0..<9 {
                for trailing in [0, 1, 3, 12] {
                    let key = Self.text(length, seed: length + padding)
                    let document = Array(repeating: UInt8(ascii: " "), count: padding) + [UInt8(ascii: "\"")] + key + [UInt8(ascii: "\"")]
                        + Array(repeating: UInt8(ascii: "}"), count: trailing)
                    document.withUnsafeBufferPointer { buffer in
                        let scanner = JSONScanner(bytes: buffer)
                        guard let (end, hash) = scanner.plainString(from: padding + 1) else {
                            Issue.record("no plain string of length \(length) after \(padding) spaces")
                            return
                        }
                        #expect(end == padding + 1 + length)
                        let expected = key.withUnsafeBufferPointer { IdentifierIndex.hash($0) }
                        #expect(hash == expected, "length \(length), padding \(padding), trailing \(trailing)")
                    }
                }
            }
        }
    }

    @Test("a string with an escape, a control character or a non-ASCII byte is left to the careful reader, wherever it is")
    func specialBytesStopTheWordReader() {
        for special in [UInt8(ascii: "\\"), 0x01, 0x1F, 0xC3, 0xE5] {
            for offset in 0..<20 {
                var key = Self.text(24, seed: offset)
                key[offset] = special
                let document = [UInt8(ascii: "\"")] + key + [UInt8(ascii: "\""), UInt8(ascii: "}")]
                document.withUnsafeBufferPointer { buffer in
                    #expect(JSONScanner(bytes: buffer).plainString(from: 1) == nil, "byte \(special) at \(offset)")
                }
            }
        }
        let unterminated = Array("\"abc".utf8)
        unterminated.withUnsafeBufferPointer { #expect(JSONScanner(bytes: $0).plainString(from: 1) == nil) }
    }

    @Test("the hash tells apart keys that differ only in length or in trailing zero bytes")
    func hashMixesLength() {
        let hashes = [[], [0], [0, 0], Array(repeating: 0, count: 8), Array(repeating: 0, count: 9), [97], [97, 0]].map { (bytes: [UInt8]) in
            bytes.withUnsafeBufferPointer { IdentifierIndex.hash($0) }
        }
        #expect(Set(hashes).count == hashes.count)
    }

    @Test("a table finds each identifier by bytes and nothing that differs in any byte")
    func tableComparesEveryByte() {
        let ids = (1..<40).map { String(decoding: Self.text($0, seed: $0), as: UTF8.self) } + IdentifierIndexTests.lookalikes
        let table = IdentifierTable(ids)
        for (position, id) in ids.enumerated() {
            var bytes = Array(id.utf8)
            #expect(bytes.withUnsafeBufferPointer { table.position(of: $0, hash: IdentifierIndex.hash($0)) } == position, "\(id)")
            for index in bytes.indices {
                bytes[index] ^= 0x01
                let hash = bytes.withUnsafeBufferPointer { IdentifierIndex.hash($0) }
                let found = bytes.withUnsafeBufferPointer { table.position(of: $0, hash: hash) }
                #expect(found == nil || ids[found!] == String(decoding: bytes, as: UTF8.self), "\(id) changed at \(index)")
                // The same hash with different bytes must not be taken for the identifier.
                #expect(bytes.withUnsafeBufferPointer { table.position(of: $0, hash: IdentifierIndex.hash(id)) } != position)
                bytes[index] ^= 0x01
            }
        }
    }

    @Test("an identifier written as it is is found wherever it lies; written otherwise, it is left to the careful reader")
    func knownIdentifiersAtEveryAlignment() {
        let ids = ["met", "notMet", "q.data.1", "basic.production-mgmt.production-materials", "kpi.oee-gain", "abcdefgh", "abcdefghi"]
        let table = IdentifierTable(ids)
        for (position, id) in ids.enumerated() {
            for padding in 0..<9 {
                for trailing in ["", "}", ",\"x\":1}"] {
                    let document = Array((String(repeating: " ", count: padding) + "\"" + id + "\"" + trailing).utf8)
                    document.withUnsafeBufferPointer { buffer in
                        let scanner = JSONScanner(bytes: buffer, identifiers: table)
                        let found = scanner.knownIdentifier(from: padding + 1)
                        #expect(found?.position == position, "\(id) after \(padding)")
                        #expect(found?.end == padding + 1 + id.utf8.count)
                        #expect(found?.hash == IdentifierIndex.hash(id))
                    }
                }
            }
            for variant in ["\"\(id)x\"", "\"x\(id)\"", "\"\(id)\\\"\"", "\"\(id)", "\"\\u0061\(id)\""] {
                let document = Array(variant.utf8)
                document.withUnsafeBufferPointer { buffer in
                    #expect(JSONScanner(bytes: buffer, identifiers: table).knownIdentifier(from: 1) == nil, "\(variant)")
                }
            }
        }
    }

    @Test("blank identifiers are not in a table, so a table never gives text a decoder would refuse")
    func blankIdentifiersLeftOut() {
        let table = IdentifierTable(["met", " ", "  ", ""])
        #expect(table.count == 1)
        #expect(table.identifier(at: 0) == "met")
    }

    @Test("a quoted literal matches its value exactly, by word and near the end of a document")
    func quotedLiteralMatches() {
        let cases: [(String, String, Bool)] = [
            ("\"met\",", "met", true), ("\"met\"", "met", true), ("\"met\"}", "met", true), ("\"mett\",", "met", false),
            ("\"me\",", "met", false), ("\"Met\",", "met", false), ("\"notMet\"", "notMet", true), ("\"notMet\"}", "notMet", true),
            ("\"notMe\"", "notMet", false), ("\"notMet", "notMet", false), ("  \"met\",", "met", true), ("met", "met", false),
        ]
        for (document, value, matches) in cases {
            let literal: QuotedLiteral = value == "met" ? QuotedLiteral("met") : QuotedLiteral("notMet")
            let bytes = Array(document.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                var scanner = JSONScanner(bytes: buffer)
                #expect(scanner.skipString(literal) == matches, "\(document)")
                if matches { #expect(buffer[scanner.position - 1] == UInt8(ascii: "\"")) }
            }
        }
    }
}
