import BundledCriteria
import Foundation
import Testing

@testable import FactoryGrading

/// The bundled Hebei 2025 criteria pack, loaded once for the whole suite.
enum Fixtures {
    static let packID = "hebei-2025"
    static let packVersion = "1.0.0"

    /// `Criteria/packs/hebei-2025/1.0.0.json` as installed with the `BundledCriteria` resources.
    static var packURL: URL? {
        BundledCriteria.packsDirectory?.appendingPathComponent("\(packID)/\(packVersion).json")
    }

    /// The pack file's bytes.
    static let packBytes: Result<[UInt8], any Error> = Result {
        guard let url = packURL else { throw FixtureError.noBundledPacks }
        return Array(try Data(contentsOf: url))
    }

    /// The pack file parsed, for tests that edit the document before loading it.
    static let packDocument: Result<JSONValue, any Error> = Result {
        try JSONParser.parse(try packBytes.get())
    }

    /// The pack, decoded and validated.
    static let loadedPack: Result<CriteriaPack, any Error> = Result {
        try CriteriaPack(jsonBytes: try packBytes.get())
    }

    static func pack() throws -> CriteriaPack { try loadedPack.get() }

    static func document() throws -> JSONValue { try packDocument.get() }

    /// The package root, found from this file's location (`Tests/FactoryGradingTests/Support/`).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // FactoryGradingTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// The tier ids of the pack, lowest first (used as test arguments, which must be known up front).
    static let tierIDs = ["basic", "advanced", "excellent", "leading"]

    /// A unified social credit code that passes GB 32100 (see `CreditCodeTests`).
    static let validCreditCode = "91350100M000100Y43"
}

enum FixtureError: Error {
    case noBundledPacks
}

/// Loads a copy of the bundled pack document after `edit` changed it, returning the diagnostics thrown
/// (or an empty list when it loads).
func loadEditedPack(_ edit: (inout JSONValue) throws -> Void) throws -> (pack: CriteriaPack?, diagnostics: [Diagnostic]) {
    var document = try Fixtures.document()
    try edit(&document)
    do {
        return (try CriteriaPack(json: document), [])
    } catch {
        return (nil, error.diagnostics)
    }
}

/// A pack built from the bundled document after `edit`; the edit must leave the pack valid.
func editedPack(_ edit: (inout JSONValue) throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) throws -> CriteriaPack {
    let (pack, diagnostics) = try loadEditedPack(edit)
    return try #require(pack, "edited pack should load, got \(diagnostics.map { $0.message(.en) })", sourceLocation: sourceLocation)
}
