import FactoryGrading

extension AppState {
    /// Keys in a text editor: typing and cursor moves; Enter commits a one-line field and starts a new
    /// line in a note, where Ctrl-S commits; Esc cancels. Every keystroke rewrites the draft file.
    mutating func editorKey(_ key: Key, _ state: EditorState) -> [Effect] {
        var state = state
        switch key {
        case .escape:
            overlay = nil
            return removeDraft()
        case .enter where !state.field.multiline, .control("s"):
            return commit(state)
        case .enter:
            state.field.insert("\n")
        case .control("j"):
            if state.field.multiline { state.field.insert("\n") }
        case .up: state.field.vertical(-1)
        case .down: state.field.vertical(1)
        default:
            guard state.field.apply(key) else { return [] }
        }
        state.error = nil
        overlay = .editor(state)
        return saveDraft()
    }

    mutating func commit(_ state: EditorState) -> [Effect] {
        let text = state.field.string
        let trimmed = text.trimmingSpaces
        var effects: [Effect] = []
        switch state.target {
        case .newFile:
            guard !trimmed.isEmpty else { return fail(state, UIText.fileName[language]) }
            let path = trimmed.hasSuffix(".json") ? trimmed : trimmed + ".json"
            if start.files.contains(where: { $0.path == path }) {
                return fail(state, language == .zh ? "文件已存在:\(path)" : "File exists: \(path)")
            }
            overlay = nil
            return removeDraft() + open(path: path, bytes: nil)
        case .profile(let field):
            let result = commitProfile(field, trimmed)
            if let error = result.error { return fail(state, error) }
            effects = result.effects
        case .evidence(let id):
            effects = update { assessment in
                var answer = assessment.answers[id] ?? Answer(nil)
                answer.evidence = trimmed.isEmpty ? nil : text
                assessment.answers[id] = answer.status == nil && answer.evidence == nil ? nil : answer
            }
        case .justification(let id):
            guard !trimmed.isEmpty else { return fail(state, UIText.justificationRequired[language]) }
            effects = update { assessment in
                var answer = assessment.answers[id] ?? Answer(nil)
                answer.status = .excepted
                answer.justification = text
                assessment.answers[id] = answer
            }
            if let section, let document, section.rows.indices.contains(document.rowCursor[sectionIndex] + 1) {
                self.document?.rowCursor[sectionIndex] += 1
            }
        case .tailoring(let subdomain):
            guard !trimmed.isEmpty, let model = document?.model else { return fail(state, UIText.justificationRequired[language]) }
            effects = update { assessment in
                var maturity = assessment.maturity ?? MaturityResult(level: nil, source: nil)
                var diagnosis = maturity.selfDiagnosis ?? SelfDiagnosis(model: model.reference)
                diagnosis.tailoring[subdomain] = text
                maturity.selfDiagnosis = diagnosis
                assessment.maturity = maturity
            }
        }
        overlay = nil
        return effects + removeDraft()
    }

    mutating func fail(_ state: EditorState, _ error: String) -> [Effect] {
        var state = state
        state.error = error
        overlay = .editor(state)
        return []
    }

    /// Sets a profile field from typed text ("" clears it), or says what is wrong with the text.
    mutating func commitProfile(_ field: ProfileField, _ text: String) -> (effects: [Effect], error: String?) {
        let value: String? = text.isEmpty ? nil : text
        switch field {
        case .creditCode:
            if let value {
                do { _ = try CreditCode(value) } catch { return ([], error.message(language)) }
            }
            return (update { $0.profile.creditCode = value }, nil)
        case .regionCode:
            if let value, !RegionCode.isValid(value) { return ([], Problem.invalidRegionCode(value).message(language)) }
            return (update { $0.profile.regionCode = value }, nil)
        case .industryCode:
            if let value {
                switch IndustryCode.check(value) {
                case .malformed?: return ([], Problem.invalidIndustryCode(value).message(language))
                case .notManufacturing?: return ([], Problem.notManufacturing(value).message(language))
                case nil: break
                }
            }
            return (update { $0.profile.industryCode = value }, nil)
        case .annualRevenue:
            guard let value else { return (update { $0.profile.annualRevenue = nil }, nil) }
            switch NumberInput.parse(value, min: 0, max: nil, language: language) {
            case .failure(let error): return ([], error.message)
            case .success(let number): return (update { $0.profile.annualRevenue = number }, nil)
            }
        case .assessmentDate:
            if let value, CalendarDate(value) == nil { return ([], Problem.invalidDate(value).message(language)) }
            return (update { $0.profile.assessmentDate = value }, nil)
        case .enterpriseName:
            return (update { $0.profile.enterpriseName = value }, nil)
        case .assessor:
            return (update { $0.profile.assessor = value }, nil)
        case .manufacturingType:
            return (update { $0.profile.manufacturingType = value.flatMap(Profile.ManufacturingType.init(rawValue:)) }, nil)
        }
    }

    // MARK: Forms

    /// Keys in a form: move between fields, Enter edits a field (or cycles a choice), digits pick a
    /// choice, Esc leaves: committing when valid, or, on a second Esc, discarding.
    mutating func formKey(_ key: Key, _ state: FormState) -> [Effect] {
        var state = state
        if var field = state.editing {
            switch key {
            case .enter:
                state.fields[state.selected].value = field.string
                state.editing = nil
            case .escape:
                state.editing = nil
            default:
                guard field.apply(key) else { return [] }
            }
            if state.editing != nil { state.editing = field }
            state.error = nil
            overlay = .form(state)
            return saveDraft()
        }
        let field = state.fields[state.selected]
        switch key {
        case .up: state.selected = max(0, state.selected - 1)
        case .down, .tab: state.selected = min(state.fields.count - 1, state.selected + 1)
        case .backTab: state.selected = max(0, state.selected - 1)
        case .home: state.selected = 0
        case .end: state.selected = state.fields.count - 1
        case .enter:
            if case .choice(let options) = field.kind {
                let index = options.firstIndex { $0.value == field.value } ?? -1
                state.fields[state.selected].value = options[(index + 1) % options.count].value
                relayout(&state)
            } else {
                state.editing = TextField(field.value)
            }
        case .character(let character) where !isChoice(field.kind):
            var typed = TextField()
            typed.insert(character)
            state.editing = typed
        case .character(let character) where character.isNumber:
            guard case .choice(let options) = field.kind, let digit = character.wholeNumberValue else { return [] }
            let choices = options.filter { !$0.value.isEmpty }
            if digit == 0 {
                state.fields[state.selected].value = ""
            } else if choices.indices.contains(digit - 1) {
                state.fields[state.selected].value = choices[digit - 1].value
            }
            relayout(&state)
        case .delete, .backspace:
            state.fields[state.selected].value = ""
            relayout(&state)
        case .escape, .control("s"):
            return leave(state)
        default:
            return []
        }
        state.error = nil
        state.confirmDiscard = false
        overlay = .form(state)
        return saveDraft()
    }

    func isChoice(_ kind: FormState.FieldKind) -> Bool {
        if case .choice = kind { return true }
        return false
    }

    func relayout(_ state: inout FormState) {
        guard case .kpi(let id) = state.subject, let document, let kpi = document.pack.kpi(id) else { return }
        state.relayoutKPI(kpi, pack: document.pack)
    }

    /// Leaves a form: commits it when valid; when not, shows why (a second Esc discards the form).
    mutating func leave(_ state: FormState) -> [Effect] {
        var state = state
        guard let document else { return [] }
        let change: Result<(inout Assessment) -> Void, InputError>
        switch state.subject {
        case .maturity:
            change = state.maturityResult(keeping: document.assessment.maturity?.selfDiagnosis, language: language).map { result in
                { $0.maturity = result }
            }
        case .kpi(let id):
            guard let kpi = document.pack.kpi(id) else { return [] }
            change = state.kpiEntry(kpi, pack: document.pack, language: language).map { entry in { $0.kpis[id] = entry } }
        }
        switch change {
        case .success(let change):
            overlay = nil
            return update(change) + removeDraft()
        case .failure where state.confirmDiscard:
            overlay = nil
            return removeDraft()
        case .failure(let error):
            state.error = error.message
        }
        state.confirmDiscard = true
        overlay = .form(state)
        return []
    }
}
