import FactoryGrading

extension GradedDocument {
    /// Writes the document's result as one JSON object: file, enterprise, then the result (compact or
    /// full), with the document's own warnings.
    func write(to json: inout JSONBuilder, language: Language, full: Bool) {
        let warnings = diagnostics.allSatisfy { $0.severity == .warning } ? diagnostics : diagnostics.filter { $0.severity == .warning }
        let name = name
        let enterprise = assessment.profile.enterpriseName
        let head = { (json: inout JSONBuilder) in
            json.member("file", name)
            if let enterprise { json.member("enterprise", enterprise) }
        }
        if full {
            result.write(to: &json, pack: pack, language: language, full: true, warnings: warnings, head: head)
        } else {
            result.write(to: &json, fragments: shared.fragments, language: language, warnings: warnings, head: head)
        }
    }

    /// The document's result as JSON bytes, without a trailing newline.
    func jsonBytes(language: Language, full: Bool, style: JSONWriter.Style) -> [UInt8] {
        var json = JSONBuilder(style: style, capacity: full ? 65_536 : 4096)
        write(to: &json, language: language, full: full)
        return json.bytes
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
