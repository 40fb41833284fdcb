extension Assessment {
    /// The `format` value of an assessment file.
    public static let formatName = "factorygrading.assessment"
    /// The `formatVersion` this library reads and writes.
    public static let formatVersion = 1

    /// Parses an assessment document, checking its shape and every value that can be checked without a
    /// pack (credit code, region and industry codes, dates, ranges).
    ///
    /// - Returns: the assessment, or `nil` when there were errors, and every diagnostic found.
    public static func decode(jsonBytes: some Collection<UInt8>) -> (assessment: Assessment?, diagnostics: [Diagnostic]) {
        do {
            return decode(json: try JSONParser.parse(jsonBytes))
        } catch {
            return (nil, [.error(.syntax(error))])
        }
    }

    /// Checks and converts a parsed assessment document; see ``decode(jsonBytes:)``.
    public static func decode(json: JSONValue) -> (assessment: Assessment?, diagnostics: [Diagnostic]) {
        let context = DecodingContext()
        let assessment = AssessmentDecoder(context: context).decode(json)
        return (context.hasErrors ? nil : assessment, context.diagnostics)
    }

    /// Parses an assessment document.
    ///
    /// - Throws: ``DiagnosticError`` when the document has errors.
    public init(jsonBytes: some Collection<UInt8>) throws(DiagnosticError) {
        let (assessment, diagnostics) = Self.decode(jsonBytes: jsonBytes)
        guard let assessment else { throw DiagnosticError(diagnostics) }
        self = assessment
    }
}

struct AssessmentDecoder {
    let context: DecodingContext

    func decode(_ json: JSONValue) -> Assessment? {
        guard let root = JSONObjectReader(json, at: .root, context: context) else { return nil }
        root.rejectUnknownKeys(["$schema", "format", "formatVersion", "pack", "profile", "answers", "maturity", "kpis"])
        if let format = root.string("format", required: true), format != Assessment.formatName {
            context.error(.wrongFormat(found: format, expected: Assessment.formatName), at: root.path.appending("format"))
            return nil
        }
        if let version = root.number("formatVersion", required: true), version != Double(Assessment.formatVersion) {
            context.error(.unsupportedFormatVersion(version, supported: Assessment.formatVersion), at: root.path.appending("formatVersion"))
            return nil
        }
        var pack: PackReference?
        if let reader = root.object("pack", required: true) {
            reader.rejectUnknownKeys(["id", "version"])
            if let id = reader.string("id", required: true), let version = reader.string("version", required: true) {
                pack = PackReference(id: id, version: version)
            }
        }
        let profile = root.object("profile").map(self.profile) ?? Profile()
        var answers: [String: Answer] = [:]
        if let reader = root.object("answers") {
            answers.reserveCapacity(reader.members.count)
            for member in reader.members {
                if let answer = answer(member.value, reader, member.key) { answers[member.key] = answer }
            }
        }
        let maturity = root.object("maturity").flatMap(self.maturity)
        var kpis: [String: KPIEntry] = [:]
        if let reader = root.object("kpis") {
            for member in reader.members {
                guard let entryReader = JSONObjectReader(member.value, at: reader.path.appending(member.key), context: context)
                else { continue }
                if let entry = kpi(entryReader) { kpis[member.key] = entry }
            }
        }
        guard let pack else { return nil }
        return Assessment(pack: pack, profile: profile, answers: answers, maturity: maturity, kpis: kpis)
    }

    private func profile(_ reader: JSONObjectReader) -> Profile {
        reader.rejectUnknownKeys([
            "enterpriseName", "creditCode", "regionCode", "industryCode", "manufacturingType", "annualRevenue", "assessor",
            "assessmentDate",
        ])
        var profile = Profile()
        profile.enterpriseName = reader.string("enterpriseName")
        if let code = reader.string("creditCode") {
            do {
                _ = try CreditCode(code)
                profile.creditCode = code
            } catch {
                context.error(.invalidCreditCode(code, error), at: reader.path.appending("creditCode"))
            }
        }
        if let code = reader.string("regionCode") {
            if RegionCode.isValid(code) {
                profile.regionCode = code
            } else {
                context.error(.invalidRegionCode(code), at: reader.path.appending("regionCode"))
            }
        }
        if let code = reader.string("industryCode") {
            switch IndustryCode.check(code) {
            case nil: profile.industryCode = code
            case .malformed?: context.error(.invalidIndustryCode(code), at: reader.path.appending("industryCode"))
            case .notManufacturing?: context.error(.notManufacturing(code), at: reader.path.appending("industryCode"))
            }
        }
        profile.manufacturingType = reader.enumeration("manufacturingType", as: Profile.ManufacturingType.self)
        profile.annualRevenue = reader.number("annualRevenue", min: 0)
        profile.assessor = reader.string("assessor")
        profile.assessmentDate = date(reader, "assessmentDate")
        return profile
    }

    private func date(_ reader: JSONObjectReader, _ key: String) -> String? {
        guard let text = reader.string(key) else { return nil }
        guard CalendarDate(text) != nil else {
            context.error(.invalidDate(text), at: reader.path.appending(key))
            return nil
        }
        return text
    }

    private func answer(_ value: JSONValue, _ parent: JSONObjectReader, _ key: String) -> Answer? {
        switch value {
        case .string(let text):
            guard let status = AnswerStatus(rawValue: text) else {
                context.error(.notOneOf(text, allowed: AnswerStatus.allCases.map(\.rawValue)), at: parent.path.appending(key))
                return nil
            }
            if status == .excepted {
                context.error(.justificationRequired, at: parent.path.appending(key))
                return nil
            }
            return Answer(status)
        case .null:
            return nil
        default:
            guard let reader = JSONObjectReader(value, at: parent.path.appending(key), context: context) else { return nil }
            reader.rejectUnknownKeys(["status", "evidence", "justification"])
            let status = reader.enumeration("status", as: AnswerStatus.self)
            let justification = reader.string("justification")
            if status == .excepted, justification == nil, reader.raw("justification") == nil {
                context.error(.justificationRequired, at: reader.path)
            }
            return Answer(status, evidence: reader.string("evidence", allowEmpty: true), justification: justification)
        }
    }

    private func maturity(_ reader: JSONObjectReader) -> MaturityResult? {
        reader.rejectUnknownKeys(["level", "score", "source", "reportNumber", "reportDate"])
        let level = reader.integer("level", min: 1, max: 5)
        let score = reader.number("score", min: 0, max: 5)
        let reportNumber = reader.string("reportNumber")
        let reportDate = date(reader, "reportDate")
        guard let source = reader.enumeration("source", as: MaturityResult.Source.self, required: true) else { return nil }
        if source == .official {
            if reader.raw("reportNumber") == nil { context.error(.officialReportDetailsMissing("reportNumber"), at: reader.path) }
            if reader.raw("reportDate") == nil { context.error(.officialReportDetailsMissing("reportDate"), at: reader.path) }
        }
        return MaturityResult(level: level, score: score, source: source, reportNumber: reportNumber, reportDate: reportDate)
    }

    private func kpi(_ reader: JSONObjectReader) -> KPIEntry? {
        reader.rejectUnknownKeys(["value", "main", "comparisons"])
        let value = reader.number("value")
        let main = reader.bool("main")
        var comparisons: [String: KPIComparison] = [:]
        if let comparisonsReader = reader.object("comparisons") {
            for member in comparisonsReader.members {
                guard let entry = JSONObjectReader(member.value, at: comparisonsReader.path.appending(member.key), context: context)
                else { continue }
                if let comparison = comparison(entry) { comparisons[member.key] = comparison }
            }
        }
        return KPIEntry(value: value, main: main, comparisons: comparisons)
    }

    private func comparison(_ reader: JSONObjectReader) -> KPIComparison? {
        if reader.raw("benchmark") != nil {
            reader.rejectUnknownKeys(["benchmark", "source"])
            let value = reader.number("benchmark", required: true)
            let source = reader.string("source")
            if source == nil, reader.raw("source") == nil { context.error(.sourceRequired, at: reader.path) }
            guard let value, let source else { return nil }
            return .benchmark(value: value, source: source)
        }
        if reader.raw("declared") != nil {
            reader.rejectUnknownKeys(["declared", "evidence"])
            let declared = reader.enumeration("declared", as: DeclaredComparison.self, required: true)
            let evidence = reader.string("evidence")
            if evidence == nil, reader.raw("evidence") == nil { context.error(.evidenceRequired, at: reader.path) }
            guard let declared, let evidence else { return nil }
            return .declared(meets: declared == .meets, evidence: evidence)
        }
        context.error(.missingField("benchmark | declared"), at: reader.path)
        return nil
    }
}

/// The words an assessment file uses for a declared comparison.
enum DeclaredComparison: String, CaseIterable {
    case meets
    case doesNotMeet
}
