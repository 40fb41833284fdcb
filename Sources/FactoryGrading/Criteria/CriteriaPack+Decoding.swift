extension CriteriaPack {
    /// The `format` value of a pack file.
    public static let formatName = "factorygrading.criteria-pack"
    /// The `formatVersion` this library reads.
    public static let formatVersion = 1

    /// Parses and validates a pack file's bytes.
    ///
    /// - Throws: ``DiagnosticError`` listing every problem found, each with its JSON path.
    public init(jsonBytes: some Collection<UInt8>) throws(DiagnosticError) {
        try self.init(json: JSONParser.parseReporting(jsonBytes))
    }

    /// Builds and validates a pack from a parsed document.
    ///
    /// - Throws: ``DiagnosticError`` listing every problem found, each with its JSON path.
    public init(json: JSONValue) throws(DiagnosticError) {
        let context = DecodingContext()
        guard let pack = PackDecoder(context: context).decode(json) else { throw DiagnosticError(context.diagnostics) }
        var diagnostics = context.diagnostics
        diagnostics += PackValidator(pack: pack).problems()
        if diagnostics.containsError { throw DiagnosticError(diagnostics) }
        self = pack
    }
}

/// Turns a pack document into a ``CriteriaPack``, reporting shape and type problems.
struct PackDecoder {
    let context: DecodingContext

    func decode(_ json: JSONValue) -> CriteriaPack? {
        guard let root = JSONObjectReader(json, at: .root, context: context) else { return nil }
        // A file of another kind gets that one error, not one per field it has.
        guard root.hasFormat(CriteriaPack.formatName, version: CriteriaPack.formatVersion) else { return nil }
        root.rejectUnknownKeys([
            "$schema", "format", "formatVersion", "id", "version", "title", "issuer", "documentNumber", "date", "implements",
            "region", "notes", "passages", "tiers", "areas", "items", "kpiCategories", "kpis", "kpiScopes", "parameters",
        ])
        _ = root.string("$schema", allowEmpty: true)
        let id = checkedID(root, "id", problem: Problem.invalidPackID) { Self.isLowerCaseOrDigit($0) || $0 == UInt8(ascii: "-") }
        let version = root.string("version", required: true)
        if let version, !SemanticVersion.isValid(version) {
            context.error(.invalidVersion(version), at: root.path.appending("version"))
        }
        let date = root.string("date", required: true)
        if let date, CalendarDate(date) == nil { context.error(.invalidDate(date), at: root.path.appending("date")) }
        let title = root.text("title", required: true)
        let issuer = root.text("issuer", required: true)
        let documentNumber = root.string("documentNumber", required: true)
        let implements = root.text("implements", required: true)
        let region = root.string("region", required: true)
        if let region, ![2, 4, 6].contains(region.utf8.count) || !region.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            context.error(.invalidRegionPrefix(region), at: root.path.appending("region"))
        }
        let notes = root.texts("notes")
        let passages = root.objects("passages", required: true).compactMap(passage)
        let (parameters, interpretation) = self.parameters(root.objects("parameters", required: true))
        var tiers: [Tier] = []
        for reader in root.objects("tiers", required: true) {
            if let tier = tier(reader, rank: tiers.count + 1) { tiers.append(tier) }
        }
        if interpretation.ladder == .cumulative, let ladderParameter = parameters.first(where: { $0.id == "ladder" }) {
            for index in tiers.indices.dropFirst() {
                let lower = tiers[index - 1]
                let rule = Rule(
                    id: "\(tiers[index].id)/ladder", kind: .ladder(lowerTier: lower.id),
                    title: LocalizedText(zh: "须先达到\(lower.name.zh)", en: "Requires \(lower.name.en) first"),
                    clause: ladderParameter.clause, passage: nil)
                tiers[index].rules.insert(rule, at: 0)
            }
        }
        let areas = root.objects("areas", required: true).compactMap(area)
        let items = root.objects("items", required: true).compactMap(item)
        let categories = root.objects("kpiCategories", required: true).compactMap { reader -> KPICategory? in
            reader.rejectUnknownKeys(["id", "name", "clause"])
            guard let id = identifier(reader, "id"), let name = reader.text("name", required: true),
                let clause = reader.string("clause", required: true)
            else { return nil }
            return KPICategory(id: id, name: name, clause: clause)
        }
        let kpis = root.objects("kpis", required: true).compactMap(kpi)
        var scopes: [KPIScope] = []
        for reader in root.objects("kpiScopes", required: true) {
            reader.rejectUnknownKeys(["id", "name", "kind"])
            guard let id = scopeIdentifier(reader, "id"), let name = reader.text("name", required: true),
                let kind = reader.enumeration("kind", as: KPIScope.Kind.self, required: true)
            else { continue }
            scopes.append(KPIScope(id: id, name: name, kind: kind, rank: scopes.count + 1))
        }
        guard !context.hasErrors, let id, let version, let date, let title, let issuer, let documentNumber, let implements,
            let region
        else { return nil }
        return CriteriaPack(
            id: id, version: version, title: title, issuer: issuer, documentNumber: documentNumber, date: date,
            implements: implements, region: region, notes: notes, passages: passages, tiers: tiers, areas: areas,
            items: items, kpiCategories: categories, kpis: kpis, kpiScopes: scopes, parameters: parameters,
            interpretation: interpretation)
    }

    private func identifier(_ reader: JSONObjectReader, _ key: String, required: Bool = true) -> String? {
        checkedID(reader, key, required: required, problem: Problem.invalidIdentifier) { byte in
            Self.isLowerCaseOrDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")
        }
    }

    /// A benchmark scope id: letters of either case, digits, `.` and `-` (assessments write it as a key).
    private func scopeIdentifier(_ reader: JSONObjectReader, _ key: String) -> String? {
        checkedID(reader, key, problem: Problem.invalidScopeID) { byte in
            Self.isLowerCaseOrDigit(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: ".")
        }
    }

    /// The string at `key`, with `problem` reported unless every byte is `allowed`.
    private func checkedID(
        _ reader: JSONObjectReader, _ key: String, required: Bool = true, problem: (String) -> Problem, allowed: (UInt8) -> Bool
    ) -> String? {
        guard let text = reader.string(key, required: required) else { return nil }
        if !text.utf8.allSatisfy(allowed) { context.error(problem(text), at: reader.path.appending(key)) }
        return text
    }

    private static func isLowerCaseOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// The non-empty list of strings at `key`, each once.
    private func distinctStrings(_ reader: JSONObjectReader, _ key: String) -> [String]? {
        guard let strings = reader.strings(key, required: true) else { return nil }
        if strings.isEmpty { context.error(.emptyList, at: reader.path.appending(key)) }
        var seen = Set<String>()
        for string in strings where !seen.insert(string).inserted { context.error(.duplicateID(string), at: reader.path.appending(key)) }
        return strings
    }

    private func passage(_ reader: JSONObjectReader) -> Passage? {
        reader.rejectUnknownKeys(["id", "clause", "text", "informational"])
        guard let id = identifier(reader, "id"), let clause = reader.string("clause", required: true),
            let text = reader.text("text", required: true)
        else { return nil }
        return Passage(id: id, clause: clause, text: text, informational: reader.text("informational"))
    }

    private func tier(_ reader: JSONObjectReader, rank: Int) -> Tier? {
        reader.rejectUnknownKeys(["id", "name", "clause", "passage", "summary", "recognition", "rules"])
        let rules = reader.objects("rules", required: true).compactMap(rule)
        guard let id = identifier(reader, "id"), let name = reader.text("name", required: true),
            let clause = reader.string("clause", required: true), let passage = reader.string("passage", required: true),
            let summary = reader.text("summary", required: true), let recognition = reader.text("recognition", required: true)
        else { return nil }
        return Tier(id: id, name: name, rank: rank, clause: clause, passage: passage, summary: summary, recognition: recognition, rules: rules)
    }

    private func rule(_ reader: JSONObjectReader) -> Rule? {
        let common = ["id", "kind", "title", "clause", "passage"]
        let id = identifier(reader, "id")
        let title = reader.text("title", required: true)
        let clause = reader.string("clause", required: true)
        let passage = reader.string("passage", required: true)
        guard let kindName = reader.string("kind", required: true) else { return nil }
        let kind: Rule.Kind?
        switch kindName {
        case "item":
            reader.rejectUnknownKeys(common + ["item"])
            kind = reader.string("item", required: true).map(Rule.Kind.item)
        case "maturityGate":
            reader.rejectUnknownKeys(common + ["minimumLevel"])
            kind = reader.integer("minimumLevel", required: true, min: 1, max: 5).map { .maturityGate(minimumLevel: $0) }
        case "coverage":
            reader.rejectUnknownKeys(common + ["requiredAreas", "exceptions"])
            let areas = distinctStrings(reader, "requiredAreas")
            let policy = reader.enumeration("exceptions", as: Rule.ExceptionPolicy.self, required: true)
            kind = areas.flatMap { areas in policy.map { .coverage(requiredAreas: areas, exceptions: $0) } }
        case "kpiScope":
            reader.rejectUnknownKeys(common + ["scope"])
            kind = scopeIdentifier(reader, "scope").map { .kpiScope(scope: $0) }
        default:
            context.error(.notOneOf(kindName, allowed: ["item", "maturityGate", "coverage", "kpiScope"]), at: reader.path.appending("kind"))
            kind = nil
        }
        guard let id, let title, let clause, let passage, let kind else { return nil }
        return Rule(id: id, kind: kind, title: title, clause: clause, passage: passage)
    }

    private func area(_ reader: JSONObjectReader) -> ConstructionArea? {
        reader.rejectUnknownKeys(["id", "name", "clause", "passage", "segments"])
        if case .array(let elements)? = reader.raw("segments"), elements.isEmpty { context.error(.emptyList, at: reader.path.appending("segments")) }
        let segments = reader.objects("segments", required: true).compactMap { segment -> ConstructionArea.Segment? in
            segment.rejectUnknownKeys(["id", "name"])
            guard let id = identifier(segment, "id"), let name = segment.text("name", required: true) else { return nil }
            return ConstructionArea.Segment(id: id, name: name)
        }
        guard let id = identifier(reader, "id"), let name = reader.text("name", required: true),
            let clause = reader.string("clause", required: true), let passage = reader.string("passage", required: true)
        else { return nil }
        return ConstructionArea(id: id, name: name, clause: clause, passage: passage, segments: segments)
    }

    private func item(_ reader: JSONObjectReader) -> Item? {
        reader.rejectUnknownKeys(["id", "kind", "tier", "area", "text", "clause", "passage", "guidance"])
        guard let id = identifier(reader, "id"), let kind = reader.enumeration("kind", as: Item.Kind.self, required: true),
            let text = reader.text("text", required: true), let clause = reader.string("clause", required: true),
            let passage = reader.string("passage", required: true)
        else { return nil }
        let tier = reader.string("tier", required: kind != .base)
        let area = reader.string("area", required: kind == .construction)
        if kind == .base, tier != nil { context.error(.fieldNotAllowed("tier", kind: kind.rawValue), at: reader.path) }
        if kind != .construction, area != nil { context.error(.fieldNotAllowed("area", kind: kind.rawValue), at: reader.path) }
        return Item(id: id, kind: kind, tier: tier, area: area, text: text, clause: clause, passage: passage, guidance: reader.text("guidance"))
    }

    private func kpi(_ reader: JSONObjectReader) -> KPI? {
        reader.rejectUnknownKeys([
            "id", "number", "category", "name", "unit", "valueType", "direction", "range", "plausible", "clause", "passage", "definition",
            "formula",
        ])
        guard let id = identifier(reader, "id"), let number = reader.integer("number", required: true, min: 1),
            let category = reader.string("category", required: true), let name = reader.text("name", required: true),
            let unit = reader.text("unit", required: true),
            let valueType = reader.enumeration("valueType", as: KPI.ValueType.self, required: true),
            let direction = reader.enumeration("direction", as: KPI.Direction.self, required: true),
            let range = valueRange(reader, "range"), let plausible = valueRange(reader, "plausible"),
            let clause = reader.string("clause", required: true), let definition = reader.text("definition", required: true),
            let formula = reader.object("formula", required: true).flatMap(formula)
        else { return nil }
        return KPI(
            id: id, number: number, category: category, name: name, unit: unit, valueType: valueType, direction: direction,
            range: range, plausible: plausible, clause: clause, passage: reader.string("passage"), definition: definition, formula: formula)
    }

    private func formula(_ reader: JSONObjectReader) -> KPIFormula? {
        reader.rejectUnknownKeys(["kind", "inputs", "inputUnit", "convention", "source"])
        guard let kind = reader.enumeration("kind", as: KPIFormula.Kind.self, required: true),
            let inputsReader = reader.object("inputs", required: true), let convention = reader.bool("convention", required: true),
            let source = reader.text("source", required: true)
        else { return nil }
        inputsReader.rejectUnknownKeys(kind.inputNames)
        var inputs: [String: LocalizedText] = [:]
        for name in kind.inputNames {
            if let label = inputsReader.text(name, required: true) { inputs[name] = label }
        }
        return KPIFormula(kind: kind, inputs: inputs, inputUnit: reader.text("inputUnit"), convention: convention, source: source)
    }

    private func valueRange(_ reader: JSONObjectReader, _ key: String) -> ValueRange? {
        guard let object = reader.object(key, required: true) else { return nil }
        object.rejectUnknownKeys(["min", "max"])
        // Both ends are written; `null` leaves one open.
        for end in ["min", "max"] where object.raw(end) == nil { context.error(.missingField(end), at: object.path) }
        let range = ValueRange(min: object.number("min"), max: object.number("max"))
        if let min = range.min, let max = range.max, min > max {
            context.error(.outOfRange(min, min: nil, max: max), at: object.path.appending("min"))
        }
        return range
    }

    private func parameters(_ readers: [JSONObjectReader]) -> ([Parameter], InterpretationParameters) {
        var parameters: [Parameter] = []
        var typed = InterpretationParameters()
        for reader in readers {
            reader.rejectUnknownKeys(["id", "value", "default", "interpretation", "rationale", "clause", "appliesTo"])
            guard let id = reader.string("id", required: true), let value = reader.raw("value"),
                let defaultValue = reader.raw("default"), let interpretation = reader.bool("interpretation", required: true),
                let rationale = reader.text("rationale", required: true), let clause = reader.string("clause", required: true)
            else {
                if reader.raw("value") == nil { context.error(.missingField("value"), at: reader.path) }
                if reader.raw("default") == nil { context.error(.missingField("default"), at: reader.path) }
                continue
            }
            // The default is checked as the value is; only the value is used.
            for key in ["value", "default"] {
                let isValue = key == "value"
                let raw = isValue ? value : defaultValue
                let path = reader.path.appending(key)
                switch id {
                case "ladder":
                    if let ladder = enumValue(raw, InterpretationParameters.Ladder.self, path), isValue { typed.ladder = ladder }
                case "mainIndicators.minimumCount":
                    if let count = reader.integer(key, required: true, min: 1), isValue { typed.mainIndicatorsMinimumCount = count }
                case "scaleThresholdRevenue":
                    if let revenue = reader.number(key, required: true, min: 0), isValue { typed.scaleThresholdRevenue = revenue }
                case "coverage.includeLowerTierItems":
                    if let flag = reader.bool(key, required: true), isValue { typed.coverageIncludesLowerTierItems = flag }
                case "coverage.maxExceptedAreas":
                    if let count = reader.integer(key, required: true, min: 0), isValue { typed.maxExceptedAreas = count }
                case "kpiScope.averageComparison":
                    if let comparison = enumValue(raw, InterpretationParameters.Comparison.self, path), isValue {
                        typed.averageComparison = comparison
                    }
                case "kpiScope.leadingComparison":
                    if let comparison = enumValue(raw, InterpretationParameters.Comparison.self, path), isValue {
                        typed.leadingComparison = comparison
                    }
                case "kpiScope.higherScopeImpliesLower":
                    if let flag = reader.bool(key, required: true), isValue { typed.higherScopeImpliesLower = flag }
                case "maturity.scoreBands":
                    if let bands = scoreBands(raw, path), isValue { typed.maturityScoreBands = bands }
                default:
                    if isValue { context.error(.notOneOf(id, allowed: InterpretationParameters.knownIDs), at: reader.path.appending("id")) }
                }
            }
            let appliesTo = reader.string("appliesTo")
            if id == "scaleThresholdRevenue" { typed.scaleItem = appliesTo }
            parameters.append(
                Parameter(
                    id: id, value: value, defaultValue: defaultValue, interpretation: interpretation, rationale: rationale, clause: clause,
                    appliesTo: appliesTo))
        }
        return (parameters, typed)
    }

    private func enumValue<E: RawRepresentable & CaseIterable>(_ value: JSONValue, _ type: E.Type, _ path: JSONPath) -> E?
    where E.RawValue == String {
        guard case .string(let text) = value else {
            context.error(.wrongType(expected: "string", found: value.kind), at: path)
            return nil
        }
        guard let result = E(rawValue: text) else {
            context.error(.notOneOf(text, allowed: E.allCases.map(\.rawValue)), at: path)
            return nil
        }
        return result
    }

    private func scoreBands(_ value: JSONValue, _ path: JSONPath) -> [Double]? {
        guard case .array(let elements) = value else {
            context.error(.wrongType(expected: "array", found: value.kind), at: path)
            return nil
        }
        let numbers = elements.compactMap { element -> Double? in
            if case .number(let number) = element { return number }
            return nil
        }
        guard numbers.count == 5, numbers.count == elements.count, zip(numbers, numbers.dropFirst()).allSatisfy({ $0 < $1 }) else {
            context.error(.invalidScoreBands, at: path)
            return nil
        }
        return numbers
    }
}
