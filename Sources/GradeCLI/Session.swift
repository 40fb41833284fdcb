import ArgumentParser
import FactoryGrading

/// An assessment that loaded, validated and was graded.
struct GradedDocument {
    var name: String
    var assessment: Assessment
    var pack: CriteriaPack
    var result: GradingResult
    /// Warnings from reading and validating the document (errors would have stopped it).
    var diagnostics: [Diagnostic]
}

/// What a command works with: the language, the packs, and the count of failures so far.
final class Session {
    let language: Language
    let catalog: PackCatalog
    private var graders: [PackReference: Grader] = [:]
    private lazy var identifiers = IdentifierTable(packs: catalog.packs)
    private(set) var failures = 0

    /// Loads the packs; reports pack errors and returns `nil` if any.
    convenience init?(options: CommonOptions) {
        self.init(language: options.language, criteria: options.criteria)
    }

    /// Loads the bundled packs and those under `criteria`; reports pack errors and returns `nil` if any.
    init?(language: Language, criteria: [String]) {
        self.language = language
        let (catalog, diagnostics) = PackLoader.load(extra: criteria)
        self.catalog = catalog
        guard !diagnostics.containsError else {
            for diagnostic in diagnostics { Console.err.line(Self.prefix(diagnostic, language) + diagnostic.message(language)) }
            return nil
        }
    }

    static func prefix(_ diagnostic: Diagnostic, _ language: Language) -> String {
        switch (diagnostic.severity, language) {
        case (.error, .zh): "grade: 错误: "
        case (.error, .en): "grade: error: "
        case (.warning, .zh): "grade: 提示: "
        case (.warning, .en): "grade: warning: "
        }
    }

    /// Prints `diagnostics` to standard error.
    func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { Console.err.line(Self.prefix(diagnostic, language) + diagnostic.message(language)) }
    }

    /// Records a failed document and prints why.
    func fail(_ diagnostics: [Diagnostic]) {
        Console.out.flush()
        failures += 1
        report(diagnostics)
    }

    /// Decodes, validates and grades one document; on failure returns every diagnostic, naming the document.
    func grade(_ document: Document) -> Result<GradedDocument, DiagnosticError> {
        let (decoded, decodeDiagnostics) = Assessment.decode(jsonBytes: document.bytes, identifiers: identifiers)
        guard let assessment = decoded else { return .failure(DiagnosticError(decodeDiagnostics.inFile(document.name))) }
        let pack: CriteriaPack
        switch catalog.pack(for: assessment.pack) {
        case .success(let found): pack = found
        case .failure(let diagnostic): return .failure(DiagnosticError((decodeDiagnostics + [diagnostic]).inFile(document.name)))
        }
        let diagnostics = (decodeDiagnostics + assessment.validate(against: pack)).inFile(document.name)
        if diagnostics.containsError { return .failure(DiagnosticError(diagnostics)) }
        let grader = graders[pack.reference] ?? Grader(pack: pack)
        graders[pack.reference] = grader
        let result = grader.grade(assessment)
        return .success(
            GradedDocument(
                name: document.name, assessment: assessment, pack: pack, result: result,
                diagnostics: diagnostics + result.warnings.inFile(document.name)))
    }

    /// Grades every document under `paths`, calling `body` for each success and reporting each failure.
    func forEachGraded(
        _ paths: [String], onFailure: ([Diagnostic]) -> Void = { _ in }, body: (GradedDocument) -> Void
    ) {
        DocumentSource.expand(paths) { source in
            switch source {
            case .failure(let diagnostic):
                fail([diagnostic])
                onFailure([diagnostic])
            case .success(let document):
                switch grade(document) {
                case .success(let graded): body(graded)
                case .failure(let error):
                    fail(error.diagnostics)
                    onFailure(error.diagnostics)
                }
            }
        }
    }

    /// Prints the warnings of a graded document to standard error.
    func reportWarnings(_ graded: GradedDocument) { report(graded.diagnostics.filter { $0.severity == .warning }) }

    /// Throws the invalid-input exit code when any document failed.
    func finish() throws {
        if failures > 0 { throw ExitCode.invalidInput }
    }
}
