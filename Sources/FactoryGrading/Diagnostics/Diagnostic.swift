/// One problem found in a file: where it is (file and JSON path), how serious, and what is wrong.
///
/// Errors make the input invalid; warnings are reported but do not stop grading.
public struct Diagnostic: Error, Sendable, Equatable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Equatable {
        case error
        case warning
    }

    public var severity: Severity
    /// The file the problem is in, when known; set by the code that read the file.
    public var file: String?
    /// Where in the document; `nil` for problems with the file as a whole.
    public var path: JSONPath?
    public var problem: Problem

    public init(_ severity: Severity, _ problem: Problem, at path: JSONPath? = nil, file: String? = nil) {
        self.severity = severity
        self.problem = problem
        self.path = path
        self.file = file
    }

    /// An error diagnostic.
    public static func error(_ problem: Problem, at path: JSONPath? = nil) -> Diagnostic {
        Diagnostic(.error, problem, at: path)
    }

    /// A warning diagnostic.
    public static func warning(_ problem: Problem, at path: JSONPath? = nil) -> Diagnostic {
        Diagnostic(.warning, problem, at: path)
    }

    /// The diagnostic as one line: `file: $.path: problem`.
    public func message(_ language: Language) -> String {
        var parts: [String] = []
        if let file { parts.append(file) }
        if let path { parts.append(path.description) }
        parts.append(problem.message(language))
        return parts.joined(separator: ": ")
    }

    /// A copy that names `file`.
    public func inFile(_ file: String) -> Diagnostic {
        var copy = self
        copy.file = file
        return copy
    }
}

extension Diagnostic {
    /// `first` followed by those of `second` not already in it (ignoring which file they name).
    public static func merging(_ first: [Diagnostic], _ second: [Diagnostic]) -> [Diagnostic] {
        first + second.filter { candidate in !first.contains { $0.problem == candidate.problem && $0.path == candidate.path } }
    }
}

/// Thrown when a document has at least one error; carries every diagnostic found, warnings included.
public struct DiagnosticError: Error, Sendable, Equatable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// The errors among ``diagnostics``.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

extension [Diagnostic] {
    /// Whether any of these is an error.
    public var containsError: Bool { contains { $0.severity == .error } }

    /// Every diagnostic, naming `file`.
    public func inFile(_ file: String) -> [Diagnostic] { map { $0.inFile(file) } }
}
