import FactoryGrading

/// The start screen: language, criteria pack, new assessment, and the resume list.
enum StartView {
    static func draw(_ state: AppState, into frame: inout Frame) {
        let language = state.language
        let zh = language == .zh
        let width = frame.canvas.size.width
        Renderer.drawHeader(state, into: &frame.canvas)
        var y = 2
        frame.canvas.put(UIText.appName[language], x: 2, y: y, style: .title)
        y += 2
        frame.canvas.put("\(UIText.language[language]): \(zh ? "中文" : "English")   (L \(zh ? "切换" : "switch"))", x: 2, y: y)
        y += 1
        if !state.newAssessmentPacks.isEmpty {
            let packs = state.newAssessmentPacks
            let pack = packs[min(state.start.packIndex, packs.count - 1)]
            let line = "\(Vocabulary.pack[language]): \(pack.id) \(pack.version) · \(pack.title[language])"
            frame.canvas.put(TextWrap.truncate(line, width: width - 4) + (packs.count > 1 ? "  (Tab)" : ""), x: 2, y: y)
        }
        y += 2
        let lines = ["+ " + UIText.newAssessment[language]] + state.start.files.map { file in
            let progress = file.total == 0 ? "" : "\(file.answered * 100 / file.total)%"
            let name = file.problem == nil ? file.enterprise ?? "" : "! " + UIText.refused[language]
            return "  " + TextWrap.pad(file.path, width: 26) + " " + TextWrap.pad(name, width: 24) + " " + TextWrap.pad(file.date ?? "", width: 10)
                + " " + TextWrap.pad(progress, width: 5)
        }
        if state.start.files.isEmpty {
            frame.canvas.put(UIText.noFiles[language], x: 4, y: y + 2, style: .muted)
        } else {
            frame.canvas.put(UIText.resume[language] + ":", x: 2, y: y + 1, style: .bold)
        }
        let room = max(1, frame.canvas.size.height - 2 - 4 - (y + 2))
        let start = 1 + OverlayView.scrollStart(count: lines.count - 1, room: room, focus: max(0, state.start.selected - 1))
        for (index, line) in lines.enumerated() where index == 0 || (index >= start && index < start + room) {
            let row = index == 0 ? y : y + 2 + (index - start)
            let selected = index == state.start.selected
            let style: Style = selected ? .selected : (index > 0 && state.start.files[index - 1].problem != nil ? .muted : .plain)
            if selected { frame.canvas.fill(x: 1, y: row, width: width - 2, height: 1, style: .selected) }
            frame.canvas.put(TextWrap.truncate(line, width: width - 4), x: 2, y: row, style: style)
            frame.hits.append((row, 0..<width, .startLine(index)))
        }
        if state.start.selected > 0, let problem = state.start.files[state.start.selected - 1].problem, state.message == nil {
            let lines = TextWrap.lines("\(UIText.refused[language]): \(problem)", width: width - 2)
            for (offset, line) in lines.suffix(3).enumerated() {
                frame.canvas.put(line, x: 1, y: frame.canvas.size.height - 2 - min(3, lines.count) + offset, style: .bad)
            }
        }
        Renderer.drawFooter(state, into: &frame.canvas)
    }
}
