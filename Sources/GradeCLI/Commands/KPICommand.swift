import ArgumentParser
import FactoryGrading

struct KPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kpi",
        abstract: "Show each KPI of an assessment: inputs, formula, value, benchmark (table row or assessment) and verdict per scope.")

    @OptionGroup var common: CommonOptions

    @OptionGroup var benchmarkOptions: BenchmarkOptions

    @Option(help: "Output format: text or json.")
    var format: PlainFormat = .text

    @Argument(help: "The assessment file.")
    var file: String

    func run() throws {
        guard let session = Session(options: common, benchmarks: benchmarkOptions) else { throw ExitCode.invalidInput }
        let language = session.language
        session.forEachGraded([file]) { graded in
            let results = graded.grader.kpiResults(graded.assessment)
            switch format {
            case .json:
                Console.out.line(JSONWriter(style: .pretty).string(KPIReport.json(results, pack: graded.pack, language: language)))
            case .text:
                Console.out.line(graded.name)
                Console.out.write(KPIReport.text(results, pack: graded.pack, language: language))
            }
            session.reportWarnings(graded)
        }
        try session.finish()
    }
}
