import ArgumentParser
import FactoryGrading
import Foundation
import GradeTUICore

#if canImport(Glibc)
    import Glibc
#endif

/// Measures the terminal UI in process, with the real app and an in-memory terminal: the time from
/// loading the criteria to the first frame, the time from a key to its frame (reduce, save, render),
/// and the peak resident memory.
enum TUIBenchmark {
    /// A terminal that keeps nothing and never blocks.
    final class NullTerminal: Terminal {
        let size = Size(width: 120, height: 40)
        var isClosed = false
        func present(_ canvas: Canvas) {}
        func readKey(timeout: Int) -> Key? { nil }
        func shutdown() {}
    }

    static func run(common: CommonOptions) throws {
        let start = Benchmark.now()
        guard let session = Session(options: common) else { throw ExitCode.invalidInput }
        let folder = NSTemporaryDirectory() + "grade-tui-benchmark-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/bench.json"
        let state = AppState(language: .zh, packs: session.catalog.packs, models: session.maturityModels)
        let controller = AppController(state: state, environment: FileSystemEnvironment(), open: path)
        _ = controller.render(Size(width: 120, height: 40))
        let firstFrame = Double(Benchmark.now() - start) / 1e6

        let navigation: [Key] = [.down, .down, .up, .tab, .down, .backTab, .character("i"), .escape, .character("/"), .character("数"), .escape, .pageDown]
        let answers: [Key] = [.character("1"), .up, .character("2"), .up]
        var moving: [UInt64] = []
        var saving: [UInt64] = []
        var byKey: [String: [UInt64]] = [:]
        _ = controller.handle(.tab)
        for _ in 0..<40 {
            for key in navigation {
                let begin = Benchmark.now()
                _ = controller.handle(key)
                _ = controller.render(Size(width: 120, height: 40))
                moving.append(Benchmark.now() - begin)
                byKey[String(describing: key), default: []].append(Benchmark.now() - begin)
            }
            for key in answers {
                let begin = Benchmark.now()
                _ = controller.handle(key)
                _ = controller.render(Size(width: 120, height: 40))
                let elapsed = Benchmark.now() - begin
                if key == .up { moving.append(elapsed) } else { saving.append(elapsed) }
            }
        }
        func summary(_ samples: [UInt64]) -> String {
            let sorted = samples.sorted()
            func ms(_ value: UInt64) -> Double { Double(value) / 1e6 }
            return String(format: "median %.2f ms, p95 %.2f ms, max %.2f ms (%d keys)", ms(sorted[sorted.count / 2]), ms(sorted[sorted.count * 95 / 100]), ms(sorted.last ?? 0), sorted.count)
        }
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let peak = Double(usage.ru_maxrss) / 1024
        Console.out.line(String(format: "time to first frame (load criteria, open, render 120×40): %.1f ms (target ≤ 50 ms)", firstFrame))
        Console.out.line("key to frame, keys that only move (reduce, render): " + summary(moving) + " (target ≤ 2 ms)")
        Console.out.line("key to frame, keys that answer (reduce, atomic save with fsync, render): " + summary(saving))
        if let slowest = byKey.max(by: { $0.value.sorted()[$0.value.count / 2] < $1.value.sorted()[$1.value.count / 2] }) {
            Console.out.line("  slowest key: \(slowest.key), " + summary(slowest.value))
        }
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        func field(_ name: String) -> Double? {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return nil }
            return Double(line.split(separator: " ").dropFirst().first { !$0.isEmpty }.map(String.init) ?? "").map { $0 / 1024 }
        }
        Console.out.line(String(format: "peak resident memory: %.1f MB (target ≤ 20 MB)", peak))
        if let anonymous = field("RssAnon"), let files = field("RssFile") {
            Console.out.line(
                String(format: "  now: %.1f MB private (heap, stacks) + %.1f MB pages of shared libraries and files (Swift runtime, Foundation, ICU)", anonymous, files))
        }
    }
}
