#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import CNcursesw

/// The locale ncursesw needs: without a UTF-8 `LC_CTYPE` it silently drops every non-ASCII cell.
enum CursesLocale {
    /// Takes the locale from the environment; when its character set is not UTF-8 (`LANG` unset, as in CI
    /// and containers), switches `LC_CTYPE` to C.UTF-8 so Chinese still shows. `LC_NUMERIC` stays "C" so
    /// `printf`-style number formatting (and what is saved with it) does not change with the user's locale.
    static func prepare() {
        setlocale(LC_ALL, "")
        setlocale(LC_NUMERIC, "C")
        if isUTF8 { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            return
        }
    }

    /// Whether the current `LC_CTYPE` character set is UTF-8.
    static var isUTF8: Bool {
        guard let codeset = cnc_codeset() else { return false }
        let name = String(cString: codeset).lowercased().filter { $0 != "-" && $0 != "_" }
        return name == "utf8"
    }
}
