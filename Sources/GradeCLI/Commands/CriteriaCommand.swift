import ArgumentParser
import FactoryGrading

struct CriteriaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "criteria",
        abstract: "List, show and validate criteria packs and maturity models.",
        subcommands: [List.self, Show.self, ValidatePacks.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the available criteria packs and maturity models.")

        @OptionGroup var common: CommonOptions

        func run() throws {
            guard let session = Session(options: common) else { throw ExitCode.invalidInput }
            let language = session.language
            for pack in session.catalog.packs {
                let tiers = pack.tiers.map { $0.name[language] }.joined(separator: " < ")
                Console.out.line("\(pack.id)\t\(pack.version)\t\(pack.documentNumber)\t\(pack.title[language])")
                Console.out.line(
                    language == .zh ? "\t\(tiers);\(pack.items.count) 个条目,\(pack.kpis.count) 项指标"
                        : "\t\(tiers); \(pack.items.count) items, \(pack.kpis.count) KPIs")
            }
            for model in session.maturityModels {
                Console.out.line("\(model.id)\t\(model.version)\t\(model.standards[language])\t\(model.title[language])")
                Console.out.line("\t" + CriteriaCommand.summary(of: model, language))
            }
        }
    }

    /// What a maturity model holds, in a few words.
    static func summary(of model: MaturityModel, _ language: Language) -> String {
        language == .zh
            ? "成熟度模型:\(model.levels.count) 个等级,\(model.elements.count) 个能力要素,\(model.subdomains.count) 个能力子域,\(model.questionnaire.questions.count) 道预诊断题"
            : "maturity model: \(model.levels.count) levels, \(model.elements.count) capability elements, \(model.subdomains.count) sub-domains, \(model.questionnaire.questions.count) self-diagnosis questions"
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print a tier's checklist: what an enterprise must prepare.",
            discussion: "With a cumulative ladder the checklist of a tier includes every lower tier.")

        @OptionGroup var common: CommonOptions

        @Option(help: "The tier (e.g. basic, advanced, excellent, leading). Default: every tier.")
        var tier: String?

        @Option(name: .customLong("pack-version"), help: "The pack version. Default: the newest.")
        var version: String?

        @Option(help: "Output format: text or markdown.")
        var format: ReportFormat = .text

        @Argument(help: "The pack id, e.g. hebei-2025.")
        var id: String

        func run() throws {
            guard let session = Session(options: common) else { throw ExitCode.invalidInput }
            guard let pack = session.catalog.pack(id: id, version: version) else {
                let problem: Problem =
                    version.map { .unknownPackVersion(id, $0, available: session.catalog.packs.filter { $0.id == id }.map(\.version)) }
                    ?? .unknownPack(id, available: session.catalog.ids)
                session.report([Diagnostic(.error, problem)])
                throw ExitCode.invalidInput
            }
            if let tier, pack.tier(tier) == nil {
                session.report([Diagnostic(.error, .notOneOf(tier, allowed: pack.tiers.map(\.id)), file: "--tier")])
                throw ExitCode(2)
            }
            Console.out.write(Checklist.render(pack: pack, tier: tier, language: session.language, markdown: format == .markdown))
        }
    }

    struct ValidatePacks: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Validate criteria packs and maturity models: the bundled ones and any given with --criteria or as arguments.")

        @OptionGroup var common: CommonOptions

        @Argument(help: "Pack or maturity model files, or folders of <id>/<version>.json files, to validate besides the bundled ones.")
        var paths: [String] = []

        func run() throws {
            var options = common
            options.criteria += paths
            guard let session = Session(options: options) else { throw ExitCode.invalidInput }
            for pack in session.catalog.packs {
                let passages = pack.passages.count
                Console.out.line(
                    session.language == .zh
                        ? "\(pack.id) \(pack.version):有效(\(pack.tiers.count) 个等级,\(pack.items.count) 个条目,\(pack.kpis.count) 项指标,\(passages) 段政策原文)"
                        : "\(pack.id) \(pack.version): valid (\(pack.tiers.count) tiers, \(pack.items.count) items, \(pack.kpis.count) KPIs, \(passages) passages)")
            }
            for model in session.maturityModels {
                let summary = CriteriaCommand.summary(of: model, session.language)
                Console.out.line(
                    session.language == .zh ? "\(model.id) \(model.version):有效(\(summary))" : "\(model.id) \(model.version): valid (\(summary))")
            }
        }
    }
}
