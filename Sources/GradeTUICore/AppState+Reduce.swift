import FactoryGrading

extension AppState {
    /// Applies `action` and returns the side effects to perform, in order. Saves come before anything
    /// else, so the file on disk always has the answer before the screen shows it.
    public mutating func reduce(_ action: Action) -> [Effect] {
        switch action {
        case .key(let key):
            return handle(key)
        case .opened(let path, let bytes):
            if path.hasSuffix(Self.draftSuffix) { return restoreDraft(bytes) }
            return open(path: path, bytes: bytes)
        case .unreadable(let path, let problem):
            if path.hasSuffix(Self.draftSuffix) {
                message = StatusMessage(text: "\(UIText.refused[language]) \(path): \(problem.message(language))", isError: true)
                return []
            }
            return refuse(path, problem.message(language))
        case .scanned(let files):
            start.files = files.map(summary)
            start.selected = min(start.selected, start.files.count)
            return []
        case .writeFailed(let path, let reason):
            message = StatusMessage(text: "\(UIText.saveFailed[language]): \(path): \(reason)", isError: true)
            return []
        case .click(let target):
            return click(target)
        }
    }

    mutating func handle(_ key: Key) -> [Effect] {
        if key == .terminate || key == .control("c") { return [.quit] }
        if case .resize = key { return [] }
        switch overlay {
        case .editor(let state)?: return editorKey(key, state)
        case .form(let state)?: return formKey(key, state)
        case .search(let state)?: return searchKey(key, state)
        case .index(let selected)?: return indexKey(key, selected)
        case .export(let selected)?: return exportKey(key, selected)
        case .help(let scroll)?:
            return helpKey(key, scroll)
        case nil:
            break
        }
        guard let command = KeyMap.command(for: key, in: context) else { return [] }
        message = nil
        switch command {
        case .quit: return [.quit]
        case .language:
            language = language == .zh ? .en : .zh
            return []
        case .help:
            overlay = .help(scroll: 0)
            return []
        default:
            return screen == .start ? startCommand(command) : documentCommand(command)
        }
    }

    /// The key map's moving keys scroll the help; any other key closes it and does nothing else.
    mutating func helpKey(_ key: Key, _ scroll: Int) -> [Effect] {
        let layout = OverlayView.helpLayout(self, size: screenSize)
        let target: Int
        switch KeyMap.command(for: key, in: .overlay) {
        case .up?: target = scroll - 1
        case .down?: target = scroll + 1
        case .pageUp?: target = scroll - max(1, layout.room)
        case .pageDown?: target = scroll + max(1, layout.room)
        case .top?: target = 0
        case .bottom?: target = layout.maxScroll
        default:
            overlay = nil
            return []
        }
        overlay = .help(scroll: min(max(0, target), layout.maxScroll))
        return []
    }

    mutating func click(_ target: HitTarget) -> [Effect] {
        guard overlay == nil else { return [] }
        switch target {
        case .row(let row):
            guard let section else { return [] }
            if section.kind == .results {
                results.selected = row
            } else if section.rows.indices.contains(row) {
                document?.rowCursor[sectionIndex] = row
            }
        case .section(let index):
            guard let document, document.sections.indices.contains(index) else { return [] }
            sectionIndex = index
        case .startLine(let line):
            start.selected = line
        }
        return []
    }

    // MARK: Files

    static let draftSuffix = ".draft"

    /// The bytes written for `document`'s assessment: pretty JSON in pack order, newline-terminated.
    static func fileBytes(_ document: Document) -> [UInt8] {
        JSONWriter(style: .pretty).bytes(document.assessment.json(orderedBy: document.pack)) + [0x0A]
    }

    /// Replaces the open assessment, saving it first.
    mutating func update(_ change: (inout Assessment) -> Void) -> [Effect] {
        guard var document else { return [] }
        var assessment = document.assessment
        change(&assessment)
        guard assessment != document.assessment else { return [] }
        document.assessment = assessment
        self.document = document
        return [.save(path: document.path, bytes: Self.fileBytes(document))]
    }

    /// Opens `path`: a new assessment when it does not exist, else the file, refused (and left untouched)
    /// when it is invalid, of a newer format, or for a pack this tool does not have.
    mutating func open(path: String, bytes: [UInt8]?) -> [Effect] {
        let zh = language == .zh
        guard let bytes else {
            let pack = newAssessmentPacks[min(start.packIndex, newAssessmentPacks.count - 1)]
            let document = Document(path: path, assessment: Assessment(pack: pack.reference), grader: grader(for: pack))
            show(document, resume: false)
            message = StatusMessage(text: (zh ? "新建评估:" : "New assessment: ") + path, isError: false)
            return [.save(path: path, bytes: Self.fileBytes(document)), .open(path: path + Self.draftSuffix)]
        }
        switch check(bytes) {
        case .failure(let problem):
            return refuse(path, problem.message)
        case .success(let (assessment, pack)):
            show(Document(path: path, assessment: assessment, grader: grader(for: pack)), resume: true)
            return [.open(path: path + Self.draftSuffix)]
        }
    }

    /// Back to the start screen, saying why `path` was not opened.
    mutating func refuse(_ path: String, _ reason: String) -> [Effect] {
        screen = .start
        document = nil
        message = StatusMessage(text: "\(UIText.refused[language]) \(path): \(reason)", isError: true)
        return [.scan]
    }

    /// The assessment and its pack, or the first reason the file cannot be opened.
    func check(_ bytes: [UInt8]) -> Result<(Assessment, CriteriaPack), InputError> {
        let (decoded, diagnostics) = Assessment.decode(jsonBytes: bytes)
        guard let assessment = decoded else {
            return .failure(InputError(diagnostics.first { $0.severity == .error }?.message(language) ?? ""))
        }
        switch PackCatalog(packs: packs).pack(for: assessment.pack) {
        case .failure(let diagnostic):
            return .failure(InputError(diagnostic.message(language)))
        case .success(let pack):
            if let error = assessment.validate(against: pack, maturityModels: models).first(where: { $0.severity == .error }) {
                return .failure(InputError(error.message(language)))
            }
            return .success((assessment, pack))
        }
    }

    func grader(for pack: CriteriaPack) -> Grader { Grader(pack: pack, maturityModels: models, benchmarks: benchmarks) }

    /// Shows `document`, at its first unanswered row when resuming.
    mutating func show(_ document: Document, resume: Bool) {
        self.document = document
        screen = .document
        overlay = nil
        sectionIndex = 0
        guard resume else { return }
        if let next = document.nextUnanswered(after: 0, row: 0) {
            sectionIndex = next.section
            self.document?.rowCursor[next.section] = next.row
        } else {
            sectionIndex = document.sections.count - 1
        }
    }

    /// A line of the start screen's resume list.
    func summary(_ file: (path: String, bytes: [UInt8])) -> FileSummary {
        switch check(file.bytes) {
        case .failure(let problem):
            return FileSummary(path: file.path, enterprise: nil, date: nil, answered: 0, total: 0, problem: problem.message)
        case .success(let (assessment, pack)):
            let progress = Document(path: file.path, assessment: assessment, grader: grader(for: pack)).progress()
            return FileSummary(
                path: file.path, enterprise: assessment.profile.enterpriseName, date: assessment.profile.assessmentDate,
                answered: progress.answered, total: progress.total, problem: nil)
        }
    }

    // MARK: Start screen

    mutating func startCommand(_ command: Command) -> [Effect] {
        let lines = start.files.count + 1
        switch command {
        case .up: start.selected = max(0, start.selected - 1)
        case .down: start.selected = min(lines - 1, start.selected + 1)
        case .open:
            if start.selected == 0 {
                overlay = .editor(EditorState(target: .newFile, field: TextField(freeFileName()), error: nil))
                return []
            }
            let file = start.files[start.selected - 1]
            if let problem = file.problem {
                message = StatusMessage(text: "\(UIText.refused[language]) \(file.path): \(problem)", isError: true)
                return []
            }
            return [.open(path: file.path)]
        case .nextSection:
            start.packIndex = (start.packIndex + 1) % max(1, newAssessmentPacks.count)
        default:
            break
        }
        return []
    }

    func freeFileName() -> String {
        let taken = Set(start.files.map(\.path))
        if !taken.contains("assessment.json") { return "assessment.json" }
        var number = 2
        while taken.contains("assessment-\(number).json") { number += 1 }
        return "assessment-\(number).json"
    }
}
