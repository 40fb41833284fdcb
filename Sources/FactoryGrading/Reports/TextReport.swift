/// Plain-text renderings of a grading result for the terminal.
public enum TextReport {
    /// Two lines per assessment: tier reached and enterprise, then the verdict of every tier.
    public static func summary(
        _ result: GradingResult, assessment: Assessment, pack: CriteriaPack, file: String, language: Language
    ) -> String {
        let zh = language == .zh
        let tierName = result.tierReached.flatMap(pack.tier)?.name[language] ?? Vocabulary.none[language]
        let conditional = result.tierReached.flatMap(result.verdict)?.isConditional == true ? (zh ? "(附条件)" : " (conditional)") : ""
        var head = "\(file.oneLine): \(tierName)\(conditional)"
        if let name = assessment.profile.enterpriseName { head += " — " + name.oneLine }
        let verdicts = result.tiers.map { verdict in
            let name = pack.tier(verdict.tier)?.name[language] ?? verdict.tier
            return "\(name)\(zh ? ":" : ": ")\(Vocabulary.verdict(verdict.verdict, conditional: verdict.isConditional)[language])"
        }
        return head + "\n  " + verdicts.joined(separator: zh ? "  " : "; ")
    }

    /// The full rule trace: every tier, every rule with clause, outcome and reason, then conditions and warnings.
    public static func explanation(
        _ result: GradingResult, assessment: Assessment, pack: CriteriaPack, file: String, language: Language,
        diagnostics: [Diagnostic] = []
    ) -> String {
        let zh = language == .zh
        var lines: [String] = []
        lines.append(assessment.profile.enterpriseName.map { "\($0.oneLine) (\(file.oneLine))" } ?? file.oneLine)
        lines.append("\(Vocabulary.pack[language]): \(pack.id) \(pack.version) · \(pack.documentNumber)")
        let tierName = result.tierReached.flatMap(pack.tier)?.name[language] ?? Vocabulary.none[language]
        let conditional = result.tierReached.flatMap(result.verdict)?.isConditional == true ? (zh ? "(附条件)" : " (conditional)") : ""
        lines.append("\(Vocabulary.tierReached[language]): \(tierName)\(conditional)")
        for verdict in result.tiers {
            let name = pack.tier(verdict.tier)?.name[language] ?? verdict.tier
            lines.append("")
            lines.append("\(name) — \(Vocabulary.verdict(verdict.verdict, conditional: verdict.isConditional)[language])")
            for outcome in verdict.rules {
                lines.append("  \(Vocabulary.mark(outcome.outcome)) \(outcome.rule.id)  \(outcome.rule.title[language])  (\(outcome.rule.clause))")
                lines.append("      " + outcome.message(language, pack: pack))
            }
        }
        let conditions = result.conditions
        if !conditions.isEmpty {
            lines.append("")
            lines.append(Vocabulary.conditions[language] + (zh ? ":" : ":"))
            for condition in conditions { lines.append("  - " + condition.message(language, pack: pack)) }
        }
        let warnings = Diagnostic.merging(diagnostics.filter { $0.severity == .warning }, result.warnings)
        if !warnings.isEmpty {
            lines.append("")
            lines.append(Vocabulary.warnings[language] + (zh ? ":" : ":"))
            for warning in warnings { lines.append("  - " + warning.message(language)) }
        }
        lines.append("")
        lines.append(zh ? "图例:[+] 达到  [-] 未达到  [?] 待定(信息不全)" : "Key: [+] met  [-] not met  [?] undetermined (inputs missing)")
        return lines.joined(separator: "\n")
    }
}
