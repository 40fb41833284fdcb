import FactoryGrading

/// A frame: the canvas to show and what each clickable region stands for.
public struct Frame: Sendable {
    public var canvas: Canvas
    public var hits: [(y: Int, x: Range<Int>, target: HitTarget)]
}

/// Draws the app state into a canvas of a given size. Pure: the same state and size give the same frame.
public enum Renderer {
    public static func render(_ state: AppState, size: Size) -> Frame {
        var frame = Frame(canvas: Canvas(size: size), hits: [])
        guard size.width >= Size.minimum.width, size.height >= Size.minimum.height else {
            drawTooSmall(&frame.canvas, state.language)
            return frame
        }
        switch state.screen {
        case .start: StartView.draw(state, into: &frame)
        case .document: DocumentView.draw(state, into: &frame)
        }
        if state.overlay != nil { OverlayView.draw(state, into: &frame) }
        return frame
    }

    static func drawTooSmall(_ canvas: inout Canvas, _ language: Language) {
        let size = canvas.size
        let lines = [UIText.tooSmall[language], "\(UIText.tooSmallDetail[language]) \(size.width)×\(size.height)"]
        for (index, line) in lines.enumerated() {
            let y = max(0, size.height / 2 - 1 + index)
            canvas.put(line, x: max(0, (size.width - DisplayWidth.of(line)) / 2), y: y, style: index == 0 ? .warning : .plain)
        }
    }

    /// The bottom two lines: the status message, and the key help for the current context.
    static func drawFooter(_ state: AppState, into canvas: inout Canvas) {
        let size = canvas.size
        if let message = state.message {
            canvas.put(TextWrap.truncate(message.text, width: size.width), x: 0, y: size.height - 2, style: message.isError ? .bad : .good)
        }
        canvas.fill(x: 0, y: size.height - 1, width: size.width, height: 1, style: .reverse)
        let help = state.overlay != nil ? OverlayView.hint(state) : KeyMap.bar(state.context, language: state.language, width: size.width - 1)
        canvas.put(help, x: 0, y: size.height - 1, style: .reverse, width: size.width)
    }

    /// The first line: app name, enterprise, pack; section and progress on the right.
    static func drawHeader(_ state: AppState, into canvas: inout Canvas) {
        let width = canvas.size.width
        canvas.fill(x: 0, y: 0, width: width, height: 1, style: .reverse)
        var left = " " + UIText.appName[state.language]
        if let document = state.document {
            if let name = document.assessment.profile.enterpriseName { left += " · " + name }
            left += " · " + document.pack.id
        }
        var right = ""
        if let document = state.document {
            let progress = document.progress()
            let percent = progress.total == 0 ? 0 : progress.answered * 100 / progress.total
            right = "\(UIText.section[state.language]) \(state.sectionIndex + 1)/\(document.sections.count) | \(UIText.answered[state.language]) \(percent)% "
        }
        let rightWidth = DisplayWidth.of(right)
        canvas.put(TextWrap.truncate(left, width: width - rightWidth - 1), x: 0, y: 0, style: .reverse)
        canvas.put(right, x: width - rightWidth, y: 0, style: .reverse)
    }
}
