import FactoryGrading

extension AppState {
    /// Rows matching the search `query` (text or id, either language, case-insensitive), as (section, row).
    public func matches(_ query: String) -> [(section: Int, row: Int)] {
        guard let document, !query.trimmingSpaces.isEmpty else { return [] }
        let needle = Array(query.trimmingSpaces.lowercased().utf8)
        return document.searchIndex.filter { Self.contains($0.text, needle) }.map { ($0.section, $0.row) }
    }

    /// Whether `haystack` contains `needle` as a run of bytes (search needs no Unicode equivalence, and
    /// byte comparison keeps typing into the search box fast).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        let first = needle[0]
        var start = 0
        while start <= haystack.count - needle.count {
            if haystack[start] == first {
                var matched = true
                for offset in 1..<needle.count where haystack[start + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return true }
            }
            start += 1
        }
        return false
    }

    mutating func searchKey(_ key: Key, _ state: SearchState) -> [Effect] {
        var state = state
        switch key {
        case .escape: overlay = nil
        case .enter:
            overlay = nil
            let found = matches(state.field.string)
            guard found.indices.contains(state.selected) else {
                message = StatusMessage(text: UIText.noMatches[language], isError: true)
                return []
            }
            let target = found[state.selected]
            sectionIndex = target.section
            document?.rowCursor[target.section] = target.row
        case .up: state.selected = max(0, state.selected - 1)
        case .down: state.selected = min(max(0, matches(state.field.string).count - 1), state.selected + 1)
        case .character(let character):
            state.field.insert(character)
            state.selected = 0
        case .backspace:
            state.field.backspace()
            state.selected = 0
        case .left: state.field.left()
        case .right: state.field.right()
        default: break
        }
        if case .search? = overlay { overlay = .search(state) }
        return []
    }

    mutating func indexKey(_ key: Key, _ selected: Int) -> [Effect] {
        let count = document?.sections.count ?? 0
        switch key {
        case .escape, .character("i"): overlay = nil
        case .up, .character("k"): overlay = .index(selected: max(0, selected - 1))
        case .down, .character("j"): overlay = .index(selected: min(count - 1, selected + 1))
        case .enter:
            overlay = nil
            go(to: selected)
        case .character(let character) where character.isNumber:
            if let digit = character.wholeNumberValue, digit >= 1, digit <= count {
                overlay = nil
                go(to: digit - 1)
            }
        default: break
        }
        return []
    }

    /// The export choices: what is written, and where (beside the assessment file).
    public static let exportChoices: [(label: LocalizedText, suffix: String)] = [
        (UIText.t("Markdown 评估报告", "Markdown report"), ".report.md"),
        (UIText.t("分级结果 JSON(同 grade classify)", "Result JSON (as grade classify)"), ".classify.json"),
        (UIText.t("评估文件副本(JSON)", "Copy of the assessment (JSON)"), ".export.json"),
    ]

    mutating func exportKey(_ key: Key, _ selected: Int) -> [Effect] {
        switch key {
        case .escape: overlay = nil
        case .up, .character("k"): overlay = .export(selected: max(0, selected - 1))
        case .down, .character("j"): overlay = .export(selected: min(Self.exportChoices.count - 1, selected + 1))
        case .enter:
            overlay = nil
            return export(selected)
        case .character(let digit):
            guard let number = digit.wholeNumberValue, (1...Self.exportChoices.count).contains(number) else { break }
            overlay = nil
            return export(number - 1)
        default: break
        }
        return []
    }

    mutating func export(_ choice: Int) -> [Effect] {
        guard let document else { return [] }
        let base = document.path.hasSuffix(".json") ? String(document.path.dropLast(5)) : document.path
        let path = base + Self.exportChoices[choice].suffix
        let bytes: [UInt8]
        switch choice {
        case 0:
            let gaps = GapAnalysis(grader: document.grader).gaps(for: document.assessment, result: document.result)
            bytes = Array(
                MarkdownReport.render(
                    document.result, assessment: document.assessment, pack: document.pack, gaps: gaps, file: document.path, language: language
                ).utf8)
        case 1:
            var json = JSONBuilder(style: .compact)
            document.result.write(to: &json, pack: document.pack, language: language, full: false) { json in
                json.member("file", document.path)
                if let name = document.assessment.profile.enterpriseName { json.member("enterprise", name) }
            }
            bytes = json.bytes + [0x0A]
        default:
            bytes = Self.fileBytes(document)
        }
        message = StatusMessage(text: "\(UIText.exported[language]): \(path)", isError: false)
        return [.export(path: path, bytes: bytes)]
    }
}
