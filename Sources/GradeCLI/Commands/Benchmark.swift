import ArgumentParser
import FactoryGrading

struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Placeholder")
    func run() throws {}
}
