/// Values by id (item, KPI, scope, question or sub-domain id), in the order they were added.
///
/// It answers what a `[String: Value]` answers, and matches keys the way `String` compares (canonically
/// equivalent spellings are the same key); equality ignores order, as a dictionary's does. It is faster
/// for the ids of this domain because every key keeps its ``IdentifierIndex/hash(_:)``, which a decoder
/// has already worked out while reading the key and a grader compares with the hashes it compiled from
/// the pack, so that neither hashes a key again. While every key is ASCII, keys are found by that hash
/// and compared byte for byte; once one is not, lookups go through a dictionary. Adding and looking up
/// take constant time on average; removing a key takes time in proportion to the count.
///
/// ```swift
/// var answers: IdentifierMap<Answer> = ["base.scale": Answer(.met)]
/// answers["base.security"] = Answer(.notMet)
/// for (id, answer) in answers { print(id, answer.status as Any) }
/// ```
public struct IdentifierMap<Value> {
    /// One key with its hash and value.
    struct Entry {
        var key: String
        var hash: UInt64
        var value: Value
    }

    /// Every key and value, in the order added.
    private(set) var entries: [Entry] = []
    /// Open-addressing table of entry positions plus one (0 marks an empty slot), at most half full;
    /// empty while there are few enough entries to scan (unless room was reserved), and unused (empty)
    /// once ``canonical`` is.
    private var slots: [Int32] = []
    /// Every key's entry position, once a key is not ASCII (`nil` until then).
    private var canonical: [String: Int]?

    /// Up to this many entries are found by scanning their hashes.
    private static var scanLimit: Int { 8 }

    /// An empty map.
    public init() {}

    /// The keys and values of `dictionary`, added in the order of their keys.
    public init(_ dictionary: [String: Value]) {
        reserveCapacity(dictionary.count)
        for key in dictionary.keys.sorted() { self[key] = dictionary[key] }
    }

    /// The pairs of `pairs`, in order; when a key repeats, the last value counts.
    public init(_ pairs: some Sequence<(String, Value)>) {
        for (key, value) in pairs { self[key] = value }
    }

    /// The pairs of `pairs`, in order; the keys must be unique.
    public init(uniqueKeysWithValues pairs: some Sequence<(String, Value)>) {
        for (key, value) in pairs {
            precondition(insert(key, hash: IdentifierIndex.hash(key), value), "duplicate key \(key)")
        }
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    /// The keys, in the order added.
    public var keys: [String] { entries.map(\.key) }
    /// The values, in the order their keys were added.
    public var values: [Value] { entries.map(\.value) }

    /// Makes room for `capacity` entries.
    public mutating func reserveCapacity(_ capacity: Int) {
        entries.reserveCapacity(capacity)
        guard canonical == nil, capacity > Self.scanLimit, slots.count < capacity * 2 else { return }
        rebuildSlots(minimumCount: Swift.max(capacity, entries.count))
    }

    /// The value for `key`; setting `nil` removes it. A new key goes last; a key already there keeps its
    /// place (and its first spelling).
    public subscript(key: String) -> Value? {
        get { index(of: key, hash: IdentifierIndex.hash(key)).map { entries[$0].value } }
        set {
            let hash = IdentifierIndex.hash(key)
            if let newValue {
                insert(key, hash: hash, newValue)
            } else if let index = index(of: key, hash: hash) {
                remove(at: index)
            }
        }
    }

    /// The value for `key`, or `defaultValue` when there is none.
    public subscript(key: String, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[key] ?? defaultValue() }
        set { self[key] = newValue }
    }

    /// Removes `key` and returns its value, if it was there.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> Value? {
        guard let index = index(of: key, hash: IdentifierIndex.hash(key)) else { return nil }
        let value = entries[index].value
        remove(at: index)
        return value
    }

    /// The same keys, in the same order, with `transform` applied to every value.
    public func mapValues<T>(_ transform: (Value) throws -> T) rethrows -> IdentifierMap<T> {
        var result = IdentifierMap<T>()
        result.entries = try entries.map { .init(key: $0.key, hash: $0.hash, value: try transform($0.value)) }
        result.slots = slots
        result.canonical = canonical
        return result
    }

    /// The keys and values for which `isIncluded` is true, in the same order.
    public func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> IdentifierMap {
        var result = IdentifierMap()
        for entry in entries where try isIncluded((entry.key, entry.value)) { result.insert(entry.key, hash: entry.hash, entry.value) }
        return result
    }

    // MARK: Finding keys by their hash

    /// The position of `key` among ``entries``; `hash` must be ``IdentifierIndex/hash(_:)-(String)`` of
    /// `key`.
    func index(of key: String, hash: UInt64) -> Int? {
        if let canonical { return canonical[key] }
        if slots.isEmpty {
            for index in entries.indices where entries[index].hash == hash && entries[index].key == key { return index }
        } else {
            let mask = slots.count - 1
            var slot = IdentifierIndex.homeSlot(hash, mask: mask)
            while slots[slot] != 0 {
                let index = Int(slots[slot]) - 1
                if entries[index].hash == hash, entries[index].key == key { return index }
                slot = (slot + 1) & mask
            }
        }
        // Every key here is ASCII; a key that is not may still be canonically equivalent to one.
        guard !IdentifierIndex.isASCII(hash), let spelled = Self.asciiSpelling(key) else { return nil }
        return index(of: spelled, hash: IdentifierIndex.hash(spelled))
    }

    /// The ASCII string canonically equivalent to `key`, if there is one. Only three characters outside
    /// ASCII decompose to ASCII (KELVIN SIGN to K, GREEK QUESTION MARK to `;`, GREEK VARIA to `` ` ``);
    /// any other leaves a string that is not ASCII, and ASCII has no combining marks to compose with.
    static func asciiSpelling(_ key: String) -> String? {
        var scalars = String.UnicodeScalarView()
        for scalar in key.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: scalars.append(scalar)
            case 0x212A: scalars.append("K")
            case 0x037E: scalars.append(";")
            case 0x1FEF: scalars.append("`")
            default: return nil
            }
        }
        return String(scalars)
    }

    /// The value for `key`; `hash` must be ``IdentifierIndex/hash(_:)-(String)`` of `key`.
    func value(for key: String, hash: UInt64) -> Value? {
        index(of: key, hash: hash).map { entries[$0].value }
    }

    /// Sets the value for `key`, whose ``IdentifierIndex/hash(_:)-(String)`` is `hash`; returns `false`
    /// when the key was already there (its value is then replaced).
    @discardableResult
    mutating func insert(_ key: consuming String, hash: UInt64, _ value: consuming Value) -> Bool {
        if let index = index(of: key, hash: hash) {
            entries[index].value = value
            return false
        }
        let index = entries.count
        reserveForAppend()
        entries.append(Entry(key: copy key, hash: hash, value: value))
        if canonical != nil {
            canonical?[key] = index
        } else if !IdentifierIndex.isASCII(hash) {
            canonical = Dictionary(entries.enumerated().map { ($0.element.key, $0.offset) }, uniquingKeysWith: { first, _ in first })
            slots = []
        } else if slots.count >= entries.count * 2 {
            place(index, hash: hash)
        } else if entries.count > Self.scanLimit {
            rebuildSlots(minimumCount: entries.count)
        }
        return true
    }

    /// Adds `key`, whose bytes differ from every key's in the map (as a decoder knows once it has checked
    /// an object for repeated keys), with `value`. While `key` and every key are ASCII, keys that differ
    /// in bytes are different keys, so no lookup is needed; otherwise it is ``insert(_:hash:_:)``.
    mutating func append(distinct key: consuming String, hash: UInt64, _ value: consuming Value) {
        guard canonical == nil, IdentifierIndex.isASCII(hash) else {
            insert(key, hash: hash, value)
            return
        }
        let index = entries.count
        reserveForAppend()
        entries.append(Entry(key: key, hash: hash, value: value))
        if slots.count >= entries.count * 2 {
            place(index, hash: hash)
        } else if entries.count > Self.scanLimit {
            rebuildSlots(minimumCount: entries.count)
        }
    }

    /// Grows a small map to room for four entries at once instead of one, then two.
    @inline(__always)
    private mutating func reserveForAppend() {
        if entries.count < 4, entries.capacity == entries.count { entries.reserveCapacity(4) }
    }

    private mutating func remove(at index: Int) {
        entries.remove(at: index)
        canonical = nil
        slots = []
        if entries.contains(where: { !IdentifierIndex.isASCII($0.hash) }) {
            canonical = Dictionary(entries.enumerated().map { ($0.element.key, $0.offset) }, uniquingKeysWith: { first, _ in first })
        } else if entries.count > Self.scanLimit {
            rebuildSlots(minimumCount: entries.count)
        }
    }

    private mutating func rebuildSlots(minimumCount: Int) {
        var size = 16
        while size < minimumCount * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        for index in entries.indices { place(index, hash: entries[index].hash) }
    }

    private mutating func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = IdentifierIndex.homeSlot(hash, mask: mask)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }
}

extension IdentifierMap: Sequence {
    public typealias Element = (key: String, value: Value)

    /// Walks the keys and values in the order added.
    public struct Iterator: IteratorProtocol {
        fileprivate var base: IndexingIterator<[Entry]>

        public mutating func next() -> Element? {
            base.next().map { ($0.key, $0.value) }
        }
    }

    public func makeIterator() -> Iterator { Iterator(base: entries.makeIterator()) }
    public var underestimatedCount: Int { entries.count }
}

extension IdentifierMap: ExpressibleByDictionaryLiteral {
    /// The pairs in the order written; when a key repeats, the last value counts.
    public init(dictionaryLiteral elements: (String, Value)...) {
        if elements.isEmpty { self.init() } else { self.init(elements) }
    }
}

extension IdentifierMap: Equatable where Value: Equatable {
    /// The same keys with equal values, in any order.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return lhs.entries.allSatisfy { entry in rhs.value(for: entry.key, hash: entry.hash) == entry.value }
    }
}

extension IdentifierMap: Sendable where Value: Sendable {}
extension IdentifierMap.Entry: Sendable where Value: Sendable {}
extension IdentifierMap.Iterator: Sendable where Value: Sendable {}

extension IdentifierMap: CustomStringConvertible {
    public var description: String {
        "[" + entries.map { "\(String(reflecting: $0.key)): \(String(reflecting: $0.value))" }.joined(separator: ", ") + "]"
    }
}
