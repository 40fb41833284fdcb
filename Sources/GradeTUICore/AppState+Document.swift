import FactoryGrading

extension AppState {
    /// The selected row of the current section.
    public var selectedRow: RowID? {
        guard let document, let section, !section.rows.isEmpty else { return nil }
        return section.rows[min(document.rowCursor[sectionIndex], section.rows.count - 1)]
    }

    mutating func documentCommand(_ command: Command) -> [Effect] {
        guard let document, let section else { return [] }
        if section.kind == .results { return resultsCommand(command) }
        let count = section.rows.count
        let row = document.rowCursor[sectionIndex]
        func move(to target: Int) { self.document?.rowCursor[sectionIndex] = max(0, min(count - 1, target)) }
        switch command {
        case .up: move(to: row - 1)
        case .down: move(to: row + 1)
        case .pageUp: move(to: row - 10)
        case .pageDown: move(to: row + 10)
        case .top: move(to: 0)
        case .bottom: move(to: count - 1)
        case .nextSection: go(to: sectionIndex + 1)
        case .previousSection: go(to: sectionIndex - 1)
        case .results: go(to: document.sections.count - 1)
        case .index: overlay = .index(selected: sectionIndex)
        case .search: overlay = .search(SearchState())
        case .nextUnanswered: jumpToNextUnanswered(after: row + 1)
        case .open: return open(selectedRow)
        case .choose1, .choose2, .choose3, .choose4, .clear: return choose(command)
        case .note:
            guard case .item? = selectedRow else { return notHere(UIText.noteOnItemsOnly) }
            return open(selectedRow)
        case .tailor: return tailor()
        case .toggleMain:
            guard case .kpi(let id)? = selectedRow else { return notHere(UIText.mainOnKPIsOnly) }
            return update { assessment in
                var entry = assessment.kpis[id] ?? KPIEntry(value: nil)
                entry.main = entry.main == true ? false : true
                assessment.kpis[id] = entry
            }
        default:
            break
        }
        return []
    }

    mutating func go(to index: Int) {
        guard let document else { return }
        sectionIndex = max(0, min(document.sections.count - 1, index))
    }

    mutating func jumpToNextUnanswered(after row: Int) {
        guard let document else { return }
        guard let next = document.nextUnanswered(after: sectionIndex, row: row) else {
            message = StatusMessage(text: UIText.allAnswered[language], isError: false)
            return
        }
        sectionIndex = next.section
        self.document?.rowCursor[next.section] = next.row
    }

    /// Enter on a row: edit a field, open a form, or cycle a choice.
    mutating func open(_ row: RowID?) -> [Effect] {
        guard let document, let row else { return [] }
        switch row {
        case .profile(.manufacturingType):
            let next: Profile.ManufacturingType? =
                switch document.assessment.profile.manufacturingType {
                case nil: .discrete
                case .discrete?: .process
                case .process?: nil
                }
            return update { $0.profile.manufacturingType = next }
        case .profile(let field):
            overlay = .editor(EditorState(target: .profile(field), field: TextField(document.profileValue(field) ?? ""), error: nil))
        case .item(let id):
            overlay = .editor(
                EditorState(target: .evidence(id), field: TextField(document.assessment.answers[id]?.evidence ?? "", multiline: true), error: nil))
        case .maturity:
            overlay = .form(.maturity(document.assessment.maturity))
        case .question(let id):
            let grades = document.model?.satisfaction.map(\.id) ?? []
            let current = document.assessment.maturity?.selfDiagnosis?.answers[id]
            let next = current.flatMap(grades.firstIndex).map { grades[($0 + 1) % grades.count] } ?? grades.first
            return setQuestion(id, next)
        case .kpi(let id):
            guard let kpi = document.pack.kpi(id) else { return [] }
            overlay = .form(.kpi(kpi, entry: document.assessment.kpis[id], pack: document.pack))
        }
        return []
    }

    /// Digits on a row: answer an item (1 met, 2 not met, 3 excepted), a question (1–4 on the
    /// satisfaction scale), a choice field; 0 clears.
    mutating func choose(_ command: Command) -> [Effect] {
        guard let document, let row = selectedRow else { return [] }
        let digit: Int? =
            switch command {
            case .choose1: 1
            case .choose2: 2
            case .choose3: 3
            case .choose4: 4
            default: nil
            }
        let advance = { (state: inout AppState) in
            let count = state.section?.rows.count ?? 0
            let current = state.document?.rowCursor[state.sectionIndex] ?? 0
            if current + 1 < count { state.document?.rowCursor[state.sectionIndex] = current + 1 }
        }
        switch row {
        case .item(let id):
            switch digit {
            case 1?, 2?:
                let effects = update { assessment in
                    var answer = assessment.answers[id] ?? Answer(nil)
                    answer.status = digit == 1 ? .met : .notMet
                    answer.justification = nil
                    assessment.answers[id] = answer
                }
                advance(&self)
                return effects
            case 3?:
                guard document.pack.allowsException(id) else {
                    message = StatusMessage(text: UIText.exceptionNotAllowed[language], isError: true)
                    return []
                }
                let text = document.assessment.answers[id]?.justification ?? ""
                overlay = .editor(EditorState(target: .justification(id), field: TextField(text, multiline: true), error: nil))
                return []
            case nil:
                return update { assessment in
                    guard var answer = assessment.answers[id] else { return }
                    answer.status = nil
                    answer.justification = nil
                    assessment.answers[id] = answer.evidence == nil ? nil : answer
                }
            default:
                return []
            }
        case .question(let id):
            let grades = document.model?.satisfaction.map(\.id) ?? []
            if let digit {
                guard grades.indices.contains(digit - 1) else { return [] }
                let effects = setQuestion(id, grades[digit - 1])
                advance(&self)
                return effects
            }
            return setQuestion(id, nil)
        case .profile(.manufacturingType):
            let value: Profile.ManufacturingType? = digit == 1 ? .discrete : digit == 2 ? .process : nil
            return update { $0.profile.manufacturingType = value }
        case .profile(let field):
            guard digit == nil else { return [] }
            return commitProfile(field, "").effects
        case .kpi(let id):
            guard digit == nil else { return [] }
            return update { $0.kpis[id] = nil }
        case .maturity:
            return []
        }
    }

    mutating func setQuestion(_ id: String, _ grade: String?) -> [Effect] {
        guard let model = document?.model else { return [] }
        return update { assessment in
            var maturity = assessment.maturity ?? MaturityResult(level: nil, source: nil)
            var diagnosis = maturity.selfDiagnosis ?? SelfDiagnosis(model: model.reference)
            diagnosis.answers[id] = grade
            maturity.selfDiagnosis = diagnosis.answers.isEmpty && diagnosis.tailoring.isEmpty ? nil : diagnosis
            assessment.maturity = maturity.level == nil && maturity.source == nil && maturity.selfDiagnosis == nil ? nil : maturity
        }
    }

    /// `t` on a question: tailor its sub-domain out (asking for the justification), or back in.
    /// A key that does nothing on the selected row says where it does work.
    mutating func notHere(_ text: LocalizedText) -> [Effect] {
        message = StatusMessage(text: text[language], isError: false)
        return []
    }

    mutating func tailor() -> [Effect] {
        guard let document, case .question(let id)? = selectedRow, let question = document.model?.question(id) else {
            return notHere(UIText.tailorOnQuestionsOnly)
        }
        if document.assessment.maturity?.selfDiagnosis?.tailoring[question.subdomain] != nil {
            return update { assessment in
                assessment.maturity?.selfDiagnosis?.tailoring[question.subdomain] = nil
            }
        }
        overlay = .editor(EditorState(target: .tailoring(question.subdomain), field: TextField(multiline: true), error: nil))
        return []
    }
}
