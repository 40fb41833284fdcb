/// Checks `MAJOR.MINOR.PATCH` version strings (pre-release and build suffixes are not used by packs).
enum SemanticVersion {
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 3
            && parts.allSatisfy { part in
                !part.isEmpty && part.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
                    && (part == "0" || part.first != "0")
            }
    }
}
