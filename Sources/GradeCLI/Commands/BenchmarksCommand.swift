import ArgumentParser
import FactoryGrading

struct BenchmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmarks", abstract: "Work with benchmark tables.", subcommands: [ValidateTable.self])

    struct ValidateTable: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate", abstract: "Check a benchmark table (CSV): every row, with its line number and column.")

        @OptionGroup var common: CommonOptions

        @Option(help: "The criteria pack whose KPIs the table refers to. Default: the newest version of the only pack, or hebei-2025.")
        var pack: String?

        @Argument(help: "The CSV file.")
        var file: String

        func run() throws {
            guard let session = Session(options: common) else { throw ExitCode.invalidInput }
            let id = pack ?? (session.catalog.ids.count == 1 ? session.catalog.ids[0] : "hebei-2025")
            guard let criteria = session.catalog.pack(id: id) else {
                session.report([Diagnostic(.error, .unknownPack(id, available: session.catalog.ids))])
                throw ExitCode.invalidInput
            }
            guard let table = session.loadBenchmarks(file, pack: criteria) else { throw ExitCode.invalidInput }
            let zh = session.language == .zh
            let industries = Set(table.rows.map(\.industry)).count
            Console.out.line(
                zh ? "\(file):有效(\(table.rows.count) 行,\(industries) 个行业代码)" : "\(file): valid (\(table.rows.count) rows, \(industries) industry codes)")
        }
    }
}
