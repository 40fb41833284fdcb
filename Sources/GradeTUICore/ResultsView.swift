import FactoryGrading

/// The results screen: the tier in large type, verdicts with drill-down into each rule, conditions,
/// warnings, gaps to the next tier, KPI bars against benchmarks and maturity by element.
enum ResultsView {
    static func draw(_ state: AppState, _ document: Document, into frame: inout Frame) {
        let size = frame.canvas.size
        let language = state.language
        let pack = document.pack
        let result = document.result
        var rows: [(String, Style, Int)] = []
        for (index, line) in state.resultLines.enumerated() {
            switch line {
            case .bigTier:
                let tier = result.tierReached.flatMap(pack.tier)
                let word = tier?.name.en ?? "NONE"
                let big = BigText.rows(word)
                let conditional = result.tierReached.flatMap(result.verdict)?.isConditional == true
                let name = (tier?.name[language] ?? Vocabulary.none[language]) + (conditional ? (language == .zh ? "(附条件)" : " (conditional)") : "")
                rows.append((big[0] + "  " + Vocabulary.tierReached[language], .good, index))
                rows.append((big[1] + "  " + name, .good, index))
                rows.append((big[2], .good, index))
            case .heading(let text): rows.append((text, .title, index))
            case .blank: rows.append(("", .plain, index))
            case .tier(let id):
                guard let verdict = result.verdict(id) else { continue }
                let open = state.results.expandedTiers.contains(id) ? "v" : ">"
                let name = TextWrap.pad(pack.tier(id)?.name[language] ?? id, width: 8)
                let style: Style = verdict.verdict == .qualified ? .good : verdict.verdict == .notQualified ? .bad : .warning
                rows.append(("\(open) \(name) \(Vocabulary.verdict(verdict.verdict, conditional: verdict.isConditional)[language])", style, index))
            case .rule(let tier, let ruleIndex):
                guard let outcome = result.verdict(tier)?.rules[ruleIndex] else { continue }
                let style: Style = outcome.outcome == .met ? .plain : outcome.outcome == .notMet ? .bad : .warning
                rows.append(("    \(Vocabulary.mark(outcome.outcome)) \(outcome.rule.title[language])  (\(outcome.rule.clause))", style, index))
            case .reason(let text, let style):
                for wrapped in TextWrap.lines(text, width: size.width - 10) { rows.append(("        " + wrapped, style, index)) }
            case .text(let text, let style):
                for (number, wrapped) in TextWrap.lines(text, width: size.width - 4).enumerated() {
                    rows.append(((number == 0 ? " " : "   ") + wrapped, style, index))
                }
            case .kpiBar(let label, let value, let benchmark, let text, let met):
                let style: Style = met == true ? .good : met == false ? .bad : .plain
                rows.append((" " + TextWrap.pad(label, width: 26) + " " + Bar.text(value, width: 24, marker: benchmark) + " " + text, style, index))
            case .elementBar(let label, let score):
                let text = score.map { MaturityReport.fixed($0) } ?? "  -"
                rows.append((" " + TextWrap.pad(label, width: 12) + " " + Bar.text(score ?? 0, width: 30) + " " + text, .plain, index))
            }
        }
        let top = 2
        let height = size.height - top - 2
        let selectedRow = rows.firstIndex { $0.2 == state.results.selected } ?? 0
        let scroll = OverlayView.scrollStart(count: rows.count, room: height, focus: selectedRow)
        for (offset, row) in rows.dropFirst(scroll).prefix(height).enumerated() {
            let y = top + offset
            let isSelected = row.2 == state.results.selected
            if isSelected { frame.canvas.fill(x: 0, y: y, width: size.width, height: 1, style: .selected) }
            frame.canvas.put(TextWrap.truncate(row.0, width: size.width - 1), x: 0, y: y, style: isSelected ? .selected : row.1)
            frame.hits.append((y, 0..<size.width, .row(row.2)))
        }
    }
}
