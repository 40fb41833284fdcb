/// A readable Markdown report: profile, tier, verdict table, reasons, conditions, warnings and gaps.
public enum MarkdownReport {
    public static func render(
        _ result: GradingResult, assessment: Assessment, pack: CriteriaPack, gaps: GapReport?, file: String, language: Language,
        diagnostics: [Diagnostic] = []
    ) -> String {
        let zh = language == .zh
        let profile = assessment.profile
        var lines: [String] = []
        let title = profile.enterpriseName ?? file
        lines.append(zh ? "# 智能工厂梯度培育自评报告:\(escape(title))" : "# Smart-factory tier self-assessment: \(escape(title))")
        lines.append("")
        let tierName = result.tierReached.flatMap(pack.tier)?.name[language] ?? Vocabulary.none[language]
        let conditional = result.tierReached.flatMap(result.verdict)?.isConditional == true ? (zh ? "(附条件)" : " (conditional)") : ""
        lines.append("**\(Vocabulary.tierReached[language]): \(tierName)\(conditional)**")
        lines.append("")
        lines.append("\(Vocabulary.pack[language]): \(pack.title[language]) (`\(pack.id)` \(pack.version), \(pack.documentNumber))")
        lines.append("")
        lines.append("## \(Vocabulary.profile[language])")
        lines.append("")
        lines.append("| | |")
        lines.append("|---|---|")
        let unknown = Vocabulary.unknown[language]
        let rows: [(LocalizedText, String?)] = [
            (Vocabulary.enterprise, profile.enterpriseName), (Vocabulary.creditCode, profile.creditCode),
            (Vocabulary.region, profile.regionCode), (Vocabulary.industry, profile.industryCode),
            (Vocabulary.manufacturingType, profile.manufacturingType.map { Vocabulary.manufacturing($0)[language] }),
            (Vocabulary.revenue, profile.annualRevenue.map(JSONWriter.numberText)), (Vocabulary.assessor, profile.assessor),
            (Vocabulary.date, profile.assessmentDate), (Vocabulary.file, file),
        ]
        for (label, value) in rows { lines.append("| \(label[language]) | \(escape(value ?? unknown)) |") }
        lines.append("")
        lines.append("## \(Vocabulary.verdicts[language])")
        lines.append("")
        lines.append("| \(Vocabulary.tier[language]) | \(Vocabulary.verdictWord[language]) | \(zh ? "未达到 / 待定的规则" : "Rules not met / undetermined") |")
        lines.append("|---|---|---|")
        for verdict in result.tiers {
            let name = pack.tier(verdict.tier)?.name[language] ?? verdict.tier
            let open = verdict.rules.filter { $0.outcome != .met }.map { "`\($0.rule.id)`" }
            lines.append("| \(name) | \(Vocabulary.verdict(verdict.verdict, conditional: verdict.isConditional)[language]) | \(open.isEmpty ? "—" : open.joined(separator: ", ")) |")
        }
        lines.append("")
        lines.append("## \(Vocabulary.reasons[language])")
        for verdict in result.tiers {
            let name = pack.tier(verdict.tier)?.name[language] ?? verdict.tier
            lines.append("")
            lines.append("### \(name): \(Vocabulary.verdict(verdict.verdict, conditional: verdict.isConditional)[language])")
            lines.append("")
            lines.append("| \(Vocabulary.rule[language]) | \(Vocabulary.clause[language]) | \(Vocabulary.outcomeWord[language]) | \(Vocabulary.reason[language]) |")
            lines.append("|---|---|---|---|")
            for outcome in verdict.rules {
                lines.append(
                    "| `\(outcome.rule.id)` \(escape(outcome.rule.title[language])) | \(escape(outcome.rule.clause)) | \(Vocabulary.outcome(outcome.outcome)[language]) | \(escape(outcome.message(language, pack: pack))) |")
            }
        }
        let conditions = result.conditions
        if !conditions.isEmpty {
            lines.append("")
            lines.append("## \(Vocabulary.conditions[language])")
            lines.append("")
            for condition in conditions { lines.append("- " + escape(condition.message(language, pack: pack))) }
        }
        let warnings = Diagnostic.merging(diagnostics.filter { $0.severity == .warning }, result.warnings)
        if !warnings.isEmpty {
            lines.append("")
            lines.append("## \(Vocabulary.warnings[language])")
            lines.append("")
            for warning in warnings { lines.append("- " + escape(warning.message(language))) }
        }
        if let gaps {
            lines.append("")
            lines.append("## \(Vocabulary.gaps[language])")
            lines.append("")
            lines += gaps.lines(language, pack: pack, markdown: true)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func escape(_ text: String) -> String {
        text.replacing("|", with: "\\|").replacing("\n", with: " ")
    }
}
