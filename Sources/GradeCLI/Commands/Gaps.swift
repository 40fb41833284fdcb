import ArgumentParser
import FactoryGrading

struct Gaps: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "List the least that must change to reach the next tier up, or --target.",
        discussion: """
            Lists the items to meet (by area), the maturity level to reach, the main indicators to present and \
            what each KPI still needs (value against benchmark, in the KPI's unit), and failures in lower tiers \
            that the ladder requires. Nothing that is not needed is listed.
            """)

    @OptionGroup var common: CommonOptions

    @OptionGroup var benchmarkOptions: BenchmarkOptions

    @Option(help: "The tier to aim at (a tier id of the pack, e.g. basic, advanced, excellent, leading). Default: the next tier up.")
    var target: String?

    @Option(help: "Output format: text, json or markdown.")
    var format: OutputFormat = .text

    @Argument(help: "The assessment file.")
    var file: String

    func run() throws {
        guard let session = Session(options: common, benchmarks: benchmarkOptions) else { throw ExitCode.invalidInput }
        let language = session.language
        var badTarget = false
        session.forEachGraded([file]) { graded in
            if let target, graded.pack.tier(target) == nil {
                session.report([Diagnostic(.error, .notOneOf(target, allowed: graded.pack.tiers.map(\.id)), file: "--target")])
                badTarget = true
                return
            }
            guard let report = GapAnalysis(grader: graded.grader).gaps(for: graded.assessment, result: graded.result, target: target) else {
                let top = graded.pack.tiers.last
                let message =
                    language == .zh ? "已达到最高等级\(top?.name[language] ?? ""),没有更高的目标。" : "already at the highest tier, \(top?.name[language] ?? "")."
                switch format {
                case .json:
                    let json: JSONValue = .object([
                        "file": .string(graded.name), "target": .null, "current": .optional(top?.id) ?? .null, "alreadyQualified": true,
                        "message": .string(message),
                    ])
                    Console.out.line(JSONWriter(style: .pretty).string(json))
                case .text, .markdown:
                    Console.out.line(language == .zh ? "\(graded.name):\(message)" : "\(graded.name): \(message)")
                }
                return
            }
            switch format {
            case .text:
                Console.out.line(graded.name)
                Console.out.line(report.lines(language, pack: graded.pack).joined(separator: "\n"))
            case .json:
                guard case .object(let members) = report.json(language, pack: graded.pack) else { return }
                Console.out.line(JSONWriter(style: .pretty).string(.object([JSONMember("file", .string(graded.name))] + members)))
            case .markdown:
                Console.out.line("## \(Console.printable(graded.assessment.profile.enterpriseName ?? graded.name, keepingNewlines: false))\n")
                Console.out.line(report.lines(language, pack: graded.pack, markdown: true).joined(separator: "\n"))
            }
        }
        if badTarget { throw ExitCode(2) }
        try session.finish()
    }
}
