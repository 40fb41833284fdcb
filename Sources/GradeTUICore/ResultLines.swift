import FactoryGrading

/// One line of the results screen. The reducer moves over them and the renderer draws them, so both
/// agree on what is where.
public enum ResultLine: Sendable, Equatable {
    case heading(String)
    case bigTier
    case tier(String)
    case rule(tier: String, index: Int)
    case reason(String, Style)
    case text(String, Style)
    /// A KPI against its benchmark: the label, the value as a fraction of the bar's scale, the benchmark's
    /// position on it, and the numbers.
    case kpiBar(label: String, value: Double, benchmark: Double?, text: String, met: Bool?)
    /// A maturity element's score at a level (0–1).
    case elementBar(label: String, score: Double?)
    case blank

    /// Whether Enter does something on this line.
    var expandable: Bool {
        switch self {
        case .tier, .rule: true
        default: false
        }
    }
}

extension AppState {
    /// The lines of the results screen for the open document.
    public var resultLines: [ResultLine] {
        guard let document else { return [] }
        let language = self.language
        let zh = language == .zh
        let pack = document.pack
        let result = document.result
        var lines: [ResultLine] = [.bigTier, .blank, .heading(UIText.verdicts[language])]
        for verdict in result.tiers {
            lines.append(.tier(verdict.tier))
            guard results.expandedTiers.contains(verdict.tier) else { continue }
            for (index, outcome) in verdict.rules.enumerated() {
                lines.append(.rule(tier: verdict.tier, index: index))
                if results.expandedRules.contains(outcome.rule.id) {
                    lines.append(.reason(outcome.message(language, pack: pack), .plain))
                    for condition in outcome.conditions { lines.append(.reason(condition.message(language, pack: pack), .warning)) }
                }
            }
        }
        let conditions = result.conditions
        if !conditions.isEmpty {
            lines += [.blank, .heading(Vocabulary.conditions[language])]
            lines += conditions.map { .text("- " + $0.message(language, pack: pack), .warning) }
        }
        let validation = document.assessment.validate(against: pack, maturityModels: models).filter { $0.severity == .warning }
        let warnings = Diagnostic.merging(validation, result.warnings)
        if !warnings.isEmpty {
            lines += [.blank, .heading(Vocabulary.warnings[language])]
            lines += warnings.map { .text("- " + $0.message(language), .muted) }
        }
        if let gaps = GapAnalysis(grader: document.grader).gaps(for: document.assessment, result: result) {
            lines += [.blank, .heading(UIText.gaps[language])]
            lines += gaps.lines(language, pack: pack, ids: false).dropFirst().filter { !$0.isEmpty }.map { .text($0, .plain) }
        }
        let kpis = document.grader.kpiResults(document.assessment).filter { $0.main == true }
        if !kpis.isEmpty {
            let scope = Self.nextTierScope(pack, reached: result.tierReached)
            let scopeIndex = scope.flatMap { id in pack.kpiScopes.firstIndex { $0.id == id } } ?? 0
            lines += [.blank, .heading(UIText.kpiBars[language] + (scope.flatMap(pack.scope).map { " (\($0.name[language]))" } ?? ""))]
            for kpi in kpis {
                guard let definition = pack.kpi(kpi.kpi) else { continue }
                let comparison = kpi.comparisons.indices.contains(scopeIndex) ? kpi.comparisons[scopeIndex] : nil
                let benchmark = comparison?.basis.benchmark?.value
                let value = kpi.value
                let scale = max(abs(value ?? 0), abs(benchmark ?? 0), 1) * 1.25
                let valueText = value.map { Vocabulary.quantity($0, unit: definition.unit, language) } ?? (zh ? "未填" : "none")
                let benchmarkText = benchmark.map { " / " + Vocabulary.quantity($0, unit: definition.unit, language) } ?? ""
                lines.append(
                    .kpiBar(
                        label: definition.name[language], value: max(0, (value ?? 0) / scale), benchmark: benchmark.map { max(0, $0 / scale) },
                        text: valueText + benchmarkText, met: comparison.map { $0.outcome == .met ? true : $0.outcome == .notMet ? false : nil } ?? nil))
            }
        }
        if let score = result.selfDiagnosis, let model = document.model {
            let level = min(score.workingLevel ?? 1, 5)
            lines += [.blank, .heading(UIText.elementBars[language] + (zh ? "(\(level) 级)" : " (level \(level))"))]
            for element in score.elements {
                let name = model.elements.first { $0.id == element.element }?.name[language] ?? element.element
                lines.append(.elementBar(label: name, score: element.levels[level - 1]))
            }
            lines.append(.text(UIText.estimateNote[language], .muted))
        }
        return lines
    }

    /// The KPI scope of the tier above `reached` (or of the top tier when it is reached).
    static func nextTierScope(_ pack: CriteriaPack, reached: String?) -> String? {
        let rank = reached.flatMap(pack.tier)?.rank ?? 0
        let tier = pack.tiers.first { $0.rank == rank + 1 } ?? pack.tiers.last
        for rule in tier?.rules ?? [] {
            if case .kpiScope(let scope) = rule.kind { return scope }
        }
        return nil
    }

    mutating func resultsCommand(_ command: Command) -> [Effect] {
        switch command {
        case .up: results.selected = max(0, results.selected - 1)
        case .down: results.selected = min(resultLines.count - 1, results.selected + 1)
        case .pageUp: results.selected = max(0, results.selected - 10)
        case .pageDown: results.selected = min(resultLines.count - 1, results.selected + 10)
        case .top: results.selected = 0
        case .bottom: results.selected = resultLines.count - 1
        case .previousSection: go(to: sectionIndex - 1)
        case .nextSection: go(to: 0)
        case .index: overlay = .index(selected: sectionIndex)
        case .search: overlay = .search(SearchState())
        case .nextUnanswered: jumpToNextUnanswered(after: 0)
        case .export: overlay = .export(selected: 0)
        case .back:
            results.expandedTiers = []
            results.expandedRules = []
        case .open:
            let lines = resultLines
            guard lines.indices.contains(results.selected) else { return [] }
            switch lines[results.selected] {
            case .tier(let tier):
                if results.expandedTiers.contains(tier) { results.expandedTiers.remove(tier) } else { results.expandedTiers.insert(tier) }
            case .rule(let tier, let index):
                guard let rule = document?.result.verdict(tier)?.rules[index].rule.id else { return [] }
                if results.expandedRules.contains(rule) { results.expandedRules.remove(rule) } else { results.expandedRules.insert(rule) }
            default:
                break
            }
        default:
            break
        }
        return []
    }
}
