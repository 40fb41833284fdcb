import FactoryGrading

/// Overlays drawn over the screen: help, section index, search, text editor, form, export.
enum OverlayView {
    static func draw(_ state: AppState, into frame: inout Frame) {
        let size = frame.canvas.size
        let language = state.language
        switch state.overlay {
        case .help(let scroll)?:
            let layout = helpLayout(state, size: size)
            var footer = hint(state)
            if layout.maxScroll > 0 { footer += "  (\(min(scroll, layout.maxScroll) + 1)/\(layout.maxScroll + 1))" }
            box(&frame.canvas, lines: helpLines(state), footer: footer, margin: helpMargin, scroll: scroll)
        case .index(let selected)?:
            guard let document = state.document else { return }
            let lines = document.sections.enumerated().map { index, section -> (String, Style) in
                let progress = document.progress(section: index)
                let count = section.kind == .results ? "" : "  \(progress.answered)/\(progress.total)"
                return ("\(index + 1). \(section.title[language])\(count)", index == selected ? .selected : .plain)
            }
            box(&frame.canvas, lines: [(UIText.index[language], .title)] + lines, footer: hint(state), margin: 18)
        case .search(let search)?:
            guard let document = state.document else { return }
            let found = state.matches(search.field.string)
            var lines: [(String, Style)] = [("/ " + search.field.string, .bold)]
            if found.isEmpty, !search.field.string.isEmpty { lines.append((UIText.noMatches[language], .muted)) }
            // Only the matches that fit are labelled, one line each: a short query can match most rows.
            let room = max(1, bodyRoom(height: size.height, head: 2))
            let first = scrollStart(count: found.count, room: room, focus: search.selected)
            for index in first..<min(found.count, first + room) {
                let match = found[index]
                let section = document.sections[match.section]
                let label = RowText.label(section.rows[match.row], document, language)
                let line = TextWrap.truncate("\(section.title[language]) · \(label)", width: size.width - 4 * 2 - 4)
                lines.append((line, index == search.selected ? .selected : .plain))
            }
            let origin = box(&frame.canvas, lines: [(UIText.search[language], .title)] + lines, footer: hint(state), margin: 4, pinned: 2)
            let prefixWidth = 2 + DisplayWidth.of(String(search.field.text.prefix(search.field.cursor)))
            frame.canvas.cursor = (origin.x + prefixWidth, origin.y + 2)
        case .editor(let editor)?:
            let title = editorTitle(editor.target, state)
            let margin = 3
            let inner = size.width - margin * 2 - 4
            let layout = editor.field.layout(width: inner)
            let visible = max(1, min(layout.lines.count, size.height - 10))
            let first = max(0, layout.cursorLine - visible + 1)
            var lines: [(String, Style)] = [(TextWrap.truncate(title, width: inner), .title)]
            lines += layout.lines.dropFirst(first).prefix(visible).map { ($0, .plain) }
            if let error = editor.error { lines.append((error, .bad)) }
            let origin = box(&frame.canvas, lines: lines, footer: hint(state), margin: margin, minimumHeight: 6)
            frame.canvas.cursor = (origin.x + layout.cursorColumn, origin.y + 2 + layout.cursorLine - first)
        case .form(let form)?:
            drawForm(form, state, into: &frame)
        case .export(let selected)?:
            let lines = AppState.exportChoices.enumerated().map { index, choice -> (String, Style) in
                ("\(index + 1). \(choice.label[language])  -> *\(choice.suffix)", index == selected ? .selected : .plain)
            }
            box(&frame.canvas, lines: [(UIText.export[language], .title)] + lines, footer: hint(state), margin: 6)
        case nil:
            break
        }
    }

    static let helpMargin = 2

    /// The help box's lines: help for the selected row, then the keys of the screen under it.
    static func helpLines(_ state: AppState) -> [(String, Style)] {
        let language = state.language
        var lines: [(String, Style)] = [(UIText.help[language], .title)]
        lines += RowText.help(state.selectedRow, state.document)
        lines.append(("", .plain))
        lines.append((UIText.keys[language], .title))
        for binding in KeyMap.bindings where binding.contexts.contains(state.screenContext) {
            lines.append((TextWrap.pad(binding.keyLabel, width: 10) + binding.label[language], .plain))
        }
        return lines
    }

    /// How many help lines fit at `size`, and how far the help can scroll.
    static func helpLayout(_ state: AppState, size: Size) -> (room: Int, maxScroll: Int) {
        let width = size.width - helpMargin * 2 - 4
        let lines = helpLines(state)
        let head = lines.prefix(1).reduce(0) { $0 + TextWrap.lines($1.0, width: width).count }
        let body = lines.dropFirst().reduce(0) { $0 + TextWrap.lines($1.0, width: width).count }
        let room = bodyRoom(height: size.height, head: head)
        return (max(0, room), room > 0 ? max(0, body - room) : 0)
    }

    /// The first visible line of a list of `count` lines shown `room` at a time, keeping `focus` centred.
    static func scrollStart(count: Int, room: Int, focus: Int) -> Int {
        guard count > room, room > 0 else { return 0 }
        return max(0, min(focus - room / 2, count - room))
    }

    /// The keys of the open overlay, for its box and for the help bar.
    static func hint(_ state: AppState) -> String {
        let zh = state.language == .zh
        switch state.overlay {
        case .help?: return zh ? "↑↓ PgUp PgDn 滚动 · 其他键关闭" : "↑↓ PgUp PgDn scroll · any other key closes"
        case .index?: return zh ? "Enter 跳转 · 数字键直达 · Esc 关闭" : "Enter jumps · digits · Esc closes"
        case .search?: return zh ? "输入文字或编号 · Enter 跳转 · Esc 关闭" : "type text or an id · Enter jumps · Esc closes"
        case .editor(let editor)?:
            return editor.field.multiline
                ? (zh ? "Ctrl-S 保存 · Enter 换行 · Esc 取消" : "Ctrl-S saves · Enter new line · Esc cancels")
                : (zh ? "Enter 确认 · Esc 取消 · 留空则清除" : "Enter confirms · Esc cancels · empty clears")
        case .form(let form)?:
            return form.editing != nil
                ? (zh ? "Enter 确认 · Esc 取消此项" : "Enter confirms · Esc cancels the field")
                : (zh ? "↑↓ 选择 · Enter 编辑/切换 · 数字选项 · Esc 保存并关闭" : "↑↓ select · Enter edit/cycle · digits pick · Esc saves and closes")
        case .export?: return zh ? "Enter 或数字键导出 · Esc 关闭" : "Enter or a digit exports · Esc closes"
        case nil: return ""
        }
    }

    static func editorTitle(_ target: AppState.EditTarget, _ state: AppState) -> String {
        let language = state.language
        switch target {
        case .profile(let field): return "\(UIText.editing[language]): \(field.label[language])"
        case .evidence(let id): return "\(UIText.evidence[language]): " + (state.document?.pack.item(id)?.text[language] ?? id)
        case .justification(let id): return "\(UIText.justification[language]): " + (state.document?.pack.item(id)?.text[language] ?? id)
        case .tailoring(let id): return "\(UIText.tailored[language]): " + (state.document?.model?.subdomain(id)?.name[language] ?? id) + " — " + UIText.justification[language]
        case .newFile: return UIText.fileName[language]
        }
    }

    static func drawForm(_ form: FormState, _ state: AppState, into frame: inout Frame) {
        let language = state.language
        let zh = language == .zh
        let title: String
        switch form.subject {
        case .maturity: title = zh ? "成熟度结果(正式报告或估计)" : "Maturity result (official report or estimate)"
        case .kpi(let id): title = state.document?.pack.kpi(id).map { "\($0.number). \($0.name[language])" } ?? id
        }
        var lines: [(String, Style)] = [(TextWrap.truncate(title, width: frame.canvas.size.width - 8), .title)]
        if let error = form.error {
            lines.append((TextWrap.truncate(error + (form.confirmDiscard ? (zh ? "(再按 Esc 放弃修改)" : " (Esc again discards)") : ""), width: frame.canvas.size.width - 8), .bad))
        }
        let lineWidth = frame.canvas.size.width - 8
        let longest = form.fields.map { DisplayWidth.of($0.label[language]) }.max() ?? 0
        let labelWidth = min(longest, max(12, lineWidth - 2 - 24))
        if form.fields.contains(where: { $0.detail != nil }) || longest > labelWidth, form.fields.indices.contains(form.selected) {
            let field = form.fields[form.selected]
            lines.append(((field.detail ?? field.label)[language], .muted))
        }
        let pinned = lines.count
        var cursor: (Int, Int)?
        for (index, field) in form.fields.enumerated() {
            let fullLabel = field.label[language]
            let label = TextWrap.pad(DisplayWidth.of(fullLabel) > labelWidth ? TextWrap.truncateMiddle(fullLabel, width: labelWidth) : fullLabel, width: labelWidth)
            var value = field.value
            if case .choice(let options) = field.kind { value = options.first { $0.value == field.value }?.label[language] ?? field.value }
            if index == form.selected, let editing = form.editing {
                value = editing.string
                cursor = (DisplayWidth.of(label) + 2 + DisplayWidth.of(String(editing.text.prefix(editing.cursor))), lines.count)
            }
            lines.append((TextWrap.truncate(label + "  " + value, width: lineWidth), index == form.selected ? .selected : .plain))
        }
        let origin = box(&frame.canvas, lines: lines, footer: hint(state), margin: 2, pinned: pinned, focus: form.selected + pinned)
        if let cursor {
            frame.canvas.cursor = (origin.x + cursor.0, origin.y + 1 + origin.head + (cursor.1 - pinned) - origin.first)
        }
    }

    /// Draws a framed box with `lines`, `margin` columns from the sides. The first `pinned` lines always
    /// show; when the rest does not fit, it scrolls to `scroll`, or to keep line `focus` in view. Returns
    /// the top-left of its text, how many screen lines the pinned lines took, and the first body line shown.
    @discardableResult
    static func box(
        _ canvas: inout Canvas, lines: [(String, Style)], footer: String, margin: Int, minimumHeight: Int = 0, pinned: Int = 1,
        focus: Int? = nil, scroll: Int? = nil
    ) -> (x: Int, y: Int, head: Int, first: Int) {
        let size = canvas.size
        let width = size.width - margin * 2
        var head: [(String, Style)] = []
        var body: [(String, Style, Int)] = []
        for (index, (text, style)) in lines.enumerated() {
            for line in TextWrap.lines(text, width: width - 4) {
                if index < pinned { head.append((line, style)) } else { body.append((line, style, index)) }
            }
        }
        let room = bodyRoom(height: size.height, head: head.count)
        var start = 0
        if body.count > room, room > 0 {
            let focusLine = body.firstIndex { $0.2 == focus } ?? 0
            start = scroll.map { min(max(0, $0), body.count - room) } ?? scrollStart(count: body.count, room: room, focus: focusLine)
            body = Array(body[start..<(start + room)])
        }
        let wrapped = head + body.map { ($0.0, $0.1) }
        let height = min(size.height - 2, max(minimumHeight, wrapped.count + 3))
        let top = max(1, (size.height - height) / 2)
        canvas.fill(x: 0, y: top, width: size.width, height: height, style: .plain)
        canvas.fill(x: margin, y: top, width: width, height: 1, character: "-", style: .muted)
        canvas.fill(x: margin, y: top + height - 1, width: width, height: 1, character: "-", style: .muted)
        for row in top..<(top + height) {
            canvas.put("|", x: margin, y: row, style: .muted)
            canvas.put("|", x: margin + width - 1, y: row, style: .muted)
        }
        for (index, line) in wrapped.prefix(height - 3).enumerated() {
            let style = line.1
            if style == .selected { canvas.fill(x: margin + 1, y: top + 1 + index, width: width - 2, height: 1, style: .selected) }
            canvas.put(line.0, x: margin + 2, y: top + 1 + index, style: style, width: width - 4)
        }
        canvas.put(TextWrap.truncate(footer, width: width - 4), x: margin + 2, y: top + height - 2, style: .key)
        return (margin + 2, top, head.count, start)
    }

    /// How many body lines a box fits on a screen `height` lines tall under `head` pinned lines (the box
    /// keeps a line above and below it, its two edges and its footer).
    static func bodyRoom(height: Int, head: Int) -> Int { height - 2 - 3 - head }
}
