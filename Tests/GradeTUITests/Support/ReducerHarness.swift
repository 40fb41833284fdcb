import FactoryGrading
import Foundation
import Testing

@testable import GradeTUICore

/// An ``AppState`` driven by actions in a test, keeping every effect the reducer returned.
struct Harness {
    var state: AppState
    /// Every effect returned so far, in order.
    private(set) var log: [Effect] = []

    init(_ state: AppState = TUIFixtures.state()) { self.state = state }

    /// A harness with a new assessment open at `path` (as if the file did not exist).
    static func new(_ path: String = "t.json", language: Language = .zh) -> Harness {
        var harness = Harness(TUIFixtures.state(language))
        harness.send(.opened(path: path, bytes: nil))
        harness.send(.opened(path: path + ".draft", bytes: nil))
        return harness
    }

    /// A harness with `bytes` opened from `path`.
    static func opening(_ path: String, bytes: [UInt8], language: Language = .zh) -> Harness {
        var harness = Harness(TUIFixtures.state(language))
        harness.send(.opened(path: path, bytes: bytes))
        harness.send(.opened(path: path + ".draft", bytes: nil))
        return harness
    }

    /// Applies `action`; returns its effects.
    @discardableResult
    mutating func send(_ action: Action) -> [Effect] {
        let effects = state.reduce(action)
        log += effects
        return effects
    }

    /// Presses `keys` in order; returns the effects of all of them.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] { press(keys) }

    @discardableResult
    mutating func press(_ keys: [Key]) -> [Effect] { keys.flatMap { send(.key($0)) } }

    /// Types `text` character by character.
    @discardableResult
    mutating func type(_ text: String) -> [Effect] { press(TUIFixtures.type(text)) }

    var document: Document { state.document! }
    var assessment: Assessment { state.document!.assessment }
    var section: Section { state.section! }
    var row: Int { state.document!.rowCursor[state.sectionIndex] }

    /// Selects the section of `kind`.
    mutating func go(to kind: Section.Kind) {
        state.sectionIndex = document.sections.firstIndex { $0.kind == kind }!
    }

    /// Selects the row `row` in the current section (by setting the cursor, as a mouse click would).
    mutating func select(_ row: RowID) {
        if let sectionIndex = document.sections.firstIndex(where: { $0.rows.contains(row) }) {
            state.sectionIndex = sectionIndex
            state.document!.rowCursor[sectionIndex] = document.sections[sectionIndex].rows.firstIndex(of: row)!
        }
    }

    var editor: AppState.EditorState? {
        if case .editor(let editor)? = state.overlay { return editor }
        return nil
    }

    var form: FormState? {
        if case .form(let form)? = state.overlay { return form }
        return nil
    }

    /// Renders the current state at `width`×`height`; the lines of the canvas.
    func screen(_ width: Int = 80, _ height: Int = 24) -> [String] {
        Renderer.render(state, size: Size(width: width, height: height)).canvas.lines
    }
}

/// Checks on effects.
enum Effects {
    static func saves(_ effects: [Effect]) -> [(path: String, bytes: [UInt8])] {
        effects.compactMap { if case .save(let path, let bytes) = $0 { return (path, bytes) } else { return nil } }
    }

    static func drafts(_ effects: [Effect]) -> [(path: String, bytes: [UInt8])] {
        effects.compactMap { if case .saveDraft(let path, let bytes) = $0 { return (path, bytes) } else { return nil } }
    }

    static func removals(_ effects: [Effect]) -> [String] {
        effects.compactMap { if case .remove(let path) = $0 { return path } else { return nil } }
    }

    static func exports(_ effects: [Effect]) -> [(path: String, bytes: [UInt8])] {
        effects.compactMap { if case .export(let path, let bytes) = $0 { return (path, bytes) } else { return nil } }
    }

    /// Whether any effect writes a file (save, draft or export).
    static func writesAnything(_ effects: [Effect]) -> Bool {
        !saves(effects).isEmpty || !drafts(effects).isEmpty || !exports(effects).isEmpty
    }

    /// The assessment in `bytes`, decoded the way `grade` reads files.
    static func decode(_ bytes: [UInt8]) -> Assessment? { Assessment.decode(jsonBytes: bytes).assessment }
}

/// Expects `effects` to hold exactly one `.save` of `harness`'s file whose bytes decode to its assessment.
func expectSavedState(_ effects: [Effect], _ harness: Harness, sourceLocation: SourceLocation = #_sourceLocation) {
    let saves = Effects.saves(effects)
    #expect(saves.count == 1, "expected one save, got \(saves.count): \(effects)", sourceLocation: sourceLocation)
    guard let save = saves.last else { return }
    #expect(save.path == harness.document.path, sourceLocation: sourceLocation)
    let decoded = Effects.decode(save.bytes)
    #expect(decoded != nil, "saved bytes do not decode", sourceLocation: sourceLocation)
    #expect(decoded == harness.assessment, sourceLocation: sourceLocation)
}

/// Expects `effects` to write nothing at all (no save, draft or export).
func expectNoWrite(_ effects: [Effect], sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!Effects.writesAnything(effects), "unexpected write: \(effects)", sourceLocation: sourceLocation)
}

/// Files of the repository used as input.
enum RepoFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func example(_ name: String) -> [UInt8] {
        [UInt8](try! Data(contentsOf: root.appendingPathComponent("Examples/\(name)")))
    }

    static func exampleText(_ name: String) -> String { String(decoding: example(name), as: UTF8.self) }
}

extension Array where Element == String {
    /// The lines as one string, for comparing with a multi-line literal.
    var joinedLines: String { joined(separator: "\n") }
}
