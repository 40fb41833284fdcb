import Testing

@testable import GradeTUICore

/// Compares screen lines with a multi-line literal, reporting each line that differs (with its number),
/// so a failure shows where the screen moved. `ignoring` skips lines tested elsewhere.
func expectScreen(
    _ lines: [String], _ expected: String, ignoring: Set<Int> = [], sourceLocation: SourceLocation = #_sourceLocation
) {
    let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.count == wanted.count, "the screen has \(lines.count) lines, expected \(wanted.count)", sourceLocation: sourceLocation)
    for index in 0..<min(lines.count, wanted.count) where !ignoring.contains(index) && lines[index] != wanted[index] {
        Issue.record("line \(index):\n  got      |\(lines[index])|\n  expected |\(wanted[index])|", sourceLocation: sourceLocation)
    }
}

/// Expects every wide character of `canvas` to be whole: its right half is the continuation cell next to
/// it, and no continuation cell stands alone (at the left edge or after a narrow character).
func expectWideCharactersWhole(_ canvas: Canvas, sourceLocation: SourceLocation = #_sourceLocation) {
    let size = canvas.size
    for y in 0..<size.height {
        for x in 0..<size.width {
            let cell = canvas[x, y]
            if cell.isContinuation {
                let ok = x > 0 && DisplayWidth.of(canvas[x - 1, y].text) == 2
                if !ok { Issue.record("lone continuation cell at (\(x), \(y)): \(canvas.lines[y])", sourceLocation: sourceLocation) }
            } else if DisplayWidth.of(cell.text) == 2 {
                let ok = x + 1 < size.width && canvas[x + 1, y].isContinuation
                if !ok { Issue.record("wide character '\(cell.text)' split at (\(x), \(y)): \(canvas.lines[y])", sourceLocation: sourceLocation) }
            }
        }
    }
}

extension Canvas {
    /// The text of row `y` from column `from` up to (not including) `to`.
    func text(y: Int, from: Int, to: Int) -> String {
        (from..<min(to, size.width)).map { self[$0, y].text }.joined()
    }

    /// The style of the cell at (`x`, `y`).
    func style(_ x: Int, _ y: Int) -> Style { self[x, y].style }
}
