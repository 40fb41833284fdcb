import ArgumentParser
import FactoryGrading

struct Classify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Grade assessments and print the tier each reaches.",
        discussion: """
            PATH may be an assessment file, a folder (searched recursively for .json and .jsonl files, in sorted order), \
            or a JSON Lines file (.jsonl, one assessment per line, named FILE:LINE in the output).
            --format json prints one JSON object per assessment, one per line.
            """)

    @OptionGroup var common: CommonOptions

    @OptionGroup var benchmarkOptions: BenchmarkOptions

    @Option(help: "Output format: text, json (one object per line) or markdown (a full report with gaps).")
    var format: OutputFormat = .text

    @Argument(help: "Assessment files, folders or JSON Lines files.")
    var paths: [String]

    func run() throws {
        guard let session = Session(options: common, benchmarks: benchmarkOptions) else { throw ExitCode.invalidInput }
        let language = session.language
        let writer = JSONWriter(style: .compact)
        var first = true
        session.forEachGraded(
            paths,
            onFailure: { diagnostics in
                if format == .json { Console.out.write(bytes: writer.bytes(failureJSON(diagnostics, language: language)) + [0x0A]) }
            },
            body: { graded in
                switch format {
                case .text:
                    Console.out.line(
                        TextReport.summary(graded.result, assessment: graded.assessment, pack: graded.pack, file: graded.name, language: language))
                    session.reportWarnings(graded)
                case .json:
                    var bytes = graded.jsonBytes(language: language, full: false, style: .compact)
                    bytes.append(0x0A)
                    Console.out.write(bytes: bytes)
                case .markdown:
                    if !first { Console.out.line("\n---\n") }
                    let gaps = GapAnalysis(grader: graded.grader).gaps(for: graded.assessment, result: graded.result)
                    Console.out.write(
                        MarkdownReport.render(
                            graded.result, assessment: graded.assessment, pack: graded.pack, gaps: gaps, file: graded.name,
                            language: language, diagnostics: graded.diagnostics))
                }
                first = false
            })
        try session.finish()
    }
}
