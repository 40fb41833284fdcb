import Foundation
import Testing

@testable import GradeCLI

@Suite("Reading JSON Lines files a buffer at a time")
struct LineReadingTests {
    /// The lines of `bytes` as a whole-file split would give them, numbered from 1.
    static func expectedLines(_ bytes: [UInt8]) -> [([UInt8], Int)] {
        var pieces = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        if bytes.last == 0x0A || bytes.isEmpty { pieces.removeLast() }
        return pieces.enumerated().map { ($1, $0 + 1) }
    }

    static func lines(of bytes: [UInt8], chunkSize: Int) throws -> [([UInt8], Int)] {
        let file = try Grade.scratch().appendingPathComponent("lines.jsonl")
        try Data(bytes).write(to: file)
        var found: [([UInt8], Int)] = []
        let result = FileReader.forEachLine(at: file.path, chunkSize: chunkSize) { line, number in found.append((Array(line), number)) }
        if case .failure(let diagnostic) = result { Issue.record("\(diagnostic)") }
        return found
    }

    static let samples: [[UInt8]] = [
        [],
        Array("\n".utf8),
        Array("\n\n\n".utf8),
        Array("one".utf8),
        Array("one\n".utf8),
        Array("one\ntwo".utf8),
        Array("{\"a\":1}\r\n\r\n  \n{\"b\":\"合成对标数据\"}\n".utf8),
        Array((0..<40).map { String(repeating: Character(UnicodeScalar(UInt8(97 + $0 % 26))), count: $0 * 3) }.joined(separator: "\n").utf8),
    ]

    @Test("every line comes out whole and numbered, whatever the buffer size", arguments: [1, 2, 3, 7, 16, 64, 1 << 20])
    func linesAtEveryChunkSize(chunkSize: Int) throws {
        for sample in Self.samples {
            let found = try Self.lines(of: sample, chunkSize: chunkSize)
            let expected = Self.expectedLines(sample)
            #expect(found.map(\.0) == expected.map(\.0), "\(String(decoding: sample, as: UTF8.self).debugDescription)")
            #expect(found.map(\.1) == expected.map(\.1))
        }
    }

    @Test("a line longer than the buffer grows it instead of being cut")
    func longLine() throws {
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 10_000)
        let found = try Self.lines(of: Array("a\n".utf8) + long + Array("\nb".utf8), chunkSize: 64)
        #expect(found.map(\.0) == [Array("a".utf8), long, Array("b".utf8)])
    }

    @Test("a missing file or a directory is a diagnostic naming it, and no line is read")
    func unreadable() throws {
        let folder = try Grade.scratch()
        for path in [folder.appendingPathComponent("missing.jsonl").path, folder.path] {
            var count = 0
            let result = FileReader.forEachLine(at: path) { _, _ in count += 1 }
            guard case .failure(let diagnostic) = result else {
                Issue.record("no failure for \(path)")
                continue
            }
            #expect(diagnostic.file == path)
            #expect(count == 0)
        }
    }
}
