import FactoryGrading

extension GradedDocument {
    /// The document's result as JSON: file, enterprise, then the result (compact or full), with the
    /// document's own warnings.
    func json(language: Language, full: Bool) -> JSONValue {
        guard case .object(var members) = result.json(pack: pack, language: language, full: full) else { return .null }
        members.removeAll { $0.key == "warnings" }
        members.append(JSONMember("warnings", .array(diagnostics.filter { $0.severity == .warning }.map { $0.json(language) })))
        var head = [JSONMember("file", .string(name))]
        if let name = assessment.profile.enterpriseName { head.append(JSONMember("enterprise", .string(name))) }
        return .object(head + members)
    }
}

/// The JSON line printed for a document that could not be graded.
func failureJSON(_ diagnostics: [Diagnostic], language: Language) -> JSONValue {
    .object([
        "file": .optional(diagnostics.first?.file),
        "tier": .null,
        "errors": .array(diagnostics.filter { $0.severity == .error }.map { $0.json(language) }),
    ])
}
