import Foundation
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

@Suite struct ReadmeKeyListTests {
    @Test("the README's key list names every key of the key map")
    func everyBindingIsDocumented() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        let table = readme.components(separatedBy: "| key | does |").dropFirst().first ?? ""
        for binding in KeyMap.bindings {
            for label in binding.keyLabel.split(separator: "/") {
                #expect(table.contains(String(label)), "README key list lacks \(label) (\(binding.command))")
            }
        }
    }
}
