import ArgumentParser
import FactoryGrading

/// An assessment that loaded, validated and was graded.
struct GradedDocument {
    var pack: CriteriaPack { shared.grader.pack }
    var grader: Grader { shared.grader }

    var name: String
    var assessment: Assessment
    /// The grader, shared by every document graded with it rather than copied into each.
    let shared: SharedGrader
    var result: GradingResult
    /// Warnings from reading and validating the document (errors would have stopped it).
    var diagnostics: [Diagnostic]
}

/// A grader referred to by the documents it graded (a `Grader` holds its whole pack, so copying one per
/// document costs more than grading).
final class SharedGrader {
    let grader: Grader
    /// The pack's parts of compact result JSON.
    let fragments: ResultJSONFragments
    let reference: PackReference

    init(_ grader: Grader) {
        self.grader = grader
        fragments = ResultJSONFragments(pack: grader.pack)
        reference = grader.pack.reference
    }

    /// ``Grader/grade(_:)`` with the grader read in place (not copied out of this object).
    func grade(_ assessment: Assessment) -> GradingResult { grader.grade(assessment) }

    /// ``Assessment/validate(against:maturityModels:)`` against this grader's pack, read in place.
    func validate(_ assessment: Assessment, maturityModels: [MaturityModel]) -> [Diagnostic] {
        assessment.validate(against: grader.pack, maturityModels: maturityModels)
    }
}

/// What a command works with: the language, the packs, and the count of failures so far.
final class Session {
    let language: Language
    let catalog: PackCatalog
    let maturityModels: [MaturityModel]
    /// The `--benchmarks` file, read for each pack on first use.
    var benchmarkPath: String?
    /// Graders by pack, made on first use; `nil` once the benchmark table failed for that pack.
    private var graders: [PackReference: SharedGrader?] = [:]
    /// The grader used last, found without hashing the pack reference when the next document names the
    /// same pack.
    private var lastGrader: SharedGrader?
    private lazy var identifiers = IdentifierTable(packs: catalog.packs, models: maturityModels)
    private(set) var failures = 0

    /// Loads the packs; reports pack errors and returns `nil` if any.
    convenience init?(options: CommonOptions, benchmarks: BenchmarkOptions? = nil) {
        self.init(language: options.language, criteria: options.criteria)
        benchmarkPath = benchmarks?.benchmarks
    }

    /// Loads the bundled packs and maturity models and those under `criteria`; reports their problems
    /// (files not read are warnings) and returns `nil` if any is an error.
    init?(language: Language, criteria: [String]) {
        self.language = language
        let loaded = PackLoader.load(extra: criteria)
        catalog = loaded.catalog
        maturityModels = loaded.models
        report(loaded.diagnostics)
        if loaded.diagnostics.containsError { return nil }
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
        for diagnostic in diagnostics {
            Console.err.line(Console.printable(Self.prefix(diagnostic, language) + diagnostic.message(language), keepingNewlines: false))
        }
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
        if let lastGrader, lastGrader.reference == assessment.pack {
            let diagnostics = (decodeDiagnostics + lastGrader.validate(assessment, maturityModels: maturityModels)).inFile(document.name)
            if diagnostics.containsError { return .failure(DiagnosticError(diagnostics)) }
            return .success(graded(document, assessment, lastGrader, diagnostics))
        }
        let pack: CriteriaPack
        switch catalog.pack(for: assessment.pack) {
        case .success(let found): pack = found
        case .failure(let diagnostic): return .failure(DiagnosticError((decodeDiagnostics + [diagnostic]).inFile(document.name)))
        }
        let diagnostics = (decodeDiagnostics + assessment.validate(against: pack, maturityModels: maturityModels)).inFile(document.name)
        if diagnostics.containsError { return .failure(DiagnosticError(diagnostics)) }
        guard let shared = sharedGrader(for: pack) else { return .failure(DiagnosticError([])) }
        return .success(graded(document, assessment, shared, diagnostics))
    }

    private func graded(_ document: Document, _ assessment: Assessment, _ shared: SharedGrader, _ diagnostics: [Diagnostic]) -> GradedDocument {
        let result = shared.grade(assessment)
        return GradedDocument(
            name: document.name, assessment: assessment, shared: shared, result: result,
            diagnostics: diagnostics + result.warnings.inFile(document.name))
    }

    /// The grader for `pack`, with the maturity models and the `--benchmarks` table; `nil` when the table is bad.
    private func sharedGrader(for pack: CriteriaPack) -> SharedGrader? {
        if let lastGrader, lastGrader.reference == pack.reference { return lastGrader }
        if let cached = graders[pack.reference] {
            lastGrader = cached
            return cached
        }
        var grader: Grader?
        if let path = benchmarkPath {
            grader = loadBenchmarks(path, pack: pack).map { Grader(pack: pack, maturityModels: maturityModels, benchmarks: $0) }
        } else {
            grader = Grader(pack: pack, maturityModels: maturityModels)
        }
        let shared = grader.map(SharedGrader.init)
        graders[pack.reference] = .some(shared)
        lastGrader = shared
        return shared
    }

    /// Reads a benchmark table checked against `pack`, reporting its problems.
    func loadBenchmarks(_ path: String, pack: CriteriaPack) -> BenchmarkTable? {
        switch FileReader.bytes(at: path) {
        case .failure(let diagnostic):
            fail([diagnostic])
            return nil
        case .success(let bytes):
            do {
                return try BenchmarkTable(csvBytes: bytes, pack: pack)
            } catch {
                fail(error.diagnostics.inFile(path))
                return nil
            }
        }
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
