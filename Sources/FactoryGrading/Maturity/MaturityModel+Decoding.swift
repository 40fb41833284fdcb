extension MaturityModel {
    /// The `format` value of a maturity model file.
    public static let formatName = "factorygrading.maturity-model"

    /// Parses and validates a maturity model file.
    ///
    /// - Throws: ``DiagnosticError`` listing every problem found, each with its JSON path.
    public init(jsonBytes: some Collection<UInt8>) throws(DiagnosticError) {
        let value = try JSONParser.parseReporting(jsonBytes)
        let context = DecodingContext()
        guard let model = MaturityModelDecoder(context: context).decode(value), !context.hasErrors else {
            throw DiagnosticError(context.diagnostics)
        }
        self = model
    }
}

struct MaturityModelDecoder {
    let context: DecodingContext

    func decode(_ json: JSONValue) -> MaturityModel? {
        guard let root = JSONObjectReader(json, at: .root, context: context) else { return nil }
        // A file of another kind gets that one error, not one per field it has.
        guard root.hasFormat(MaturityModel.formatName, version: 1) else { return nil }
        root.rejectUnknownKeys([
            "$schema", "format", "formatVersion", "id", "version", "title", "standards", "notes", "levels", "satisfaction", "elements",
            "weights", "levelGate", "bands", "questionnaire",
        ])
        let id = root.string("id", required: true)
        let version = root.string("version", required: true)
        if let version, !SemanticVersion.isValid(version) { context.error(.invalidVersion(version), at: root.path.appending("version")) }
        let title = root.text("title", required: true)
        let standards = root.text("standards", required: true)
        let notes = root.texts("notes")
        let levels = root.objects("levels", required: true).compactMap { reader -> MaturityModel.Level? in
            reader.rejectUnknownKeys(["level", "name", "meaning", "verified"])
            guard let level = reader.integer("level", required: true, min: 1, max: 5), let name = reader.text("name", required: true),
                let meaning = reader.text("meaning", required: true), let verified = reader.bool("verified", required: true)
            else { return nil }
            return MaturityModel.Level(level: level, name: name, meaning: meaning, verified: verified)
        }
        let satisfaction = root.objects("satisfaction", required: true).compactMap { reader -> MaturityModel.Satisfaction? in
            reader.rejectUnknownKeys(["id", "name", "score", "verified"])
            guard let id = reader.string("id", required: true), let name = reader.text("name", required: true),
                let score = reader.number("score", required: true, min: 0, max: 1), let verified = reader.bool("verified", required: true)
            else { return nil }
            return MaturityModel.Satisfaction(id: id, name: name, score: score, verified: verified)
        }
        let elements = root.objects("elements", required: true).compactMap(element)
        var weights: [Profile.ManufacturingType: MaturityModel.Weights] = [:]
        if let reader = root.object("weights", required: true) {
            reader.rejectUnknownKeys(Profile.ManufacturingType.allCases.map(\.rawValue))
            for type in Profile.ManufacturingType.allCases {
                if let set = reader.object(type.rawValue, required: true).flatMap(weightSet) { weights[type] = set }
            }
        }
        let gate = root.object("levelGate", required: true).flatMap { reader -> MaturityModel.LevelGate? in
            reader.rejectUnknownKeys(["threshold", "strategy", "verified", "rationale"])
            guard let threshold = reader.number("threshold", required: true, min: 0, max: 1),
                let strategy = reader.enumeration("strategy", as: MaturityModel.GateStrategy.self, required: true),
                let verified = reader.bool("verified", required: true), let rationale = reader.text("rationale", required: true)
            else { return nil }
            return MaturityModel.LevelGate(threshold: threshold, strategy: strategy, verified: verified, rationale: rationale)
        }
        let bands = root.object("bands", required: true).flatMap { reader -> MaturityModel.Bands? in
            reader.rejectUnknownKeys(["lowerEdges", "maximum", "verified", "rationale"])
            guard let edges = reader.array("lowerEdges", required: true), let maximum = reader.number("maximum", required: true),
                let verified = reader.bool("verified", required: true), let rationale = reader.text("rationale", required: true)
            else { return nil }
            let numbers = edges.compactMap { element -> Double? in
                if case .number(let number) = element.value { return number }
                context.error(.wrongType(expected: "number", found: element.value.kind), at: element.path)
                return nil
            }
            guard numbers.count == 5, zip(numbers, numbers.dropFirst()).allSatisfy({ $0 < $1 }), (numbers.last ?? 0) <= maximum else {
                context.error(.invalidScoreBands, at: reader.path.appending("lowerEdges"))
                return nil
            }
            return MaturityModel.Bands(lowerEdges: numbers, maximum: maximum, verified: verified, rationale: rationale)
        }
        let questionnaire = root.object("questionnaire", required: true).flatMap { reader -> MaturityModel.Questionnaire? in
            reader.rejectUnknownKeys(["title", "disclaimer", "questions"])
            let questions = reader.objects("questions", required: true).compactMap { question -> MaturityModel.Question? in
                question.rejectUnknownKeys(["id", "subdomain", "level", "text"])
                guard let id = question.string("id", required: true), let subdomain = question.string("subdomain", required: true),
                    let level = question.integer("level", required: true, min: 1, max: 5), let text = question.text("text", required: true)
                else { return nil }
                return MaturityModel.Question(id: id, subdomain: subdomain, level: level, text: text)
            }
            guard let title = reader.text("title", required: true), let disclaimer = reader.text("disclaimer", required: true) else { return nil }
            return MaturityModel.Questionnaire(title: title, disclaimer: disclaimer, questions: questions)
        }
        guard let id, let version, let title, let standards, let gate, let bands, let questionnaire, !context.hasErrors else { return nil }
        let model = MaturityModel(
            id: id, version: version, title: title, standards: standards, notes: notes, levels: levels, satisfaction: satisfaction,
            elements: elements, weights: weights, levelGate: gate, bands: bands, questionnaire: questionnaire)
        check(model)
        return model
    }

    private func element(_ reader: JSONObjectReader) -> MaturityModel.Element? {
        reader.rejectUnknownKeys(["id", "name", "verified", "domains"])
        let domains = reader.objects("domains", required: true).compactMap { domain -> MaturityModel.Domain? in
            domain.rejectUnknownKeys(["id", "name", "verified", "subdomains"])
            let subdomains = domain.objects("subdomains", required: true).compactMap { subdomain -> MaturityModel.Subdomain? in
                subdomain.rejectUnknownKeys(["id", "name", "verified", "appliesTo"])
                guard let id = subdomain.string("id", required: true), let name = subdomain.text("name", required: true),
                    let verified = subdomain.bool("verified", required: true), let applies = subdomain.strings("appliesTo", required: true)
                else { return nil }
                let types = applies.compactMap { text -> Profile.ManufacturingType? in
                    guard let type = Profile.ManufacturingType(rawValue: text) else {
                        context.error(
                            .notOneOf(text, allowed: Profile.ManufacturingType.allCases.map(\.rawValue)), at: subdomain.path.appending("appliesTo"))
                        return nil
                    }
                    return type
                }
                return MaturityModel.Subdomain(id: id, name: name, verified: verified, appliesTo: types)
            }
            guard let id = domain.string("id", required: true), let name = domain.text("name", required: true),
                let verified = domain.bool("verified", required: true)
            else { return nil }
            return MaturityModel.Domain(id: id, name: name, verified: verified, subdomains: subdomains)
        }
        guard let id = reader.string("id", required: true), let name = reader.text("name", required: true),
            let verified = reader.bool("verified", required: true)
        else { return nil }
        return MaturityModel.Element(id: id, name: name, verified: verified, domains: domains)
    }

    private func weightSet(_ reader: JSONObjectReader) -> MaturityModel.Weights? {
        reader.rejectUnknownKeys(["provisional", "source", "elements", "domains", "subdomains"])
        func table(_ key: String) -> [String: Double]? {
            guard let object = reader.object(key, required: true) else { return nil }
            var result: [String: Double] = [:]
            for member in object.members {
                guard case .number(let weight) = member.value, weight >= 0 else {
                    context.error(.wrongType(expected: "number", found: member.value.kind), at: object.path.appending(member.key))
                    continue
                }
                result[member.key] = weight
            }
            return result
        }
        guard let provisional = reader.bool("provisional", required: true), let source = reader.text("source", required: true),
            let elements = table("elements"), let domains = table("domains"), let subdomains = table("subdomains")
        else { return nil }
        return MaturityModel.Weights(provisional: provisional, source: source, elements: elements, domains: domains, subdomains: subdomains)
    }

    /// Cross-checks: unique ids, five levels, questions naming real sub-domains, weights for every node
    /// summing to 1 under each parent.
    private func check(_ model: MaturityModel) {
        let root = JSONPath.root
        var seen = Set<String>()
        for entry in model.subdomains where !seen.insert(entry.subdomain.id).inserted {
            context.error(.duplicateID(entry.subdomain.id), at: root.appending("elements"))
        }
        if model.levels.map(\.level) != [1, 2, 3, 4, 5] { context.error(.packIncomplete("levels 1–5"), at: root.appending("levels")) }
        var questionKeys = Set<String>()
        for (index, question) in model.questionnaire.questions.enumerated() {
            let path = root.appending("questionnaire").appending("questions").appending(index)
            if model.subdomain(question.subdomain) == nil { context.error(.unresolvedReference(question.subdomain), at: path.appending("subdomain")) }
            if !questionKeys.insert(question.id).inserted { context.error(.duplicateID(question.id), at: path.appending("id")) }
        }
        for type in Profile.ManufacturingType.allCases {
            guard let weights = model.weights[type] else { continue }
            let path = root.appending("weights").appending(type.rawValue)
            func sums(_ values: [Double], _ what: String) {
                if abs(values.reduce(0, +) - 1) > 1e-6 { context.error(.weightsDoNotSumToOne(what), at: path) }
            }
            sums(model.elements.map { weights.elements[$0.id] ?? 0 }, "elements")
            for element in model.elements {
                sums(element.domains.map { weights.domains[$0.id] ?? 0 }, element.id)
                for domain in element.domains { sums(domain.subdomains.map { weights.subdomains[$0.id] ?? 0 }, domain.id) }
            }
        }
    }
}
