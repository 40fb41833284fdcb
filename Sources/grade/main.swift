import Foundation
import GradeCLI

exit(GradeCommand.run(arguments: Array(CommandLine.arguments.dropFirst())))
