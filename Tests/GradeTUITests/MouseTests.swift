import FactoryGrading
import Testing

@testable import GradeTUICore

/// Clicks and the scroll wheel, through the controller that keeps the last frame's click targets.
@Suite struct MouseTests {
    func controller(_ path: String = "m.json", files: [String: [UInt8]] = [:]) -> (AppController, MemoryEnvironment) {
        let environment = MemoryEnvironment()
        environment.files = files
        let controller = AppController(state: TUIFixtures.state(), environment: environment, open: path)
        _ = controller.render(Size(width: 80, height: 24))
        return (controller, environment)
    }

    @Test func clickingARowSelectsIt() {
        let (controller, _) = controller()
        #expect(controller.handle(.mouse(x: 30, y: 6)))
        #expect(controller.state.selectedRow == .profile(.industryCode))
        _ = controller.render(Size(width: 80, height: 24))
        #expect(controller.handle(.mouse(x: 0, y: 3)))
        #expect(controller.state.selectedRow == .profile(.enterpriseName))
    }

    @Test func clickingASectionInTheStripSwitchesToIt() {
        let (controller, _) = controller()
        // " 企业概况  |  基础要求  | ...": 基础要求 takes columns 13–22.
        _ = controller.handle(.mouse(x: 15, y: 1))
        #expect(controller.state.section?.kind == .base)
        _ = controller.render(Size(width: 80, height: 24))
        // From 基础要求 the strip starts " 企业概况  |  基础要求 ": a click on 企业概况 goes back.
        _ = controller.handle(.mouse(x: 2, y: 1))
        #expect(controller.state.section?.kind == .profile)
    }

    @Test func clicksOnTheSeparatorsOrEmptySpaceDoNothing() {
        let (controller, _) = controller()
        _ = controller.handle(.mouse(x: 11, y: 1))  // the " | " between two titles
        #expect(controller.state.sectionIndex == 0)
        _ = controller.handle(.mouse(x: 30, y: 12))  // below the eight profile rows
        #expect(controller.state.selectedRow == .profile(.enterpriseName))
        _ = controller.handle(.mouse(x: 30, y: 23))  // the help bar
        #expect(controller.state.selectedRow == .profile(.enterpriseName))
    }

    @Test func clicksAreIgnoredUnderAnOverlay() {
        let (controller, _) = controller()
        _ = controller.handle(.enter)
        _ = controller.render(Size(width: 80, height: 24))
        _ = controller.handle(.mouse(x: 30, y: 6))
        #expect(controller.state.selectedRow == .profile(.enterpriseName))
        guard case .editor? = controller.state.overlay else {
            Issue.record("the editor closed")
            return
        }
    }

    @Test func aClickThenADigitAnswersTheClickedItem() {
        let terminal = ScriptedTerminal(keys: [.mouse(x: 15, y: 1), .mouse(x: 40, y: 5), .character("1"), .character("q")])
        let environment = MemoryEnvironment()
        let controller = AppController(state: TUIFixtures.state(), environment: environment, open: "m.json")
        RunLoop.run(controller, on: terminal)
        let assessment = Effects.decode(environment.files["m.json"]!)
        #expect(assessment?.answers == ["base.security": Answer(.met)])
        #expect(terminal.shutdownCount == 1)
    }

    @Test func theScrollWheelMovesTheSelection() {
        let (controller, _) = controller()
        _ = controller.handle(.scroll(1))
        _ = controller.handle(.scroll(1))
        #expect(controller.state.selectedRow == .profile(.regionCode))
        _ = controller.handle(.scroll(-1))
        #expect(controller.state.selectedRow == .profile(.creditCode))
    }

    @Test func clickingAResultsLineSelectsIt() {
        let (controller, _) = controller("basic.json", files: ["basic.json": RepoFiles.example("basic.json")])
        _ = controller.handle(.character("r"))
        _ = controller.render(Size(width: 80, height: 24))
        _ = controller.handle(.mouse(x: 3, y: 8))
        #expect(controller.state.results.selected == 4)
        #expect(controller.state.resultLines[4] == .tier("advanced"))
        _ = controller.handle(.enter)
        #expect(controller.state.results.expandedTiers == ["advanced"])
        let screen = controller.render(Size(width: 80, height: 24)).lines
        #expect(screen.contains { $0.hasPrefix("v 先进级") })
        #expect(screen.contains { $0.hasPrefix("    [-] ") })
    }

    @Test func clickingAStartLineSelectsIt() {
        let environment = MemoryEnvironment()
        environment.files["a.json"] = RepoFiles.example("basic.json")
        let controller = AppController(state: TUIFixtures.state(), environment: environment)
        _ = controller.render(Size(width: 80, height: 24))
        _ = controller.handle(.mouse(x: 10, y: 9))
        #expect(controller.state.start.selected == 1)
        _ = controller.handle(.enter)
        #expect(controller.state.document?.path == "a.json")
    }
}
