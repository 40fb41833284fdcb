import ArgumentParser
import BundledCriteria
import FactoryGrading
import GradeTUICore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Measure grading speed on deterministic synthetic assessments (not a test: it prints numbers).",
        discussion: """
            Generates --count assessments spread over every tier, in two kinds (--documents): core documents hold \
            what every assessment holds (all 98 items answered, the maturity result of an official report, 20 KPI \
            values, the main indicators with benchmarked comparisons); full documents add the optional parts that \
            cost the most, a self-diagnosis questionnaire scored with the maturity model and half the KPIs as raw \
            inputs computed with their formulas. For each kind it prints the median in-memory time of one grade() \
            call (for full documents also the part spent scoring the self-diagnosis), a per-stage breakdown, and \
            the end-to-end throughput of `grade classify --format json --benchmarks illustrative.csv` (a child \
            process: read, parse, validate, grade, write JSON Lines) over a JSON Lines file of them, --rounds \
            times (the machine's speed varies from run to run: every run is printed, then the median and the \
            best). Build with -c release for meaningful numbers: swift run -c release grade benchmark.
            Targets: ≤ 20 µs median per grade; ≥ 20,000 assessments/s end to end on one core.
            """)

    @OptionGroup var common: CommonOptions

    @Option(help: "How many synthetic assessments to generate.")
    var count = 10_000

    @Option(help: "How many times to run classify end to end (the median and the best are reported).")
    var rounds = 3

    @Option(help: "Which documents to measure: core, full or both.")
    var documents: DocumentChoice = .both

    @Option(
        help: """
            Keep the generated JSON Lines file at this path instead of a temporary file (with both kinds of \
            documents: the full ones at this path, the core ones beside it, named with -core before .jsonl).
            """)
    var keep: String?

    @Flag(help: "Measure the terminal UI instead: time to first frame, key-to-frame latency, peak memory (targets 50 ms, 2 ms, 20 MB).")
    var tui = false

    enum DocumentChoice: String, CaseIterable, ExpressibleByArgument {
        case core, full, both

        var kinds: [SyntheticAssessments.Documents] {
            switch self {
            case .core: [.core]
            case .full: [.full]
            case .both: [.core, .full]
            }
        }
    }

    func validate() throws {
        guard !tui else { return }
        guard count >= 1 else { throw ValidationError(common.language == .zh ? "--count 至少为 1" : "--count must be at least 1") }
        guard rounds >= 1 else { throw ValidationError(common.language == .zh ? "--rounds 至少为 1" : "--rounds must be at least 1") }
    }

    func run() throws {
        if tui { return try TUIBenchmark.run(common: common) }
        guard let session = Session(options: common) else { throw ExitCode.invalidInput }
        guard let pack = session.catalog.pack(id: "hebei-2025") else { throw ExitCode.invalidInput }
        let model = MaturityModel.preferred(among: session.maturityModels)
        let benchmarksPath = BundledCriteria.illustrativeBenchmarks?.path
        let table = benchmarksPath.flatMap { session.loadBenchmarks($0, pack: pack) }
        let grader = Grader(pack: pack, maturityModels: session.maturityModels, benchmarks: table)
        var summaries: [String] = []
        for kind in documents.kinds {
            Console.out.line("\(kind.rawValue) documents:")
            let start = Self.now()
            let assessments = SyntheticAssessments.generate(count: count, pack: pack, model: model, documents: kind)
            Console.out.line("generated \(count) synthetic assessments in \(Self.format(Self.now() - start)) s")
            inMemory(assessments, kind: kind, pack: pack, grader: grader)
            let path = keepPath(for: kind) ?? NSTemporaryDirectory() + "grade-benchmark-\(getpid())-\(kind.rawValue).jsonl"
            var bytes: [UInt8] = []
            let writer = JSONWriter(style: .compact)
            for assessment in assessments {
                writer.write(assessment.json(orderedBy: pack), into: &bytes)
                bytes.append(0x0A)
            }
            do {
                try AtomicFile.write(bytes, to: path)
            } catch {
                session.report([Diagnostic(.error, .fileUnreadable(error.reason), file: error.path)])
                throw ExitCode.invalidInput
            }
            defer { if keep == nil { unlink(path) } }
            Console.out.line(
                String(format: "wrote %@ (%.1f MB, %.0f bytes per assessment)", path, Double(bytes.count) / 1e6, Double(bytes.count) / Double(count)))
            stageBreakdown(bytes: bytes, pack: pack, grader: grader)
            Console.out.flush()
            let arguments = ["classify", "--format", "json", "--lang", "en"] + (benchmarksPath.map { ["--benchmarks", $0] } ?? []) + [path]
            summaries.append(try endToEnd(arguments, kind: kind))
        }
        for summary in summaries { Console.out.line(summary) }
    }

    /// Where `--keep` keeps the documents of `kind`.
    func keepPath(for kind: SyntheticAssessments.Documents) -> String? {
        guard let keep else { return nil }
        guard documents == .both, kind == .core else { return keep }
        return keep.hasSuffix(".jsonl") ? String(keep.dropLast(6)) + "-core.jsonl" : keep + "-core"
    }

    /// Prints the median time of one `grade()` call over `assessments` (and, for full documents, of scoring
    /// the self-diagnosis), and how the first 1000 spread over the tiers.
    func inMemory(_ assessments: [Assessment], kind: SyntheticAssessments.Documents, pack: CriteriaPack, grader: Grader) {
        var tally: [String: Int] = [:]
        var samples: [UInt64] = []
        samples.reserveCapacity(assessments.count)
        for (index, assessment) in assessments.enumerated() {
            let begin = Self.now()
            let result = grader.grade(assessment)
            let end = Self.now()
            samples.append(end - begin)
            if index < 1000 { tally[result.tierName, default: 0] += 1 }
        }
        samples.sort()
        let median = Double(samples[samples.count / 2]) / 1000
        let p90 = Double(samples[samples.count * 9 / 10]) / 1000
        let mean = Double(samples.reduce(0, +)) / Double(samples.count) / 1000
        let spread = pack.tiers.map { "\($0.id) \(tally[$0.id] ?? 0)" }.joined(separator: ", ") + ", none \(tally["none"] ?? 0)"
        Console.out.line("tiers among the first \(min(1000, assessments.count)): \(spread)")
        Console.out.line(String(format: "grade(): median %.2f µs, p90 %.2f µs, mean %.2f µs per assessment (target ≤ 20 µs)", median, p90, mean))
        guard kind == .full else { return }
        var scoring: [UInt64] = []
        scoring.reserveCapacity(assessments.count)
        for assessment in assessments {
            let begin = Self.now()
            _ = grader.selfDiagnosisScore(assessment)
            scoring.append(Self.now() - begin)
        }
        scoring.sort()
        Console.out.line(
            String(format: "  of which scoring the self-diagnosis questionnaire: median %.2f µs", Double(scoring[scoring.count / 2]) / 1000))
    }

    /// Runs classify `rounds` times with `arguments`, printing every run; the summary line.
    func endToEnd(_ arguments: [String], kind: SyntheticAssessments.Documents) throws -> String {
        var walls: [Double] = []
        for run in 1...rounds {
            let (wall, cpu, succeeded, ending) = try Self.timeChild(arguments)
            walls.append(wall)
            Console.out.line(
                String(
                    format: "grade classify --format json, run %d of %d: %d assessments in %.3f s wall, %.3f s CPU: %.0f assessments/s, %@",
                    run, rounds, count, wall, cpu, Double(count) / wall, ending))
            Console.out.flush()
            guard succeeded else {
                let zh = common.language == .zh
                Console.err.line(zh ? "grade: 错误: 第 \(run) 次 classify 运行失败(\(ending))" : "grade: error: classify run \(run) failed (\(ending))")
                throw ExitCode.failure
            }
        }
        walls.sort()
        let middle = walls.count % 2 == 1 ? walls[walls.count / 2] : (walls[walls.count / 2 - 1] + walls[walls.count / 2]) / 2
        return String(
            format: "classify end to end, %@ documents: median %.0f, best %.0f assessments/s over %d runs (target ≥ 20000 on one core)",
            kind.rawValue, Double(count) / middle, Double(count) / walls[0], rounds)
    }

    /// Runs this executable with `arguments`, its output discarded; its wall time, CPU time, whether it
    /// exited with 0, and how it ended (`exit N` or `signal N`).
    static func timeChild(_ arguments: [String]) throws -> (wall: Double, cpu: Double, succeeded: Bool, ending: String) {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        child.arguments = arguments
        child.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        let wallStart = now()
        var before = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &before)
        try child.run()
        child.waitUntilExit()
        let wall = now() - wallStart
        var after = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &after)
        let cpu = seconds(after.ru_utime) + seconds(after.ru_stime) - seconds(before.ru_utime) - seconds(before.ru_stime)
        let exited = child.terminationReason == .exit
        let ending = (exited ? "exit " : "signal ") + String(child.terminationStatus)
        return (Double(wall) / 1e9, cpu, exited && child.terminationStatus == 0, ending)
    }

    /// Median time per assessment of each stage of `classify`, in process, over the generated lines.
    func stageBreakdown(bytes: [UInt8], pack: CriteriaPack, grader: Grader) {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        while start < bytes.count, let end = bytes[start...].firstIndex(of: 0x0A) {
            lines.append(bytes[start..<end])
            start = end + 1
        }
        var stages: [(String, [UInt64])] = [("decode", []), ("validate", []), ("grade", []), ("json out", [])]
        let identifiers = IdentifierTable(packs: [pack], models: grader.maturityModels)
        let fragments = ResultJSONFragments(pack: pack)
        for line in lines {
            let t0 = Self.now()
            guard let assessment = Assessment.decode(jsonBytes: line, identifiers: identifiers).assessment else { continue }
            let t1 = Self.now()
            _ = assessment.validate(against: pack, maturityModels: grader.maturityModels)
            let t2 = Self.now()
            let result = grader.grade(assessment)
            let t3 = Self.now()
            var json = JSONBuilder(style: .compact)
            result.write(to: &json, fragments: fragments, language: .en)
            let t4 = Self.now()
            stages[0].1.append(t1 - t0)
            stages[1].1.append(t2 - t1)
            stages[2].1.append(t3 - t2)
            stages[3].1.append(t4 - t3)
        }
        let parts = stages.map { name, samples -> String in
            let sorted = samples.sorted()
            return String(format: "%@ %.1f", name, sorted.isEmpty ? 0 : Double(sorted[sorted.count / 2]) / 1000)
        }
        Console.out.line("classify stages, median µs per assessment: " + parts.joined(separator: ", "))
    }

    static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    static func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }

    static func format(_ nanoseconds: UInt64) -> String { String(format: "%.2f", Double(nanoseconds) / 1e9) }
}
