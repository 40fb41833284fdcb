import ArgumentParser
import FactoryGrading

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Print the full rule trace of an assessment: every tier, every rule, its clause, outcome and reason.")

    @OptionGroup var common: CommonOptions

    @OptionGroup var benchmarkOptions: BenchmarkOptions

    @Option(help: "Output format: text, json (rule outcomes with the values they looked at) or markdown.")
    var format: OutputFormat = .text

    @Argument(help: "The assessment file.")
    var file: String

    func run() throws {
        guard let session = Session(options: common, benchmarks: benchmarkOptions) else { throw ExitCode.invalidInput }
        let language = session.language
        session.forEachGraded([file]) { graded in
            switch format {
            case .text:
                Console.out.line(
                    TextReport.explanation(
                        graded.result, assessment: graded.assessment, pack: graded.pack, file: graded.name, language: language,
                        diagnostics: graded.diagnostics))
            case .json:
                Console.out.write(bytes: graded.jsonBytes(language: language, full: true, style: .pretty) + [0x0A])
            case .markdown:
                let gaps = GapAnalysis(grader: graded.grader).gaps(for: graded.assessment, result: graded.result)
                Console.out.write(
                    MarkdownReport.render(
                        graded.result, assessment: graded.assessment, pack: graded.pack, gaps: gaps, file: graded.name,
                        language: language, diagnostics: graded.diagnostics))
            }
        }
        try session.finish()
    }
}
