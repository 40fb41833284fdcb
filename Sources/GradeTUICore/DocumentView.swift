import FactoryGrading

/// A section of an open assessment: header, section strip, the rows, the selected row's detail, footer.
enum DocumentView {
    static func draw(_ state: AppState, into frame: inout Frame) {
        guard let document = state.document, let section = state.section else { return }
        Renderer.drawHeader(state, into: &frame.canvas)
        drawStrip(state, document, into: &frame)
        if section.kind == .results {
            ResultsView.draw(state, document, into: &frame)
        } else {
            drawList(state, document, section, into: &frame)
        }
        Renderer.drawFooter(state, into: &frame.canvas)
    }

    /// Line 1: the sections, current one highlighted, as many as fit around it.
    static func drawStrip(_ state: AppState, _ document: Document, into frame: inout Frame) {
        let width = frame.canvas.size.width
        let titles = document.sections.map { $0.title[state.language] }
        var first = state.sectionIndex
        var last = state.sectionIndex
        // Each title is drawn as " title " and separated by " | "; "< " and " >" mark hidden sections.
        var used = DisplayWidth.of(titles[first]) + 2
        while true {
            var grew = false
            if last + 1 < titles.count, used + DisplayWidth.of(titles[last + 1]) + 5 <= width - 4 {
                last += 1
                used += DisplayWidth.of(titles[last]) + 5
                grew = true
            }
            if first > 0, used + DisplayWidth.of(titles[first - 1]) + 5 <= width - 4 {
                first -= 1
                used += DisplayWidth.of(titles[first]) + 5
                grew = true
            }
            if !grew { break }
        }
        var x = 0
        if first > 0 { x = frame.canvas.put("< ", x: x, y: 1, style: .muted) }
        for index in first...last {
            if index > first { x = frame.canvas.put(" | ", x: x, y: 1, style: .muted) }
            let start = x
            let selected = index == state.sectionIndex
            x = frame.canvas.put(" " + titles[index] + " ", x: x, y: 1, style: selected ? .selected : .plain)
            frame.hits.append((1, start..<x, .section(index)))
        }
        if last < titles.count - 1 { frame.canvas.put(" >", x: x, y: 1, style: .muted) }
    }

    /// Rows of the section as a list (status column, label), with a detail pane below.
    static func drawList(_ state: AppState, _ document: Document, _ section: Section, into frame: inout Frame) {
        let size = frame.canvas.size
        let language = state.language
        let detailHeight = max(5, size.height / 4)
        let top = 3
        let listHeight = size.height - top - detailHeight - 3
        let progress = document.progress(section: state.sectionIndex)
        frame.canvas.put(
            "\(section.title[language])  (\(progress.answered)/\(progress.total) \(UIText.answered[language]))", x: 1, y: 2, style: .title)
        let selected = min(document.rowCursor[state.sectionIndex], max(0, section.rows.count - 1))
        let scroll = listHeight > 0 ? (selected / listHeight) * listHeight : 0
        let statusWidth = 10
        for (offset, row) in section.rows.dropFirst(scroll).prefix(listHeight).enumerated() {
            let index = scroll + offset
            let y = top + offset
            let isSelected = index == selected
            if isSelected { frame.canvas.fill(x: 0, y: y, width: size.width, height: 1, style: .selected) }
            let (status, statusStyle) = RowText.status(row, document, language)
            frame.canvas.put(isSelected ? ">" : " ", x: 0, y: y, style: isSelected ? .selected : .plain)
            frame.canvas.put(TextWrap.pad(status, width: statusWidth - 2), x: 1, y: y, style: isSelected ? .selected : statusStyle)
            let label = TextWrap.truncate(RowText.label(row, document, language), width: size.width - statusWidth - 1)
            frame.canvas.put(label, x: statusWidth, y: y, style: isSelected ? .selected : .plain)
            frame.hits.append((y, 0..<size.width, .row(index)))
        }
        if section.rows.count > listHeight {
            let indicator = "\(selected + 1)/\(section.rows.count)"
            frame.canvas.put(indicator, x: size.width - DisplayWidth.of(indicator) - 1, y: 2, style: .muted)
        }
        let detailTop = size.height - detailHeight - 2
        frame.canvas.fill(x: 0, y: detailTop - 1, width: size.width, height: 1, character: "-", style: .muted)
        guard section.rows.indices.contains(selected) else { return }
        var y = detailTop
        for (text, style) in RowText.detail(section.rows[selected], document, language) {
            for line in TextWrap.lines(text, width: size.width - 2) {
                guard y < detailTop + detailHeight else { return }
                frame.canvas.put(line, x: 1, y: y, style: style)
                y += 1
            }
        }
    }
}
