extension String {
    /// This text kept on one line: every line break (LF, VT, FF, CR, NEL, U+2028, U+2029) shown as
    /// `\u{…}`, so that a value from a document (an enterprise name, a report number) cannot break a
    /// line-oriented report or add a line that looks like part of it.
    var oneLine: String {
        guard utf8.contains(where: { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }) else { return self }
        var shown = ""
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }
}
