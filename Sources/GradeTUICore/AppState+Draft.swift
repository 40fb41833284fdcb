import FactoryGrading

/// The draft file: an open editor's or form's contents, rewritten after every keystroke so that a killed
/// process loses at most the keystroke in flight. It sits beside the assessment as `<file>.draft`.
extension AppState {
    var draftPath: String? { document.map { $0.path + Self.draftSuffix } }

    mutating func saveDraft() -> [Effect] {
        guard let path = draftPath, let draft = encodedDraft() else { return [] }
        return [.saveDraft(path: path, bytes: JSONWriter(style: .compact).bytes(draft))]
    }

    func removeDraft() -> [Effect] { draftPath.map { [.remove(path: $0)] } ?? [] }

    func encodedDraft() -> JSONValue? {
        switch overlay {
        case .editor(let state)?:
            let target: JSONValue
            switch state.target {
            case .profile(let field): target = .object(["kind": "profile", "id": .string(field.rawValue)])
            case .evidence(let id): target = .object(["kind": "evidence", "id": .string(id)])
            case .justification(let id): target = .object(["kind": "justification", "id": .string(id)])
            case .tailoring(let id): target = .object(["kind": "tailoring", "id": .string(id)])
            case .newFile: return nil
            }
            return .object([
                "format": "factorygrading.draft", "target": target, "text": .string(state.field.string),
                "cursor": .number(Double(state.field.cursor)), "multiline": .bool(state.field.multiline),
            ])
        case .form(let state)?:
            let subject: JSONValue
            switch state.subject {
            case .maturity: subject = .object(["kind": "maturity"])
            case .kpi(let id): subject = .object(["kind": "kpi", "id": .string(id)])
            }
            return .object([
                "format": "factorygrading.draft", "form": subject,
                "values": .object(state.fields.map { JSONMember($0.id, .string($0.value)) }),
                "stash": .object(state.stash.sorted { $0.key < $1.key }.map { JSONMember($0.key, .string($0.value)) }),
                "selected": .number(Double(state.selected)), "editing": .optional(state.editing?.string),
            ])
        default:
            return nil
        }
    }

    /// Moves to the section and row showing `row`.
    mutating func select(_ row: RowID) {
        guard let document else { return }
        for (sectionIndex, section) in document.sections.enumerated() {
            if let rowIndex = section.rows.firstIndex(of: row) {
                self.sectionIndex = sectionIndex
                self.document?.rowCursor[sectionIndex] = rowIndex
                return
            }
        }
    }

    /// Reopens the editor or form a draft holds, if it still fits the open assessment.
    mutating func restoreDraft(_ bytes: [UInt8]?) -> [Effect] {
        guard let bytes, let document, let draft = try? JSONParser.parse(bytes), draft["format"] == "factorygrading.draft" else { return [] }
        func string(_ value: JSONValue?) -> String? {
            if case .string(let text)? = value { return text }
            return nil
        }
        func number(_ value: JSONValue?) -> Int? {
            if case .number(let number)? = value { return Int(exactly: number) }
            return nil
        }
        if let target = draft["target"], let kind = string(target["kind"]), let id = string(target["id"]), let text = string(draft["text"]) {
            let editTarget: EditTarget
            switch kind {
            case "profile":
                guard let field = ProfileField(rawValue: id) else { return removeDraft() }
                editTarget = .profile(field)
            case "evidence" where document.pack.item(id) != nil: editTarget = .evidence(id)
            case "justification" where document.pack.allowsException(id): editTarget = .justification(id)
            case "tailoring" where document.model?.subdomain(id) != nil: editTarget = .tailoring(id)
            default: return removeDraft()
            }
            switch editTarget {
            case .profile(let field): select(.profile(field))
            case .evidence(let id), .justification(let id): select(.item(id))
            case .tailoring(let subdomain):
                if let question = document.model?.questionnaire.questions.first(where: { $0.subdomain == subdomain }) { select(.question(question.id)) }
            case .newFile: break
            }
            var field = TextField(text, multiline: draft["multiline"] == true)
            field.cursor = min(max(0, number(draft["cursor"]) ?? field.text.count), field.text.count)
            overlay = .editor(EditorState(target: editTarget, field: field, error: nil))
        } else if let subject = draft["form"], let kind = string(subject["kind"]), case .object(let members)? = draft["values"] {
            var values: [String: String] = [:]
            for member in members { values[member.key] = string(member.value) ?? "" }
            var form: FormState
            if kind == "maturity" {
                form = .maturity(nil)
                for (id, value) in values { form.set(id, value) }
            } else if kind == "kpi", let id = string(subject["id"]), let kpi = document.pack.kpi(id) {
                var stashed = values
                if case .object(let members)? = draft["stash"] {
                    for member in members where stashed[member.key] == nil { stashed[member.key] = string(member.value) ?? "" }
                }
                form = FormState(subject: .kpi(id), fields: FormState.kpiFields(kpi, values: stashed, pack: document.pack))
            } else {
                return removeDraft()
            }
            select(kind == "maturity" ? .maturity(.level) : .kpi(string(subject["id"]) ?? ""))
            if case .object(let stashed)? = draft["stash"] {
                for member in stashed { form.stash[member.key] = string(member.value) ?? "" }
            }
            form.selected = min(max(0, number(draft["selected"]) ?? 0), form.fields.count - 1)
            form.editing = string(draft["editing"]).map { TextField($0) }
            overlay = .form(form)
        } else {
            return removeDraft()
        }
        message = StatusMessage(text: language == .zh ? "已恢复上次未完成的编辑" : "Restored the edit in progress", isError: false)
        return []
    }
}
