import ArgumentParser
import FactoryGrading

struct Maturity: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "maturity",
        abstract: "Score an assessment's quick maturity self-diagnosis (GB/T 39116/39117): by level, element and sub-domain.",
        discussion: """
            The questionnaire result is always an estimate (预诊断), never an official assessment. When the assessment \
            also states an official level, both are shown and a mismatch is a warning.
            """)

    @OptionGroup var common: CommonOptions

    @Option(help: "Output format: text or json.")
    var format: PlainFormat = .text

    @Argument(help: "The assessment file.")
    var file: String

    func run() throws {
        guard let session = Session(options: common) else { throw ExitCode.invalidInput }
        let language = session.language
        let zh = language == .zh
        session.forEachGraded([file]) { graded in
            let stated = graded.assessment.maturity
            guard let score = graded.result.selfDiagnosis,
                let model = session.maturityModels.first(where: { $0.reference == score.model })
            else {
                let level = stated?.level.map { zh ? "\($0) 级" : "level \($0)" } ?? (zh ? "未填写" : "not given")
                let message = zh ? "未作答快速预诊断问卷;填报的成熟度:\(level)" : "no quick self-diagnosis answered; stated maturity: \(level)"
                switch format {
                case .json:
                    let json: JSONValue = .object([
                        "file": .string(graded.name), "answered": false, "statedLevel": .optional(stated?.level) ?? .null,
                        "statedSource": .optional(stated?.source?.rawValue) ?? .null, "message": .string(message),
                    ])
                    Console.out.line(JSONWriter(style: .pretty).string(json))
                case .text:
                    Console.out.line(zh ? "\(graded.name):\(message)" : "\(graded.name): \(message)")
                }
                return
            }
            switch format {
            case .json:
                Console.out.line(JSONWriter(style: .pretty).string(MaturityReport.json(score)))
            case .text:
                Console.out.write(MaturityReport.text(score, model: model, stated: stated, language: language))
            }
            session.reportWarnings(graded)
        }
        try session.finish()
    }
}
