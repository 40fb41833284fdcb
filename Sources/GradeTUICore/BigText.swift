/// Large type for the tier reached: a 5-pixel-high bitmap font drawn with half blocks into 3 rows.
enum BigText {
    static let glyphs: [Character: [String]] = [
        "A": [".#.", "#.#", "###", "#.#", "#.#"], "B": ["##.", "#.#", "##.", "#.#", "##."],
        "C": [".##", "#..", "#..", "#..", ".##"], "D": ["##.", "#.#", "#.#", "#.#", "##."],
        "E": ["###", "#..", "##.", "#..", "###"], "G": [".##", "#..", "#.#", "#.#", ".##"],
        "I": ["###", ".#.", ".#.", ".#.", "###"], "L": ["#..", "#..", "#..", "#..", "###"],
        "N": ["#..#", "##.#", "#.##", "#..#", "#..#"], "O": [".#.", "#.#", "#.#", "#.#", ".#."],
        "S": [".##", "#..", ".#.", "..#", "##."], "T": ["###", ".#.", ".#.", ".#.", ".#."],
        "V": ["#.#", "#.#", "#.#", "#.#", ".#."], "X": ["#.#", "#.#", ".#.", "#.#", "#.#"],
    ]

    /// Three text rows spelling `word` (letters without a glyph are left out).
    static func rows(_ word: String) -> [String] {
        var rows = ["", "", ""]
        for character in word.uppercased() {
            guard let glyph = glyphs[character] else { continue }
            let width = glyph[0].count
            let pixels = glyph.map { Array($0) } + [Array(repeating: ".", count: width)]
            for row in 0..<3 {
                for column in 0..<width {
                    let top = pixels[row * 2][column] == "#"
                    let bottom = pixels[row * 2 + 1][column] == "#"
                    rows[row].append(top && bottom ? "█" : top ? "▀" : bottom ? "▄" : " ")
                }
                rows[row].append(" ")
            }
        }
        return rows
    }
}

/// Horizontal bars drawn with block characters.
enum Bar {
    /// A bar `width` cells wide filled to `fraction`, with `|` at `marker` when given.
    static func text(_ fraction: Double, width: Int, marker: Double? = nil) -> String {
        let filled = max(0, min(width, Int((fraction * Double(width)).rounded())))
        var cells = Array(repeating: "░", count: width)
        for index in 0..<filled { cells[index] = "█" }
        if let marker {
            let position = max(0, min(width - 1, Int((marker * Double(width)).rounded())))
            cells[position] = "|"
        }
        return cells.joined()
    }
}
