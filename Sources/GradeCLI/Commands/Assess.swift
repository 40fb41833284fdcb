import ArgumentParser
import FactoryGrading
import GradeTUI
import GradeTUICore

struct Assess: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Open the terminal UI on an assessment: FILE is created when it does not exist, resumed when it does.",
        discussion: """
            Every answer is saved to FILE (atomically) as you give it; text being typed is kept in FILE.draft, so \
            Ctrl-C, a closed terminal or even kill -9 loses nothing but the keystroke in flight. Without FILE the \
            start screen lists the assessments in the current folder. `grade` with no arguments does the same.
            """)

    @OptionGroup var common: CommonOptions

    @OptionGroup var benchmarkOptions: BenchmarkOptions

    @Argument(help: "The assessment file to open or create.")
    var file: String?

    func run() throws {
        guard let session = Session(options: common) else { throw ExitCode.invalidInput }
        var table: BenchmarkTable?
        if let path = benchmarkOptions.benchmarks, let pack = session.catalog.packs.last {
            guard let loaded = session.loadBenchmarks(path, pack: pack) else { throw ExitCode.invalidInput }
            table = loaded
        }
        let state = AppState(language: session.language, packs: session.catalog.packs, models: session.maturityModels, benchmarks: table)
        do {
            try TerminalUI.run { AppController(state: state, environment: FileSystemEnvironment(), open: file) }
        } catch {
            let zh = session.language == .zh
            Console.err.line(
                zh ? "grade: 错误: 终端界面需要在终端中运行(标准输入和输出须为终端);脚本和批处理请用 grade classify"
                    : "grade: error: the terminal UI needs a terminal (standard input and output); for scripts use grade classify")
            throw ExitCode.invalidInput
        }
    }
}
