import FactoryGrading
import Foundation

@testable import GradeTUICore

/// The states the screen tests draw, built by the keys a person would press.
enum ScreenStates {
    /// The start screen with three files in the folder: two examples and one of a newer format.
    static func start() -> Harness {
        var harness = Harness()
        let newer = Array(
            RepoFiles.exampleText("incomplete.json").replacingOccurrences(of: "\"formatVersion\": 1", with: "\"formatVersion\": 2").utf8)
        harness.send(
            .scanned([
                ("basic.json", RepoFiles.example("basic.json")), ("incomplete.json", RepoFiles.example("incomplete.json")),
                ("newer.json", newer),
            ]))
        return harness
    }

    /// 生产作业 of a new assessment with a Chinese enterprise name: a met item with a note, a not-met item,
    /// a met item, an exception; the fourth row selected.
    static func production() -> Harness {
        var harness = Harness.new("factory.json")
        harness.press(.enter)
        harness.type("河北示例智能装备有限公司")
        harness.press(.enter)
        harness.go(to: .area("production"))
        harness.press(.character("e"))
        harness.type("SCADA 实时监控画面")
        harness.press(.control("s"), .character("1"), .character("2"), .character("1"))
        harness.select(.item("excellent.production.condition-analysis-diagnosis"))
        harness.press(.character("3"))
        harness.type("不适用")
        // Committing the justification moves down one row, like 1 and 2: four rows up is the fourth row.
        harness.press(.control("s"), .up, .up, .up, .up)
        return harness
    }

    /// The evidence editor over 生产作业, with two lines typed.
    static func editor() -> Harness {
        var harness = production()
        harness.press(.character("e"))
        harness.type("设备台账仍为Excel,点检记录纸质,计划2026年三季度上线设备管理模块。")
        harness.press(.enter)
        harness.type("second line")
        return harness
    }

    /// The KPI form of 关键设备数控化率 with raw inputs, main, a provincial-average benchmark, the source
    /// being typed.
    static func kpiForm() -> Harness {
        var harness = Harness.new("factory.json")
        harness.openKPI("kpi.key-equipment-nc-rate")
        harness.press(.enter)
        harness.formType("raw.part", "58")
        harness.formType("raw.whole", "80")
        harness.formType("raw.period", "2025")
        harness.formPick("main", "1")
        harness.formPick("provincialAverage.kind", "1")
        harness.formType("provincialAverage.benchmark", "46")
        harness.formSelect("provincialAverage.source")
        harness.press(.enter)
        harness.type("示例数据")
        return harness
    }

    /// The results of `basic.json`.
    static func basicResults() -> Harness {
        var harness = Harness.opening("basic.json", bytes: RepoFiles.example("basic.json"))
        harness.press(.character("r"))
        return harness
    }
}
