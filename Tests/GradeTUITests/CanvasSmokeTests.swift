import Testing
@testable import GradeTUICore

@Suite struct CanvasSmokeTests {
    @Test func wideCharactersTakeTwoCells() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        let end = canvas.put("中文x", x: 0, y: 0)
        #expect(end == 5)
        #expect(canvas.lines == ["中文x"])
        #expect(canvas[1, 0].isContinuation)
    }
}
