/// Ids in pack order with their ``IdentifierIndex`` hashes, so that an assessment's id found where the
/// pack has it needs no lookup: assessments usually list items and KPIs in pack order.
struct PackOrder: Sendable {
    /// Empty when some id is not found at its own position (a repeated id).
    private let ids: [(id: String, hash: UInt64)]

    /// `ids` in pack order; `position` finds an id's pack position.
    init(_ ids: [String], position: (String) -> Int?) {
        self.ids = ids.indices.allSatisfy { position(ids[$0]) == $0 } ? ids.map { ($0, IdentifierIndex.hash($0)) } : []
    }

    /// The position of `key`, whose hash is `hash`: `expected` when the id there is `key` (the usual
    /// case, with `expected` just after the previous key's position), otherwise what `lookup` finds.
    func position(of key: String, hash: UInt64, expected: Int, lookup: () -> Int?) -> Int? {
        expected < ids.count && ids[expected].hash == hash && ids[expected].id == key ? expected : lookup()
    }
}
