import ArgumentParser
import GradeTUI
import GradeTUICore

/// Shows every key the terminal backend reports: for checking a terminal by hand, and what the backend's
/// end-to-end tests drive. Hidden from help.
struct DebugKeys: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug-keys", abstract: "Show the keys the terminal reports (q quits).", shouldDisplay: false)

    func run() throws {
        do {
            try TerminalUI.run { KeyEchoApp() }
        } catch {
            Console.err.line("grade: error: debug-keys needs a terminal")
            throw ExitCode.invalidInput
        }
    }
}
