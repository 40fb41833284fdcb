import FactoryGrading

extension FormState {
    /// The form for one KPI's entry.
    static func kpi(_ kpi: KPI, entry: KPIEntry?, pack: CriteriaPack) -> FormState {
        var values: [String: String] = [:]
        values["input"] = entry?.raw != nil ? "raw" : "value"
        values["value"] = entry?.value.map(JSONWriter.numberText) ?? ""
        if let raw = entry?.raw {
            for (name, number) in raw.values { values["raw.\(name)"] = JSONWriter.numberText(number) }
            for (name, period) in raw.periods { values["raw.\(name)"] = period }
            for (name, oee) in raw.oee {
                values["raw.\(name).availability"] = JSONWriter.numberText(oee.availability)
                values["raw.\(name).performance"] = JSONWriter.numberText(oee.performance)
                values["raw.\(name).quality"] = JSONWriter.numberText(oee.quality)
            }
        }
        values["main"] = entry?.main.map { $0 ? "yes" : "no" } ?? ""
        for scope in pack.kpiScopes {
            switch entry?.comparisons[scope.id] {
            case .benchmark(let value, let source)?:
                values["\(scope.id).kind"] = "benchmark"
                values["\(scope.id).benchmark"] = JSONWriter.numberText(value)
                values["\(scope.id).source"] = source
            case .declared(let meets, let evidence)?:
                values["\(scope.id).kind"] = "declared"
                values["\(scope.id).declared"] = meets ? "meets" : "doesNotMeet"
                values["\(scope.id).evidence"] = evidence
            case nil:
                values["\(scope.id).kind"] = ""
            }
        }
        return FormState(subject: .kpi(kpi.id), fields: kpiFields(kpi, values: values, pack: pack))
    }

    /// The fields of a KPI form for the current choices (raw inputs for the KPI's formula, benchmark or
    /// declaration per scope).
    static func kpiFields(_ kpi: KPI, values: [String: String], pack: CriteriaPack) -> [Field] {
        func field(_ id: String, _ label: LocalizedText, _ kind: FieldKind) -> Field { Field(id: id, label: label, kind: kind, value: values[id] ?? "") }
        var fields: [Field] = []
        fields.append(
            field(
                "input", UIText.t("录入方式", "Input"),
                .choice([Option(value: "value", label: UIText.value), Option(value: "raw", label: UIText.rawInputs)])))
        if values["input"] == "raw" {
            let formula = kpi.formula
            let unit = formula.inputUnit
            for name in formula.kind.inputNames {
                let label = formula.inputs[name] ?? UIText.t(name, name)
                if formula.kind == .oeeIncrease {
                    let period = name == "before" ? UIText.t("基期(改造前)", "Baseline (before)") : UIText.t("评价期(改造后)", "Measurement (after)")
                    for component in ["availability", "performance", "quality"] {
                        let part: LocalizedText =
                            switch component {
                            case "availability": UIText.t("时间开动率", "availability")
                            case "performance": UIText.t("性能开动率", "performance")
                            default: UIText.t("合格品率", "quality")
                            }
                        var component = field(
                            "raw.\(name).\(component)", LocalizedText(zh: period.zh + " · " + part.zh + "(%)", en: period.en + " · " + part.en + " (%)"),
                            .number(min: 0, max: 100))
                        component.detail = label
                        fields.append(component)
                    }
                } else {
                    let labelWithUnit = unit.map { LocalizedText(zh: label.zh + "(" + $0.zh + ")", en: label.en + " (" + $0.en + ")") } ?? label
                    fields.append(field("raw.\(name)", labelWithUnit, .number(min: 0, max: nil)))
                }
            }
            for name in formula.kind.periodNames {
                let label: LocalizedText =
                    switch name {
                    case "baselinePeriod": UIText.t("基期", "Baseline period")
                    case "measurementPeriod": UIText.t("评价期", "Measurement period")
                    default: UIText.t("统计期", "Period")
                    }
                fields.append(field("raw.\(name)", label, .text))
            }
        } else {
            fields.append(field("value", LocalizedText(zh: UIText.value.zh + "(" + kpi.unit.zh + ")", en: UIText.value.en + " (" + kpi.unit.en + ")"), .number(min: kpi.range.min, max: kpi.range.max)))
        }
        fields.append(
            field("main", UIText.main, .choice([none, Option(value: "yes", label: UIText.yes), Option(value: "no", label: UIText.no)])))
        for scope in pack.kpiScopes {
            let kinds = [
                none, Option(value: "benchmark", label: UIText.benchmark), Option(value: "declared", label: UIText.declared),
            ]
            fields.append(field("\(scope.id).kind", scope.name, .choice(kinds)))
            switch values["\(scope.id).kind"] {
            case "benchmark":
                fields.append(field("\(scope.id).benchmark", UIText.t("  对标值", "  benchmark"), .number(min: kpi.range.min, max: kpi.range.max)))
                fields.append(field("\(scope.id).source", UIText.t("  来源", "  source"), .text))
            case "declared":
                let options = [Option(value: "meets", label: UIText.meets), Option(value: "doesNotMeet", label: UIText.doesNotMeet)]
                fields.append(field("\(scope.id).declared", UIText.t("  声明", "  declaration"), .choice(options)))
                fields.append(field("\(scope.id).evidence", UIText.t("  证据", "  evidence"), .text))
            default:
                break
            }
        }
        return fields
    }

    /// Rebuilds a KPI form's fields after a choice changed, keeping every value typed so far.
    mutating func relayoutKPI(_ kpi: KPI, pack: CriteriaPack) {
        for field in fields { stash[field.id] = field.value }
        let selectedID = fields.indices.contains(selected) ? fields[selected].id : nil
        fields = Self.kpiFields(kpi, values: stash, pack: pack)
        selected = fields.firstIndex { $0.id == selectedID } ?? min(selected, fields.count - 1)
    }

    /// The KPI entry the form describes, or what is wrong with it.
    func kpiEntry(_ kpi: KPI, pack: CriteriaPack, language: Language) -> Result<KPIEntry?, InputError> {
        let zh = language == .zh
        func number(_ id: String, min: Double?, max: Double?, label: String) -> Result<Double?, InputError> {
            let text = value(id)
            if text.trimmingSpaces.isEmpty { return .success(nil) }
            return NumberInput.parse(text, min: min, max: max, language: language).map { $0 }.mapError { InputError(label + ": " + $0.message) }
        }
        var entry = KPIEntry(value: nil)
        if value("input") == "raw" {
            var raw = KPIRawInputs()
            for field in fields where field.id.hasPrefix("raw.") {
                let name = String(field.id.dropFirst(4))
                switch field.kind {
                case .number(let min, let max):
                    switch number(field.id, min: min, max: max, label: field.label[language]) {
                    case .failure(let error): return .failure(error)
                    case .success(let parsed?):
                        let parts = name.split(separator: ".").map(String.init)
                        if parts.count == 2 {
                            var oee = raw.oee[parts[0]] ?? KPIRawInputs.OEE(availability: .nan, performance: .nan, quality: .nan)
                            switch parts[1] {
                            case "availability": oee.availability = parsed
                            case "performance": oee.performance = parsed
                            default: oee.quality = parsed
                            }
                            raw.oee[parts[0]] = oee
                        } else {
                            raw.values[name] = parsed
                        }
                    case .success(nil): break
                    }
                default:
                    if !field.value.trimmingSpaces.isEmpty { raw.periods[name] = field.value.trimmingSpaces }
                }
            }
            if raw.oee.values.contains(where: { $0.availability.isNaN || $0.performance.isNaN || $0.quality.isNaN }) {
                return .failure(InputError(zh ? "OEE 须填写时间开动率、性能开动率和合格品率" : "OEE needs availability, performance and quality"))
            }
            if let problem = Assessment.rawProblems(raw, formula: kpi.formula).first { return .failure(InputError(problem.message(language))) }
            if !raw.fieldNames.isEmpty { entry.raw = raw }
        } else {
            switch number("value", min: kpi.range.min, max: kpi.range.max, label: UIText.value[language]) {
            case .failure(let error): return .failure(error)
            case .success(let parsed): entry.value = parsed
            }
            if let parsed = entry.value, kpi.valueType == .count, parsed != parsed.rounded() {
                return .failure(InputError(Problem.countNotWhole(parsed).message(language)))
            }
        }
        entry.main = value("main") == "yes" ? true : value("main") == "no" ? false : nil
        for scope in pack.kpiScopes {
            switch value("\(scope.id).kind") {
            case "benchmark":
                let benchmark = number("\(scope.id).benchmark", min: kpi.range.min, max: kpi.range.max, label: scope.name[language])
                guard case .success(let parsed) = benchmark else {
                    if case .failure(let error) = benchmark { return .failure(error) }
                    continue
                }
                let source = value("\(scope.id).source").trimmingSpaces
                guard let parsed, !source.isEmpty else {
                    return .failure(InputError(scope.name[language] + (zh ? ":对标值和来源都须填写" : ": give both the benchmark and its source")))
                }
                entry.comparisons[scope.id] = .benchmark(value: parsed, source: source)
            case "declared":
                let evidence = value("\(scope.id).evidence").trimmingSpaces
                guard !evidence.isEmpty, !value("\(scope.id).declared").isEmpty else {
                    return .failure(InputError(scope.name[language] + (zh ? ":声明须选择结论并附证据" : ": a declaration needs its conclusion and evidence")))
                }
                entry.comparisons[scope.id] = .declared(meets: value("\(scope.id).declared") == "meets", evidence: evidence)
            default:
                break
            }
        }
        let empty = entry.value == nil && entry.raw == nil && entry.main == nil && entry.comparisons.isEmpty
        return .success(empty ? nil : entry)
    }
}
