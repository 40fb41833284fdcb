import ArgumentParser
import FactoryGrading

/// The `grade` command: grades smart-factory assessments under a tiered cultivation criteria pack.
public struct GradeCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade smart factories under China's tiered cultivation scheme (智能工厂梯度培育).",
        discussion: """
            Exit codes: 0 success; 1 invalid input (a file, field or pack is wrong: see standard error); 2 usage error.
            Messages follow --lang, else FACTORYGRADING_LANG, LC_ALL, LC_MESSAGES or LANG (zh_* or en_*), else Chinese.
            """,
        version: "0.1.0",
        subcommands: [
            Assess.self, Classify.self, Explain.self, Gaps.self, Validate.self, Maturity.self, KPICommand.self, CriteriaCommand.self,
            BenchmarksCommand.self, Benchmark.self, DebugKeys.self,
        ]
    )

    public init() {}

    /// Runs the command line and returns the process exit code: 0 ok, 1 invalid input, 2 usage.
    public static func run(arguments: [String]) -> Int32 {
        defer { Console.flushAll() }
        do {
            var command = try parseAsRoot(arguments.isEmpty ? ["assess"] : arguments)
            try command.run()
            return 0
        } catch let code as ExitCode {
            return code.rawValue
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Console.out.line(fullMessage(for: error))
                return 0
            }
            Console.err.line(UsageMessage.localized(fullMessage(for: error), UsageMessage.language(of: arguments)))
            return 2
        }
    }
}
