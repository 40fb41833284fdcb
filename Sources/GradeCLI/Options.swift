import ArgumentParser
import FactoryGrading
import Foundation

extension Language: ExpressibleByArgument {
    /// The language from `FACTORYGRADING_LANG`, then `LC_ALL`, `LC_MESSAGES`, `LANG`; Chinese otherwise.
    static var fromEnvironment: Language {
        let environment = ProcessInfo.processInfo.environment
        for key in ["FACTORYGRADING_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                if let language = Language(localeIdentifier: value) { return language }
                if key != "FACTORYGRADING_LANG" { break }
            }
        }
        return .zh
    }
}

/// Options every command that reads assessments or packs takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Language of reports and messages: zh or en (default: from FACTORYGRADING_LANG, LC_ALL, LC_MESSAGES or LANG, else zh).")
    var lang: Language?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A criteria pack or maturity model file, or a folder of <id>/<version>.json files of either, to use besides the bundled ones. Repeatable.",
            valueName: "path"))
    var criteria: [String] = []

    var language: Language { lang ?? .fromEnvironment }
}

/// Output formats of the grading commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case markdown
}

/// Output formats of a checklist (`criteria show`), which has no JSON form.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case markdown
}

/// Output formats of the commands that have no Markdown report (`kpi`, `maturity`).
enum PlainFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// The exit code for invalid input.
extension ExitCode {
    static let invalidInput = ExitCode(1)
}

/// The `--benchmarks` option of the grading commands.
struct BenchmarkOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A benchmark table (CSV, see Criteria/benchmarks/README.md) whose rows take precedence over benchmarks written in assessments.",
            valueName: "csv"))
    var benchmarks: String?
}
