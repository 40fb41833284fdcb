/// A self-diagnosis result in words: level scores, total, estimated level, elements and sub-domains, and
/// what is provisional or unverified. Always labelled an estimate (预诊断).
public enum MaturityReport {
    public static func text(_ score: MaturityScore, model: MaturityModel, stated: MaturityResult?, language: Language) -> String {
        let zh = language == .zh
        func number(_ value: Double?) -> String { value.map { fixed($0) } ?? "  -  " }
        var lines: [String] = []
        lines.append(model.questionnaire.title[language] + (zh ? "(估计,非正式评估)" : " (estimate, not an official assessment)"))
        lines.append(model.questionnaire.disclaimer[language])
        let type = Vocabulary.manufacturing(score.manufacturingType)[language]
        lines.append(
            "\(model.id) \(model.version) · \(type) · \(score.strategy.rawValue) · " + (zh ? "门槛 " : "threshold ") + JSONWriter.numberText(score.threshold))
        lines.append("")
        let levelNames = (1...5).map { level in model.level(level)?.name[language] ?? "\(level)" }
        lines.append((zh ? "等级得分:" : "Level scores:") + zip(levelNames, score.levelScores).map { " \($0) \(number($1))" }.joined())
        if let total = score.total {
            let level = score.level.map { level in (zh ? "\(level) 级 " : "level \(level) ") + (model.level(level)?.name[language] ?? "") }
                ?? (zh ? "未达到 1 级" : "below level 1")
            lines.append((zh ? "总分 " : "Total ") + JSONWriter.numberText((total * 1000).rounded() / 1000) + " → " + (zh ? "估计等级:" : "estimated ") + level)
        } else {
            lines.append(zh ? "问卷尚未答完,无法估计等级(还有 \(score.unanswered) 题未答)" : "The questionnaire is incomplete; no estimate yet (\(score.unanswered) questions unanswered)")
        }
        if let stated, let level = stated.level, let source = stated.source {
            let from = Vocabulary.maturitySource(source)[language]
            var line = (zh ? "填报的成熟度:\(level) 级(\(from)" : "Stated maturity: level \(level) (\(from)")
            if let number = stated.reportNumber { line += (zh ? ",报告 " : ", report ") + number.oneLine }
            if let date = stated.reportDate { line += (zh ? "," : ", ") + date }
            line += zh ? ")" : ")"
            if score.isComplete, score.level != level { line += zh ? " — 与预诊断估计不一致" : " — differs from the estimate" }
            lines.append(line)
        }
        lines.append("")
        lines.append(zh ? "能力要素(各级得分):" : "Elements (score by level):")
        for element in score.elements {
            let name = model.elements.first { $0.id == element.element }?.name[language] ?? element.element
            lines.append("  " + name + ":" + element.levels.map { " " + number($0) }.joined())
        }
        lines.append("")
        lines.append(zh ? "能力子域(权重;各级得分):" : "Sub-domains (weight; score by level):")
        for subdomain in score.subdomains {
            let name = model.subdomain(subdomain.subdomain)?.name[language] ?? subdomain.subdomain
            if let justification = subdomain.tailored {
                lines.append("  \(name): " + (zh ? "已裁剪 — " : "tailored out — ") + justification.oneLine)
            } else {
                lines.append("  \(name) (\(fixed(subdomain.weight, digits: 3))):" + subdomain.levels.map { " " + number($0) }.joined())
            }
        }
        func names(_ ids: [String]) -> String {
            ids.compactMap { model.subdomain($0)?.name[language] }.joined(separator: zh ? "、" : ", ")
        }
        if let working = score.workingLevel, !score.weakest.isEmpty {
            lines.append("")
            lines.append((zh ? "最强:" : "Strongest: ") + names(score.strongest))
            lines.append((zh ? "提升最能提高 \(working) 级得分:" : "Improving these lifts the level \(working) score most: ") + names(score.weakest))
        }
        var caveats: [String] = []
        if score.provisionalWeights {
            caveats.append(zh ? "权重为暂定值(等权),非 GB/T 39117 原文权重" : "weights are provisional (equal), not GB/T 39117's")
        }
        if !score.unverified.isEmpty {
            caveats.append(
                (zh ? "未经标准原文核实的参数:" : "parameters not verified against the standard: ") + score.unverified.joined(separator: ", "))
        }
        if !caveats.isEmpty {
            lines.append("")
            lines.append((zh ? "说明:" : "Note: ") + caveats.joined(separator: zh ? ";" : "; "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `value` with exactly `digits` decimals, e.g. `0.80`.
    public static func fixed(_ value: Double, digits: Int = 2) -> String {
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        let units = Int((abs(value) * Double(scale)).rounded())
        let fraction = String(units % scale)
        return (value < 0 && units > 0 ? "-" : "") + "\(units / scale)." + String(repeating: "0", count: digits - fraction.count) + fraction
    }

    /// The score as JSON.
    public static func json(_ score: MaturityScore) -> JSONValue {
        func levels(_ values: LevelScores) -> JSONValue { .array(values.map { $0.map(JSONValue.number) ?? .null }) }
        return .object([
            "model": .object(["id": .string(score.model.id), "version": .string(score.model.version)]),
            "estimate": true,
            "manufacturingType": .string(score.manufacturingType.rawValue),
            "strategy": .string(score.strategy.rawValue),
            "threshold": .number(score.threshold),
            "levelScores": levels(score.levelScores),
            "total": .optional(score.total) ?? .null,
            "level": .optional(score.level) ?? .null,
            "workingLevel": .optional(score.workingLevel) ?? .null,
            "elements": .array(score.elements.map { .object(["element": .string($0.element), "levels": levels($0.levels)]) }),
            "subdomains": .array(
                score.subdomains.map {
                    .object([
                        "subdomain": .string($0.subdomain), "element": .string($0.element), "domain": .string($0.domain),
                        "weight": .number($0.weight), "levels": levels($0.levels), "tailored": .optional($0.tailored),
                    ])
                }),
            "strongest": .array(score.strongest.map(JSONValue.string)),
            "weakest": .array(score.weakest.map(JSONValue.string)),
            "provisionalWeights": .bool(score.provisionalWeights),
            "unverified": .array(score.unverified.map(JSONValue.string)),
            "unanswered": .number(Double(score.unanswered)),
        ])
    }
}
