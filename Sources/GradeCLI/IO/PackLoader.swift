import BundledCriteria
import FactoryGrading
import Foundation

/// Loads criteria packs: the bundled ones, plus any from `--criteria` folders or files.
///
/// A folder holds `<pack-id>/<version>.json`; a pack whose id or version does not match its path is
/// refused, so an assessment always gets exactly the version it names.
enum PackLoader {
    static func load(extra: [String]) -> (PackCatalog, [Diagnostic]) {
        var catalog = PackCatalog()
        var diagnostics: [Diagnostic] = []
        var sources: [String] = []
        if let bundled = BundledCriteria.packsDirectory?.path { sources.append(bundled) }
        if let environment = ProcessInfo.processInfo.environment["FACTORYGRADING_CRITERIA"], !environment.isEmpty {
            sources += environment.split(separator: ":").map(String.init)
        }
        sources += extra
        for source in sources {
            for pack in loadAll(source, diagnostics: &diagnostics, decode: CriteriaPack.init(jsonBytes:), reference: \.reference) { catalog.add(pack) }
        }
        return (catalog, diagnostics)
    }

    /// The bundled maturity models.
    static func maturityModels() -> ([MaturityModel], [Diagnostic]) {
        guard let directory = BundledCriteria.maturityDirectory?.path else { return ([], []) }
        var diagnostics: [Diagnostic] = []
        let models = loadAll(directory, diagnostics: &diagnostics, decode: MaturityModel.init(jsonBytes:), reference: \.reference)
        return (models, diagnostics)
    }

    /// Decodes every file under `source`, refusing one whose id or version does not match its path.
    static func loadAll<Loaded>(
        _ source: String, diagnostics: inout [Diagnostic], decode: ([UInt8]) throws(DiagnosticError) -> Loaded,
        reference: (Loaded) -> PackReference
    ) -> [Loaded] {
        var loaded: [Loaded] = []
        for (file, expected) in packFiles(source, diagnostics: &diagnostics) {
            switch FileReader.bytes(at: file) {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            case .success(let bytes):
                do {
                    let value = try decode(bytes)
                    if let expected, expected != reference(value) {
                        diagnostics.append(
                            Diagnostic(.error, .packLocationMismatch(found: reference(value).description, expected: expected.description), file: file))
                    } else {
                        loaded.append(value)
                    }
                } catch {
                    diagnostics += error.diagnostics.inFile(file)
                }
            }
        }
        return loaded
    }

    /// The pack files under `source`, each with the id and version its path implies.
    static func packFiles(_ source: String, diagnostics: inout [Diagnostic]) -> [(String, PackReference?)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory) else {
            diagnostics.append(Diagnostic(.error, .fileNotFound, file: source))
            return []
        }
        guard isDirectory.boolValue else { return [(source, nil)] }
        let manager = FileManager.default
        let ids = ((try? manager.contentsOfDirectory(atPath: source)) ?? []).sorted()
        var files: [(String, PackReference?)] = []
        for id in ids {
            let folder = (source as NSString).appendingPathComponent(id)
            guard let versions = try? manager.contentsOfDirectory(atPath: folder) else { continue }
            for version in versions.sorted() where version.hasSuffix(".json") {
                files.append(((folder as NSString).appendingPathComponent(version), PackReference(id: id, version: String(version.dropLast(5)))))
            }
        }
        return files
    }
}
