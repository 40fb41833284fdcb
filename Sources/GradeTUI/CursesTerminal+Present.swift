import CNcursesw
import GradeTUICore

extension CursesTerminal {
    /// Copies `canvas` to the screen cell by cell and updates the terminal in one `doupdate`.
    ///
    /// Cells outside the screen are dropped (the app may have rendered for a size that just changed);
    /// a wide character that no longer fits at the right edge becomes a space.
    public func present(_ canvas: Canvas) {
        guard !isClosed, size.width > 0, size.height > 0 else { return }
        let rows = min(Int(cnc_lines()), canvas.size.height)
        let columns = min(Int(cnc_cols()), canvas.size.width)
        if needsFullRepaint {
            wclear(window)
            needsFullRepaint = false
        } else {
            werase(window)
        }
        var character = cchar_t()
        var text = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        for y in 0..<rows {
            for x in 0..<columns {
                let cell = canvas[x, y]
                if cell.isContinuation { continue }
                let isWide = x + 1 < canvas.size.width && canvas[x + 1, y].isContinuation
                let fits = !isWide || x + 1 < columns
                Self.encode(fits ? cell.text : " ", into: &text)
                let (attributes, pair) = palette.resolve(cell.style)
                setcchar(&character, text, attributes, pair, nil)
                // The bottom-right cell returns ERR (the cursor cannot advance past it): harmless.
                _ = mvwadd_wch(window, Int32(y), Int32(x), &character)
            }
        }
        if let cursor = canvas.cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < columns, cursor.y < rows {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            curs_set(1)
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// Writes a grapheme as a NUL-terminated spacing character plus up to four combining characters;
    /// control characters become a space (ncurses would draw them as two-column `^X`).
    static func encode(_ grapheme: String, into buffer: inout [wchar_t]) {
        let limit = buffer.count - 1
        var count = 0
        for scalar in grapheme.unicodeScalars {
            if count == limit { break }
            var value = scalar.value
            if count == 0 && (value < 0x20 || (0x7F..<0xA0).contains(value)) { value = 0x20 }
            buffer[count] = wchar_t(bitPattern: value)
            count += 1
        }
        if count == 0 {
            buffer[0] = 0x20
            count = 1
        }
        buffer[count] = 0
    }
}
