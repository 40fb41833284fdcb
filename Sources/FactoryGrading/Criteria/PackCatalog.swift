/// The criteria packs available to a program, looked up by the id and version an assessment names.
public struct PackCatalog: Sendable {
    public private(set) var packs: [CriteriaPack]

    public init(packs: [CriteriaPack] = []) { self.packs = packs }

    /// Adds `pack`, replacing one with the same id and version.
    public mutating func add(_ pack: CriteriaPack) {
        packs.removeAll { $0.reference == pack.reference }
        packs.append(pack)
        packs.sort { ($0.id, $0.version) < ($1.id, $1.version) }
    }

    /// The pack an assessment names, or the diagnostic that says why there is none.
    public func pack(for reference: PackReference) -> Result<CriteriaPack, Diagnostic> {
        if let pack = packs.first(where: { $0.reference == reference }) { return .success(pack) }
        let path = JSONPath.root.appending("pack")
        let versions = packs.filter { $0.id == reference.id }.map(\.version)
        if versions.isEmpty {
            return .failure(.error(.unknownPack(reference.id, available: ids), at: path.appending("id")))
        }
        return .failure(.error(.unknownPackVersion(reference.id, reference.version, available: versions), at: path.appending("version")))
    }

    /// The pack with `id`: the given version, or the newest one.
    public func pack(id: String, version: String? = nil) -> CriteriaPack? {
        let candidates = packs.filter { $0.id == id && (version == nil || $0.version == version) }
        return candidates.max { Self.isOlder($0.version, than: $1.version) }
    }

    /// The newest version of each pack, sorted by id: what a new assessment should answer.
    public var newest: [CriteriaPack] { ids.compactMap { pack(id: $0) } }

    /// Pack ids, without repeats, sorted.
    public var ids: [String] { Array(Set(packs.map(\.id))).sorted() }

    /// Whether the version `version` comes before `other` (compared number by number).
    static func isOlder(_ version: String, than other: String) -> Bool {
        versionKey(version).lexicographicallyPrecedes(versionKey(other))
    }

    static func versionKey(_ version: String) -> [Int] { version.split(separator: ".").map { Int($0) ?? 0 } }
}
