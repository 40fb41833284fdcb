import FactoryGrading

/// Everything the terminal UI shows, as a value. ``reduce(_:)`` changes it and returns the side effects
/// (saving, reading files, quitting) for the controller to perform.
public struct AppState: Sendable {
    public var language: Language
    public var screen: Screen = .start
    public var overlay: Overlay?
    public var message: StatusMessage?
    public var document: Document?
    public var start = StartState()
    public var sectionIndex = 0
    public var results = ResultsState()
    /// The terminal size of the last frame drawn, for keys that scroll by what fits on screen.
    public var screenSize = Size(width: 80, height: 24)
    public let packs: [CriteriaPack]
    /// The packs a new assessment can be started on: the newest version of each (older versions still
    /// open the files that name them).
    public let newAssessmentPacks: [CriteriaPack]
    public let models: [MaturityModel]
    public let benchmarks: BenchmarkTable?

    public init(language: Language, packs: [CriteriaPack], models: [MaturityModel], benchmarks: BenchmarkTable? = nil) {
        self.language = language
        self.packs = packs
        newAssessmentPacks = PackCatalog(packs: packs).newest
        self.models = models
        self.benchmarks = benchmarks
    }

    /// The two kinds of screen.
    public enum Screen: Sendable, Equatable {
        case start
        case document
    }

    /// A line of feedback under the list.
    public struct StatusMessage: Sendable, Equatable {
        public var text: String
        public var isError: Bool
    }

    /// What sits on top of the screen.
    public enum Overlay: Sendable, Equatable {
        /// Help for the selected row and the key list, scrolled down `scroll` lines.
        case help(scroll: Int)
        case index(selected: Int)
        case search(SearchState)
        case editor(EditorState)
        case form(FormState)
        case export(selected: Int)
    }

    /// `/` search: the query and the selected match.
    public struct SearchState: Sendable, Equatable {
        public var field = TextField()
        public var selected = 0
    }

    /// A text field being edited, and what it edits.
    public struct EditorState: Sendable, Equatable {
        public var target: EditTarget
        public var field: TextField
        public var error: String?
    }

    /// What an editor writes to when committed.
    public enum EditTarget: Sendable, Equatable {
        case profile(ProfileField)
        case evidence(String)
        case justification(String)
        case tailoring(String)
        case newFile
    }

    /// The start screen: files found, the selected line, the chosen pack.
    public struct StartState: Sendable, Equatable {
        public var files: [FileSummary] = []
        public var selected = 0
        public var packIndex = 0
    }

    /// The results screen: selected line and what is expanded.
    public struct ResultsState: Sendable, Equatable {
        public var selected = 0
        public var expandedTiers: Set<String> = []
        public var expandedRules: Set<String> = []
    }

    /// The current section, when a document is open.
    public var section: Section? { document.map { $0.sections[min(sectionIndex, $0.sections.count - 1)] } }

    /// Where keys apply now.
    public var context: KeyContext { overlay != nil ? .overlay : screenContext }

    /// The key context of the screen under any overlay.
    public var screenContext: KeyContext {
        if screen == .start { return .start }
        if section?.kind == .results { return .results }
        return .section
    }
}

/// An assessment file found for the start screen's resume list.
public struct FileSummary: Sendable, Equatable {
    public var path: String
    public var enterprise: String?
    public var date: String?
    public var answered: Int
    public var total: Int
    /// Why it cannot be opened (newer format, unknown pack version, invalid), when it cannot.
    public var problem: String?
}

/// Something that happened: a key, or the outcome of a side effect.
public enum Action: Sendable {
    case key(Key)
    /// A file was read (`nil`: it does not exist).
    case opened(path: String, bytes: [UInt8]?)
    /// A file exists but could not be read: it is neither opened nor overwritten.
    case unreadable(path: String, problem: Problem)
    /// The files in the working folder, with their contents.
    case scanned([(path: String, bytes: [UInt8])])
    /// A write failed.
    case writeFailed(path: String, reason: String)
    /// A click on something the last frame drew.
    case click(HitTarget)
}

/// A side effect for the controller to perform.
public enum Effect: Sendable, Equatable {
    /// Write the assessment file (atomically) now, before the next frame.
    case save(path: String, bytes: [UInt8])
    /// Write an export file.
    case export(path: String, bytes: [UInt8])
    /// Write the draft of an open editor or form (no fsync: it only has to survive the process).
    case saveDraft(path: String, bytes: [UInt8])
    /// Remove a file (the draft, once an edit is committed or cancelled).
    case remove(path: String)
    /// Read a file and reply with ``Action/opened(path:bytes:)``.
    case open(path: String)
    /// List the working folder and reply with ``Action/scanned(_:)``.
    case scan
    case quit
}

/// What a screen region stands for, so that mouse clicks can be turned into actions.
public enum HitTarget: Sendable, Equatable {
    case row(Int)
    case section(Int)
    case startLine(Int)
}
