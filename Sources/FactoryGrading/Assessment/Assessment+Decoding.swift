extension Assessment {
    /// The `format` value of an assessment file.
    public static let formatName = "factorygrading.assessment"
    /// The `formatVersion` this library reads and writes.
    public static let formatVersion = 1

    /// Parses an assessment document, checking its shape and every value that can be checked without a
    /// pack (credit code, region and industry codes, dates, ranges).
    ///
    /// Reads the bytes front to back without building a tree, reporting every problem it can find with
    /// its JSON path; a syntax error stops it.
    /// - Parameter identifiers: ids to reuse instead of allocating, when decoding many documents.
    /// - Returns: the assessment, or `nil` when there were errors, and every diagnostic found.
    public static func decode(jsonBytes: some Collection<UInt8>, identifiers: IdentifierTable? = nil)
        -> (assessment: Assessment?, diagnostics: [Diagnostic])
    {
        jsonBytes.withContiguousStorageIfAvailable { decodeBuffer($0, identifiers) }
            ?? Array(jsonBytes).withUnsafeBufferPointer { decodeBuffer($0, identifiers) }
    }

    /// Checks and converts a parsed assessment document; see ``decode(jsonBytes:)``.
    public static func decode(json: JSONValue) -> (assessment: Assessment?, diagnostics: [Diagnostic]) {
        decode(jsonBytes: JSONWriter(style: .compact).bytes(json))
    }

    /// Parses an assessment document.
    ///
    /// - Throws: ``DiagnosticError`` when the document has errors.
    public init(jsonBytes: some Collection<UInt8>) throws(DiagnosticError) {
        let (assessment, diagnostics) = Self.decode(jsonBytes: jsonBytes)
        guard let assessment else { throw DiagnosticError(diagnostics) }
        self = assessment
    }

    private static func decodeBuffer(_ buffer: UnsafeBufferPointer<UInt8>, _ identifiers: IdentifierTable?)
        -> (assessment: Assessment?, diagnostics: [Diagnostic])
    {
        let context = DecodingContext()
        var decoder = AssessmentDecoder(scanner: JSONScanner(bytes: buffer, identifiers: identifiers), context: context)
        do {
            let assessment = try decoder.decode()
            if context.hasErrors { return (nil, context.diagnostics) }
            return (consume assessment, context.diagnostics)
        } catch {
            return (nil, context.diagnostics.filter { $0.severity == .error } + [.error(.syntax(error))])
        }
    }
}

/// Decodes an assessment document straight from its bytes.
struct AssessmentDecoder {
    var scanner: JSONScanner
    let context: DecodingContext

    static let rootKeys = ["$schema", "format", "formatVersion", "pack", "profile", "answers", "maturity", "kpis"]
    static let packKeys = ["id", "version"]
    static let profileKeys = [
        "enterpriseName", "creditCode", "regionCode", "industryCode", "manufacturingType", "annualRevenue", "assessor", "assessmentDate",
    ]
    static let answerKeys = AnswerField.names.names
    static let maturityKeys = ["level", "score", "source", "reportNumber", "reportDate", "selfDiagnosis"]
    static let selfDiagnosisKeys = ["model", "answers", "tailoring"]
    static let kpiKeys = KPIField.names.names
    static let rawKeys = RawInputField.names.names
    static let oeeKeys = ["availability", "performance", "quality"]
    static let benchmarkKeys = ["benchmark", "source"]
    static let declaredKeys = ["declared", "evidence"]

    enum AnswerField: Int, FieldName {
        case status, evidence, justification
        static let names = FieldNames(["status", "evidence", "justification"])
    }

    enum KPIField: Int, FieldName {
        case value, raw, main, comparisons
        static let names = FieldNames(["value", "raw", "main", "comparisons"])
    }

    enum RawInputField: Int, FieldName {
        case before, after, part, whole, count, baselinePeriod, measurementPeriod, period
        static let names = FieldNames(RawField.inOrder.map(\.name))
    }

    /// The fields of a comparison with a benchmark scope: a benchmark with its source, or a declaration
    /// with its evidence.
    enum ComparisonField: Int, FieldName {
        case benchmark, source, declared, evidence
        static let names = FieldNames(benchmarkKeys + declaredKeys)
    }
    /// Every field name and enumerated value of the format.
    static let vocabulary =
        rootKeys + packKeys + profileKeys + answerKeys + maturityKeys + selfDiagnosisKeys + kpiKeys + rawKeys + oeeKeys + benchmarkKeys
        + declaredKeys + AnswerStatus.allCases.map(\.rawValue) + Profile.ManufacturingType.allCases.map(\.rawValue)
        + MaturityResult.Source.allCases.map(\.rawValue) + DeclaredComparison.allCases.map(\.rawValue)
    static let met = QuotedLiteral("met")
    static let notMet = QuotedLiteral("notMet")
    static let packPath = JSONPath.root.appending("pack")
    static let profilePath = JSONPath.root.appending("profile")
    static let answersPath = JSONPath.root.appending("answers")
    static let maturityPath = JSONPath.root.appending("maturity")
    static let kpisPath = JSONPath.root.appending("kpis")
    static let selfDiagnosisPath = maturityPath.appending("selfDiagnosis")

    mutating func decode() throws(JSONSyntaxError) -> Assessment? {
        scanner.skipByteOrderMark()
        try scanner.requireContent()
        let kind = try scanner.peek()
        guard kind == .object else {
            context.error(.wrongType(expected: "object", found: kind), at: .root)
            try scanner.skipValue()
            try scanner.finish()
            return nil
        }
        var root = try scanner.beginObject()
        var format: String?
        var formatVersion: Double?
        // Whether each required member is there at all: one of the wrong type is reported as that, not also as missing.
        var sawFormat = false
        var sawFormatVersion = false
        var pack: PackReference?
        var sawPack = false
        var profile = Profile()
        var answers: IdentifierMap<Answer> = [:]
        var maturity: MaturityResult?
        var kpis: IdentifierMap<KPIEntry> = [:]
        while let key = try scanner.nextKey(&root) {
            switch key {
            case "$schema":
                try scanner.skipValue()
            case "format":
                sawFormat = true
                format = try string(at: JSONPath.root.appending(key), required: true)
                if let format, format != Assessment.formatName {
                    context.error(.wrongFormat(found: format, expected: Assessment.formatName), at: JSONPath.root.appending(key))
                    return nil
                }
            case "formatVersion":
                sawFormatVersion = true
                formatVersion = try number(at: JSONPath.root.appending(key), required: true)
                if let formatVersion, formatVersion != Double(Assessment.formatVersion) {
                    context.error(
                        .unsupportedFormatVersion(formatVersion, supported: Assessment.formatVersion), at: JSONPath.root.appending(key))
                    return nil
                }
            case "pack":
                sawPack = true
                pack = try packReference()
            case "profile":
                profile = try self.profile()
            case "answers":
                answers = try self.answers()
            case "maturity":
                maturity = try self.maturity()
            case "kpis":
                kpis = try self.kpis()
            default:
                context.error(.unknownField(key, allowed: Self.rootKeys), at: .root)
                try scanner.skipValue()
            }
        }
        try scanner.finish()
        if !sawFormat { context.error(.missingField("format"), at: .root) }
        if !sawFormatVersion { context.error(.missingField("formatVersion"), at: .root) }
        if !sawPack { context.error(.missingField("pack"), at: .root) }
        guard let pack else { return nil }
        return Assessment(pack: pack, profile: consume profile, answers: consume answers, maturity: consume maturity, kpis: consume kpis)
    }

    // MARK: Sections

    /// An `{id, version}` object at `path`: the pack an assessment answers, or a self-diagnosis's model.
    private mutating func packReference(at path: JSONPath = Self.packPath) throws(JSONSyntaxError) -> PackReference? {
        guard var object = try object(at: path, required: true) else { return nil }
        var id: String?
        var version: String?
        var (sawID, sawVersion) = (false, false)
        while let key = try scanner.nextKey(&object) {
            switch key {
            case "id":
                sawID = true
                id = try string(at: path.appending(key), required: true)
            case "version":
                sawVersion = true
                version = try string(at: path.appending(key), required: true)
            default: try unknown(key, Self.packKeys, at: path)
            }
        }
        if !sawID { context.error(.missingField("id"), at: path) }
        if !sawVersion { context.error(.missingField("version"), at: path) }
        guard let id, let version else { return nil }
        return PackReference(id: id, version: version)
    }

    private mutating func profile() throws(JSONSyntaxError) -> Profile {
        let path = Self.profilePath
        var profile = Profile()
        guard var object = try object(at: path) else { return profile }
        while let key = try scanner.nextKey(&object) {
            func field() -> JSONPath { path.appending(key) }
            switch key {
            case "enterpriseName":
                profile.enterpriseName = try string(at: field())
            case "creditCode":
                guard let code = try string(at: field()) else { continue }
                do {
                    _ = try CreditCode(code)
                    profile.creditCode = code
                } catch {
                    context.error(.invalidCreditCode(code, error), at: field())
                }
            case "regionCode":
                guard let code = try string(at: field()) else { continue }
                if RegionCode.isValid(code) { profile.regionCode = code } else { context.error(.invalidRegionCode(code), at: field()) }
            case "industryCode":
                guard let code = try string(at: field()) else { continue }
                switch IndustryCode.check(code) {
                case nil: profile.industryCode = code
                case .malformed?: context.error(.invalidIndustryCode(code), at: field())
                case .notManufacturing?: context.error(.notManufacturing(code), at: field())
                }
            case "manufacturingType":
                profile.manufacturingType = try enumeration(Profile.ManufacturingType.self, at: field())
            case "annualRevenue":
                profile.annualRevenue = try number(at: field(), min: 0)
            case "assessor":
                profile.assessor = try string(at: field())
            case "assessmentDate":
                profile.assessmentDate = try date(at: field())
            default:
                try unknown(key, Self.profileKeys, at: path)
            }
        }
        return profile
    }

    private mutating func answers() throws(JSONSyntaxError) -> IdentifierMap<Answer> {
        let path = Self.answersPath
        var answers: IdentifierMap<Answer> = [:]
        guard var object = try object(at: path) else { return answers }
        answers.reserveCapacity(128)
        let (met, notMet) = (Self.met, Self.notMet)
        while let key = try scanner.nextKey(&object) {
            let hash = scanner.keyHash
            if scanner.skipString(met) {
                answers.append(distinct: key, hash: hash, Answer(.met))
                continue
            }
            if scanner.skipString(notMet) {
                answers.append(distinct: key, hash: hash, Answer(.notMet))
                continue
            }
            switch try scanner.peek() {
            case .string:
                let text = try scanner.readString()
                switch AnswerStatus(rawValue: text) {
                case .met?: answers.append(distinct: key, hash: hash, Answer(.met))
                case .notMet?: answers.append(distinct: key, hash: hash, Answer(.notMet))
                case .excepted?: context.error(.justificationRequired, at: path.appending(key))
                case nil: context.error(.notOneOf(text, allowed: AnswerStatus.allCases.map(\.rawValue)), at: path.appending(key))
                }
            case .null:
                try scanner.readNull()
            case .object:
                if let answer = try answerObject(at: path.appending(key)) { answers.append(distinct: key, hash: hash, answer) }
            case let kind:
                context.error(.wrongType(expected: "string", found: kind), at: path.appending(key))
                try scanner.skipValue()
            }
        }
        return answers
    }

    private mutating func answerObject(at path: @autoclosure () -> JSONPath) throws(JSONSyntaxError) -> Answer? {
        var object = try scanner.beginObject()
        var answer = Answer(nil)
        while let member = try scanner.nextMember(&object, AnswerField.self) {
            switch member {
            case .field(.status):
                if scanner.skipString(Self.met) {
                    answer.status = .met
                } else if scanner.skipString(Self.notMet) {
                    answer.status = .notMet
                } else {
                    answer.status = try enumeration(AnswerStatus.self, at: path().appending("status"))
                }
            case .field(.evidence): answer.evidence = try string(at: path().appending("evidence"), allowEmpty: true)
            case .field(.justification): answer.justification = try string(at: path().appending("justification"))
            case .other(let key): try unknown(key, Self.answerKeys, at: path())
            }
        }
        if answer.status == .excepted, answer.justification == nil { context.error(.justificationRequired, at: path()) }
        return answer
    }

    private mutating func maturity() throws(JSONSyntaxError) -> MaturityResult? {
        let path = Self.maturityPath
        guard var object = try object(at: path) else { return nil }
        var level: Int?
        var score: Double?
        var source: MaturityResult.Source?
        var reportNumber: String?
        var reportDate: String?
        var sawSource = false
        var diagnosis: SelfDiagnosis?
        while let key = try scanner.nextKey(&object) {
            func field() -> JSONPath { path.appending(key) }
            switch key {
            case "selfDiagnosis": diagnosis = try selfDiagnosis(at: field())
            case "level": level = try integer(at: field(), min: 1, max: 5)
            case "score": score = try number(at: field(), min: 0, max: 5)
            case "source":
                sawSource = try scanner.peek() != .null
                source = try enumeration(MaturityResult.Source.self, at: field())
            case "reportNumber": reportNumber = try string(at: field())
            case "reportDate": reportDate = try date(at: field())
            default: try unknown(key, Self.maturityKeys, at: path)
            }
        }
        if !sawSource, diagnosis == nil || level != nil { context.error(.missingField("source"), at: path) }
        if source == .official {
            if reportNumber == nil { context.error(.officialReportDetailsMissing("reportNumber"), at: path) }
            if reportDate == nil { context.error(.officialReportDetailsMissing("reportDate"), at: path) }
        }
        guard source != nil || diagnosis != nil else { return nil }
        return MaturityResult(
            level: level, score: score, source: source, reportNumber: reportNumber, reportDate: reportDate, selfDiagnosis: diagnosis)
    }

    private mutating func selfDiagnosis(at path: @autoclosure () -> JSONPath) throws(JSONSyntaxError) -> SelfDiagnosis? {
        guard var object = try object(at: path()) else { return nil }
        var model: PackReference?
        var sawModel = false
        var answers: IdentifierMap<String> = [:]
        var tailoring: IdentifierMap<String> = [:]
        while let key = try scanner.nextKey(&object) {
            switch key {
            case "model":
                sawModel = true
                model = try packReference(at: path().appending(key))
            case "answers":
                answers = try stringMap(at: path().appending(key))
            case "tailoring":
                tailoring = try stringMap(at: path().appending(key))
            default:
                try unknown(key, Self.selfDiagnosisKeys, at: path())
            }
        }
        guard let model else {
            if !sawModel { context.error(.missingField("model"), at: path()) }
            return nil
        }
        return SelfDiagnosis(model: model, answers: answers, tailoring: tailoring)
    }

    private mutating func stringMap(at path: @autoclosure () -> JSONPath) throws(JSONSyntaxError) -> IdentifierMap<String> {
        var result: IdentifierMap<String> = [:]
        guard var object = try object(at: path()) else { return result }
        result.reserveCapacity(128)
        while let key = try scanner.nextKey(&object) {
            let hash = scanner.keyHash
            if let text = scanner.knownString() {
                result.append(distinct: key, hash: hash, text)
            } else if let text = try string(at: path().appending(key)) {
                result.append(distinct: key, hash: hash, text)
            }
        }
        return result
    }

    private mutating func rawInputs(at path: @autoclosure () -> JSONPath) throws(JSONSyntaxError) -> KPIRawInputs? {
        guard var object = try object(at: path()) else { return nil }
        var fields = KPIRawInputs.Fields()
        while let member = try scanner.nextMember(&object, RawInputField.self) {
            guard case .field(let field) = member else {
                if case .other(let key) = member { try unknown(key, Self.rawKeys, at: path()) }
                continue
            }
            let position = field.rawValue
            var key: String { RawField.inOrder[position].name }
            switch field {
            case .before, .after:
                if try scanner.peek() == .object {
                    var components = try scanner.beginObject()
                    var factors: [String: Double] = [:]
                    while let field = try scanner.nextKey(&components) {
                        guard Self.oeeKeys.contains(field) else {
                            try unknown(field, Self.oeeKeys, at: path().appending(key))
                            continue
                        }
                        if let value = try number(at: path().appending(key).appending(field), min: 0, max: 100, required: true) { factors[field] = value }
                    }
                    if let availability = factors["availability"], let performance = factors["performance"], let quality = factors["quality"] {
                        fields[oee: position] = KPIRawInputs.OEE(availability: availability, performance: performance, quality: quality)
                    } else {
                        context.error(.missingField(Self.oeeKeys.first { factors[$0] == nil } ?? "availability"), at: path().appending(key))
                    }
                } else if let value = try number(at: path().appending(key), min: 0) {
                    fields[number: position] = value
                }
            case .part, .whole, .count:
                if let value = try number(at: path().appending(key), min: 0) { fields[number: position] = value }
            case .baselinePeriod, .measurementPeriod, .period:
                if let period = try string(at: path().appending(key)) { fields[period: position] = period }
            }
        }
        return KPIRawInputs(fields: fields)
    }

    private mutating func kpis() throws(JSONSyntaxError) -> IdentifierMap<KPIEntry> {
        let path = Self.kpisPath
        var kpis: IdentifierMap<KPIEntry> = [:]
        guard var object = try object(at: path) else { return kpis }
        kpis.reserveCapacity(24)
        while let key = try scanner.nextKey(&object) {
            let hash = scanner.keyHash
            guard var entryObject = try self.object(at: path.appending(key)) else { continue }
            var value: Double?
            var raw: KPIRawInputs?
            var main: Bool?
            var comparisons: IdentifierMap<KPIComparison> = [:]
            while let member = try scanner.nextMember(&entryObject, KPIField.self) {
                switch member {
                case .field(.value): value = try number(at: path.appending(key).appending("value"))
                case .field(.raw): raw = try rawInputs(at: path.appending(key).appending("raw"))
                case .field(.main): main = try bool(at: path.appending(key).appending("main"))
                case .field(.comparisons): comparisons = try self.comparisons(at: path.appending(key).appending("comparisons"))
                case .other(let field): try unknown(field, Self.kpiKeys, at: path.appending(key))
                }
            }
            if value != nil, raw != nil { context.error(.valueAndRawInputs, at: path.appending(key)) }
            kpis.append(distinct: key, hash: hash, KPIEntry(value: value, raw: consume raw, main: main, comparisons: consume comparisons))
        }
        return kpis
    }

    private mutating func comparisons(at path: @autoclosure () -> JSONPath) throws(JSONSyntaxError) -> IdentifierMap<KPIComparison> {
        var comparisons: IdentifierMap<KPIComparison> = [:]
        guard var object = try object(at: path()) else { return comparisons }
        while let scope = try scanner.nextKey(&object) {
            let hash = scanner.keyHash
            func scopePath() -> JSONPath { path().appending(scope) }
            guard var entry = try self.object(at: scopePath()) else { continue }
            var benchmark: Double?
            var source: String?
            var declared: DeclaredComparison?
            var evidence: String?
            // When each known key was read (its order among the members), to report misplaced ones in document order.
            var seen: (benchmark: Int?, source: Int?, declared: Int?, evidence: Int?) = (nil, nil, nil, nil)
            var members = 0
            while let member = try scanner.nextMember(&entry, ComparisonField.self) {
                members += 1
                switch member {
                case .field(.benchmark):
                    seen.benchmark = members
                    benchmark = try number(at: scopePath().appending("benchmark"), required: true)
                case .field(.source):
                    seen.source = members
                    source = try string(at: scopePath().appending("source"))
                case .field(.declared):
                    seen.declared = members
                    declared = try enumeration(DeclaredComparison.self, at: scopePath().appending("declared"), required: true)
                case .field(.evidence):
                    seen.evidence = members
                    evidence = try string(at: scopePath().appending("evidence"))
                case .other(let key): try unknown(key, ComparisonField.names.names, at: scopePath())
                }
            }
            func misplaced(_ keys: [(String, Int?)], allowed: [String]) {
                for (key, _) in keys.compactMap({ key, order in order.map { (key, $0) } }).sorted(by: { $0.1 < $1.1 }) {
                    context.error(.unknownField(key, allowed: allowed), at: scopePath())
                }
            }
            if seen.benchmark != nil {
                if seen.declared != nil || seen.evidence != nil {
                    misplaced([("declared", seen.declared), ("evidence", seen.evidence)], allowed: Self.benchmarkKeys)
                }
                if source == nil { context.error(.sourceRequired, at: scopePath()) }
                if let benchmark, let source { comparisons.append(distinct: scope, hash: hash, .benchmark(value: benchmark, source: source)) }
            } else if seen.declared != nil {
                if seen.source != nil { misplaced([("source", seen.source)], allowed: Self.declaredKeys) }
                if evidence == nil { context.error(.evidenceRequired, at: scopePath()) }
                if let declared, let evidence {
                    comparisons.append(distinct: scope, hash: hash, .declared(meets: declared == .meets, evidence: evidence))
                }
            } else {
                context.error(.missingField("benchmark | declared"), at: scopePath())
            }
        }
        return comparisons
    }

    // MARK: Typed values. `null` reads as absent; a wrong type is reported and the value skipped.

    private mutating func object(at path: @autoclosure () -> JSONPath, required: Bool = false) throws(JSONSyntaxError)
        -> JSONScanner.ObjectState?
    {
        switch try scanner.peek() {
        case .object:
            return try scanner.beginObject()
        case .null:
            if required { context.error(.wrongType(expected: "object", found: .null), at: path()) }
            try scanner.readNull()
            return nil
        case let kind:
            context.error(.wrongType(expected: "object", found: kind), at: path())
            try scanner.skipValue()
            return nil
        }
    }

    private mutating func unknown(_ key: String, _ allowed: [String], at path: JSONPath) throws(JSONSyntaxError) {
        context.error(.unknownField(key, allowed: allowed), at: path)
        try scanner.skipValue()
    }

    private mutating func expect(_ kind: JSONKind, expected: String, at path: @autoclosure () -> JSONPath, required: Bool)
        throws(JSONSyntaxError) -> Bool
    {
        let found = try scanner.peek()
        if found == kind { return true }
        if found == .null, !required {
            try scanner.readNull()
        } else {
            context.error(.wrongType(expected: expected, found: found), at: path())
            try scanner.skipValue()
        }
        return false
    }

    private mutating func string(at path: @autoclosure () -> JSONPath, allowEmpty: Bool = false, required: Bool = false)
        throws(JSONSyntaxError) -> String?
    {
        guard try expect(.string, expected: "string", at: path(), required: required) else { return nil }
        let text = try scanner.readString()
        if !allowEmpty, text.isBlank {
            context.error(.emptyText, at: path())
            return nil
        }
        return text
    }

    private mutating func number(
        at path: @autoclosure () -> JSONPath, min: Double? = nil, max: Double? = nil, required: Bool = false
    ) throws(JSONSyntaxError) -> Double? {
        guard try expect(.number, expected: "number", at: path(), required: required) else { return nil }
        let value = try scanner.readNumber()
        if let min, value < min {
            context.error(.outOfRange(value, min: min, max: max), at: path())
            return nil
        }
        if let max, value > max {
            context.error(.outOfRange(value, min: min, max: max), at: path())
            return nil
        }
        return value
    }

    private mutating func integer(at path: @autoclosure () -> JSONPath, min: Int, max: Int) throws(JSONSyntaxError) -> Int? {
        guard let value = try number(at: path(), min: Double(min), max: Double(max)) else { return nil }
        guard value == value.rounded() else {
            context.error(.notInteger(value), at: path())
            return nil
        }
        return Int(value)
    }

    private mutating func bool(at path: @autoclosure () -> JSONPath) throws(JSONSyntaxError) -> Bool? {
        guard try expect(.bool, expected: "boolean", at: path(), required: false) else { return nil }
        return try scanner.readBool()
    }

    private mutating func enumeration<E: RawRepresentable & CaseIterable>(
        _ type: E.Type, at path: @autoclosure () -> JSONPath, required: Bool = false
    ) throws(JSONSyntaxError) -> E? where E.RawValue == String {
        guard let text = try string(at: path(), required: required) else { return nil }
        guard let value = E(rawValue: text) else {
            context.error(.notOneOf(text, allowed: E.allCases.map(\.rawValue)), at: path())
            return nil
        }
        return value
    }

    private mutating func date(at path: @autoclosure () -> JSONPath) throws(JSONSyntaxError) -> String? {
        guard let text = try string(at: path()) else { return nil }
        guard CalendarDate(text) != nil else {
            context.error(.invalidDate(text), at: path())
            return nil
        }
        return text
    }
}

/// The words an assessment file uses for a declared comparison.
enum DeclaredComparison: String, CaseIterable {
    case meets
    case doesNotMeet
}
