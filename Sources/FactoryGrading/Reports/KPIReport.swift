/// The KPI table of an assessment: each KPI's value with its formula and inputs, and its comparison with
/// every benchmark scope.
public enum KPIReport {
    public static func text(_ results: [KPIResult], pack: CriteriaPack, language: Language) -> String {
        let zh = language == .zh
        var lines: [String] = []
        for result in results {
            guard let kpi = pack.kpi(result.kpi) else { continue }
            let main = result.main == true ? (zh ? " [主要指标]" : " [main indicator]") : ""
            let value: String
            switch result.origin {
            case .entered:
                value = result.value.map { Vocabulary.quantity($0, unit: kpi.unit, language) + (zh ? "(录入)" : " (entered)") }
                    ?? (zh ? "未填写" : "not given")
            case .computed:
                value = result.value.map { Vocabulary.quantity($0, unit: kpi.unit, language) + (zh ? "(由原始数据计算)" : " (computed)") } ?? ""
            case .undefined(let reason):
                value = (zh ? "无法计算:" : "undefined: ") + reason.message(language)
            }
            lines.append("\(kpi.number). \(kpi.name[language]): \(value)\(main)")
            if let raw = result.raw {
                lines.append("    " + (zh ? "公式:" : "formula: ") + kpi.formula.kind.text(language) + (kpi.formula.convention ? (zh ? "(通常口径)" : " (usual convention)") : ""))
                lines.append("    " + (zh ? "原始数据:" : "inputs: ") + inputs(raw, kpi: kpi, language: language))
            }
            for (scope, comparison) in zip(pack.kpiScopes, result.comparisons) where comparison.basis != .missing {
                lines.append("    \(scope.name[language])" + (language == .zh ? ":" : ": ") + RuleOutcome.indicatorText(comparison, language, pack, compact: true))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func inputs(_ raw: KPIRawInputs, kpi: KPI, language: Language) -> String {
        var parts: [String] = []
        for name in kpi.formula.kind.inputNames {
            guard let field = RawField.named(name) else { continue }
            let label = kpi.formula.inputs[name]?[language] ?? name
            if let value = raw.fields[number: field] {
                parts.append("\(label) = \(JSONWriter.numberText(value))\(kpi.formula.inputUnit.map { " " + $0[language] } ?? "")")
            } else if let oee = raw.fields[oee: field] {
                parts.append(
                    "\(label) = \(JSONWriter.numberText(oee.availability))% × \(JSONWriter.numberText(oee.performance))% × \(JSONWriter.numberText(oee.quality))%")
            }
        }
        for name in kpi.formula.kind.periodNames {
            if let field = RawField.named(name), let period = raw.fields[period: field] { parts.append("\(name) = \(period)") }
        }
        return parts.joined(separator: "; ")
    }

    /// The KPI results as JSON.
    public static func json(_ results: [KPIResult], pack: CriteriaPack, language: Language) -> JSONValue {
        .array(
            results.map { result in
                let origin: JSONValue
                switch result.origin {
                case .entered: origin = "entered"
                case .computed: origin = "computed"
                case .undefined(let reason): origin = .string("undefined: " + reason.message(language))
                }
                return .object([
                    "kpi": .string(result.kpi),
                    "name": pack.kpi(result.kpi)?.name.json,
                    "value": result.value.map(JSONValue.number) ?? .null,
                    "origin": origin,
                    "formula": .optional(pack.kpi(result.kpi)?.formula.kind.rawValue),
                    "main": result.main.map(JSONValue.bool) ?? .null,
                    "raw": result.raw?.json ?? .null,
                    "comparisons": .array(result.comparisons.map(\.json)),
                ])
            })
    }
}
