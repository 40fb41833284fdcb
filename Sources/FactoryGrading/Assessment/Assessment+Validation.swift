extension Assessment {
    /// Checks the assessment against the pack it names: every item, KPI and scope id must exist,
    /// exceptions only where a coverage rule allows them, KPI values within their valid range.
    ///
    /// Warnings flag values outside their plausible range, a region outside the pack's, and
    /// unanswered items. The pack reference itself is the caller's to match (see ``PackCatalog``).
    /// Diagnostics come in a stable order: answers, then KPIs, each sorted by id. With `maturityModels`,
    /// a self-diagnosis is checked against the model it names.
    public func validate(against pack: CriteriaPack, maturityModels: [MaturityModel]? = nil) -> [Diagnostic] {
        var keyed: [(key: String, order: Int, diagnostic: Diagnostic)] = []
        func add(_ key: String, _ diagnostic: Diagnostic) { keyed.append((key, keyed.count, diagnostic)) }
        let answersPath = AssessmentDecoder.answersPath
        var answered = 0
        // Entries are read in place, without copying each answer's evidence out.
        answers.entries.withUnsafeBufferPointer { answers in
            for index in answers.indices {
                guard let position = pack.itemPosition(answers[index].key, hash: answers[index].hash) else {
                    let id = answers[index].key
                    add("answers." + id, .error(.unknownItem(id), at: answersPath.appending(id)))
                    continue
                }
                guard let status = answers[index].value.status else { continue }
                answered += 1
                if status == .excepted, !pack.exceptable[position] {
                    let id = answers[index].key
                    add("answers." + id, .error(.exceptionNotAllowed(id), at: answersPath.appending(id).appending("status")))
                }
            }
        }
        let kpisPath = AssessmentDecoder.kpisPath
        let definitions = pack.kpis
        // Entries are read in place: copying each out would copy its raw inputs and comparisons too.
        kpis.entries.withUnsafeBufferPointer { kpis in
            for index in kpis.indices {
                func id() -> String { kpis[index].key }
                func key() -> String { "kpis." + id() }
                guard let position = pack.kpiPosition(kpis[index].key, hash: kpis[index].hash) else {
                    add(key(), .error(.unknownKPI(id()), at: kpisPath.appending(id())))
                    continue
                }
                let limits = Limits(definitions, position)
                if let value = kpis[index].value.value {
                    if let problem = check(value, limits, at: { kpisPath.appending(id()).appending("value") }) { add(key(), problem) }
                }
                if let raw = kpis[index].value.raw {
                    let rawPath = { kpisPath.appending(id()).appending("raw") }
                    for problem in Self.rawProblems(raw, kind: limits.formula) { add(key(), .error(problem, at: rawPath())) }
                    if case .value(let computed) = limits.formula.compute(raw), let problem = check(computed, limits, at: rawPath) {
                        add(key(), problem)
                    }
                }
                kpis[index].value.comparisons.entries.withUnsafeBufferPointer { comparisons in
                    for scopeIndex in comparisons.indices {
                        func scope() -> String { comparisons[scopeIndex].key }
                        let scopePath = { kpisPath.appending(id()).appending("comparisons").appending(scope()) }
                        if !pack.kpiScopes.indices.contains(where: { pack.kpiScopes[$0].id == comparisons[scopeIndex].key }) {
                            add(key() + "." + scope(), .error(.unknownScope(scope(), allowed: pack.kpiScopes.map(\.id)), at: scopePath()))
                        }
                        if case .benchmark(let value, _) = comparisons[scopeIndex].value,
                            let problem = check(value, limits, at: { scopePath().appending("benchmark") })
                        {
                            add(key() + "." + scope(), problem)
                        }
                    }
                }
                if kpis[index].value.main == true, kpis[index].value.value == nil, kpis[index].value.raw == nil {
                    add(key(), .warning(.mainIndicatorWithoutValue(id()), at: kpisPath.appending(id())))
                }
            }
        }
        var found = keyed.sorted { ($0.key, $0.order) < ($1.key, $1.order) }.map(\.diagnostic)
        let maturityPath = AssessmentDecoder.maturityPath
        if let level = maturity?.level, !(1...5).contains(level) {
            found.append(.error(.outOfRange(Double(level), min: 1, max: 5), at: maturityPath.appending("level")))
        }
        if let score = maturity?.score, !(0...5).contains(score) {
            found.append(.error(.outOfRange(score, min: 0, max: 5), at: maturityPath.appending("score")))
        }
        if let diagnosis = maturity?.selfDiagnosis, let maturityModels {
            found += Self.selfDiagnosisProblems(diagnosis, models: maturityModels)
        }
        if let region = profile.regionCode, !region.hasPrefix(pack.region) {
            found.append(.warning(.regionOutsidePack(region, packRegion: pack.region), at: JSONPath.root.appending("profile").appending("regionCode")))
        }
        if answered < pack.items.count {
            found.append(.warning(.unanswered(answered: answered, total: pack.items.count), at: answersPath))
        }
        return found
    }

    /// Raw inputs that do not fit the formula: fields of another kind, a part above its whole. (A fractional
    /// count is caught by the check of the computed value.)
    public static func rawProblems(_ raw: KPIRawInputs, formula: KPIFormula) -> [Problem] { rawProblems(raw, kind: formula.kind) }

    static func rawProblems(_ raw: KPIRawInputs, kind: KPIFormula.Kind) -> [Problem] {
        var problems: [Problem] = []
        let fields = raw.fields
        let positions = kind.fieldPositions
        let others = raw.others
        // As the three maps read: OEE only for the OEE formula, plain numbers only for the others, and every
        // name among the formula's (whichever kind of input it is given as).
        let fits =
            (kind == .oeeIncrease ? !fields.hasNumbers && others?.values.isEmpty != false : !fields.hasOEE && others?.oee.isEmpty != false)
            && (0..<RawField.inOrder.count).allSatisfy { !fields.isGiven(at: $0) || positions.contains($0) }
            && (others.map { others in
                let names = kind.inputNames + kind.periodNames
                return (others.values.keys + others.periods.keys + others.oee.keys).allSatisfy(names.contains)
            } ?? true)
        if !fits {
            problems.append(.rawInputsForOtherFormula(given: raw.fieldNames, expected: kind.inputNames + kind.periodNames))
        }
        if kind == .ratio, let part = fields[number: .part], let whole = fields[number: .whole], part > whole {
            problems.append(.partExceedsWhole(part: part, whole: whole))
        }
        return problems
    }

    /// A self-diagnosis naming an unknown model, question, satisfaction grade or sub-domain.
    static func selfDiagnosisProblems(_ diagnosis: SelfDiagnosis, models: [MaturityModel]) -> [Diagnostic] {
        let path = AssessmentDecoder.selfDiagnosisPath
        guard let modelIndex = models.firstIndex(where: { $0.reference == diagnosis.model }) else {
            return [.error(.unknownMaturityModel(diagnosis.model.description, available: models.map(\.reference.description)), at: path.appending("model"))]
        }
        // The model is read in place: copying it out would retain every array it holds.
        var found: [Diagnostic] = []
        let grades = models[modelIndex].satisfaction.map(\.id)
        let questions = models[modelIndex].index.questions
        var bad: [String] = []
        let answers = diagnosis.answers.entries
        for index in answers.indices
        where questions.position(of: answers[index].key, hash: answers[index].hash) == nil || !grades.contains(answers[index].value) {
            bad.append(answers[index].key)
        }
        for question in bad.sorted() {
            let grade = diagnosis.answers[question] ?? ""
            if models[modelIndex].index.questions[question] == nil {
                found.append(.error(.unknownQuestion(question), at: path.appending("answers").appending(question)))
            } else {
                found.append(.error(.unknownSatisfaction(grade, allowed: grades), at: path.appending("answers").appending(question)))
            }
        }
        for subdomain in diagnosis.tailoring.keys.sorted() where models[modelIndex].subdomain(subdomain) == nil {
            found.append(.error(.unknownSubdomain(subdomain), at: path.appending("tailoring").appending(subdomain)))
        }
        return found
    }

    /// What checking a KPI's values needs of the KPI.
    private struct Limits {
        var range: ValueRange
        var plausible: ValueRange
        var isCount: Bool
        var formula: KPIFormula.Kind

        /// The limits of `kpis[position]`, read field by field rather than copying the KPI.
        init(_ kpis: [KPI], _ position: Int) {
            range = kpis[position].range
            plausible = kpis[position].plausible
            isCount = kpis[position].valueType == .count
            formula = kpis[position].formula.kind
        }
    }

    /// The problem with `value` as a value of the KPI, if any, at `path`.
    private func check(_ value: Double, _ kpi: Limits, at path: () -> JSONPath) -> Diagnostic? {
        if !kpi.range.contains(value) {
            return .error(.outOfRange(value, min: kpi.range.min, max: kpi.range.max), at: path())
        } else if kpi.isCount, value != value.rounded() {
            return .error(.countNotWhole(value), at: path())
        } else if !kpi.plausible.contains(value) {
            return .warning(.implausibleKPI(value, min: kpi.plausible.min, max: kpi.plausible.max), at: path())
        }
        return nil
    }
}
