import BundledCriteria
import FactoryGrading
import Foundation

/// Loads criteria packs and maturity models: the bundled ones, plus any from `FACTORYGRADING_CRITERIA` and
/// `--criteria` folders or files.
///
/// A folder holds `<id>/<version>.json` files; a file whose id or version does not match its path is
/// refused, so an assessment always gets exactly the version it names. A `.json` file directly in the
/// folder is not read (with a warning), and a folder holding no such file is an error. Outside the bundled folders a file
/// may be a pack or a maturity model: its `format` tells which. A later file with the same id and version
/// replaces an earlier one.
enum PackLoader {
    /// What the criteria sources hold.
    struct Loaded {
        var catalog = PackCatalog()
        /// Sorted by id, then version, as the catalog's packs are.
        var models: [MaturityModel] = []
        var diagnostics: [Diagnostic] = []

        mutating func add(_ model: MaturityModel) {
            models.removeAll { $0.reference == model.reference }
            models.append(model)
            models.sort { ($0.id, $0.version) < ($1.id, $1.version) }
        }
    }

    /// A pack or a maturity model file.
    enum CriteriaFile {
        case pack(CriteriaPack)
        case model(MaturityModel)

        var reference: PackReference {
            switch self {
            case .pack(let pack): pack.reference
            case .model(let model): model.reference
            }
        }

        /// A pack, or a maturity model when the file says it is one.
        static func decode(_ bytes: [UInt8]) throws(DiagnosticError) -> CriteriaFile {
            do {
                return .pack(try CriteriaPack(jsonBytes: bytes))
            } catch {
                guard error.diagnostics.count == 1, case .wrongFormat(found: MaturityModel.formatName, _) = error.diagnostics[0].problem else {
                    throw error
                }
                return .model(try MaturityModel(jsonBytes: bytes))
            }
        }
    }

    static func load(extra: [String]) -> Loaded {
        var loaded = Loaded()
        if let bundled = BundledCriteria.packsDirectory?.path {
            for pack in loadAll(bundled, diagnostics: &loaded.diagnostics, decode: CriteriaPack.init(jsonBytes:), reference: \.reference) {
                loaded.catalog.add(pack)
            }
        }
        if let bundled = BundledCriteria.maturityDirectory?.path {
            for model in loadAll(bundled, diagnostics: &loaded.diagnostics, decode: MaturityModel.init(jsonBytes:), reference: \.reference) {
                loaded.add(model)
            }
        }
        var sources: [String] = []
        if let environment = ProcessInfo.processInfo.environment["FACTORYGRADING_CRITERIA"], !environment.isEmpty {
            sources += environment.split(separator: ":").map(String.init)
        }
        sources += extra
        for source in sources {
            for file in loadAll(source, diagnostics: &loaded.diagnostics, decode: CriteriaFile.decode, reference: \.reference) {
                switch file {
                case .pack(let pack): loaded.catalog.add(pack)
                case .model(let model): loaded.add(model)
                }
            }
        }
        return loaded
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

    /// The pack files under `source`, each with the id and version its path implies. A `.json` file
    /// directly in a folder is not read (a warning says so), and a folder without any pack file is an error.
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
            guard let versions = try? manager.contentsOfDirectory(atPath: folder) else {
                if id.hasSuffix(".json") { diagnostics.append(Diagnostic(.warning, .criteriaFileOutsideLayout, file: folder)) }
                continue
            }
            for version in versions.sorted() where version.hasSuffix(".json") {
                files.append(((folder as NSString).appendingPathComponent(version), PackReference(id: id, version: String(version.dropLast(5)))))
            }
        }
        if files.isEmpty {
            diagnostics.append(Diagnostic(.error, .noCriteriaFiles, file: source))
        }
        return files
    }
}
