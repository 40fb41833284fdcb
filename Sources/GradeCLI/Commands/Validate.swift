import ArgumentParser
import FactoryGrading

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check assessments for errors and warnings without grading them.")

    @OptionGroup var common: CommonOptions

    @Argument(help: "Assessment files, folders or JSON Lines files.")
    var paths: [String]

    func run() throws {
        guard let session = Session(options: common) else { throw ExitCode.invalidInput }
        let zh = session.language == .zh
        DocumentSource.expand(paths) { source in
            switch source {
            case .failure(let diagnostic):
                session.fail([diagnostic])
            case .success(let document):
                switch session.grade(document) {
                case .failure(let error):
                    session.fail(error.diagnostics)
                    let errors = error.diagnostics.filter { $0.severity == .error }.count
                    Console.out.line(zh ? "\(document.name):无效(\(errors) 个错误)" : "\(document.name): invalid (\(Problem.count(errors, "error")))")
                case .success(let graded):
                    let warnings = graded.diagnostics.filter { $0.severity == .warning }
                    session.report(warnings)
                    Console.out.line(zh ? "\(document.name):有效(\(warnings.count) 条提示)" : "\(document.name): valid (\(Problem.count(warnings.count, "warning")))")
                }
            }
        }
        try session.finish()
    }
}
