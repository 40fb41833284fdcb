/// A score for each of the five maturity levels, index 0 being level 1; `nil` where a level has no
/// score. Kept inline, so a score per sub-domain and element costs no allocation.
public struct LevelScores: Sendable, Hashable, RandomAccessCollection, MutableCollection, ExpressibleByArrayLiteral {
    private var scores: (Double?, Double?, Double?, Double?, Double?)

    /// Every level scored `value`.
    public init(repeating value: Double?) {
        scores = (value, value, value, value, value)
    }

    /// The first five of `values`, in order; levels beyond the end have no score.
    public init(_ values: some Sequence<Double?>) {
        self.init(repeating: nil)
        for (index, value) in zip(indices, values) { self[index] = value }
    }

    /// Five scores, level 1 first; a literal of another length is a programming error and traps.
    public init(arrayLiteral elements: Double?...) {
        precondition(elements.count == 5, "LevelScores needs five scores, one per level")
        self.init(elements)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { 5 }

    public subscript(position: Int) -> Double? {
        get {
            precondition(indices.contains(position), "level index \(position) is outside 0..<5")
            return withUnsafeBytes(of: scores) { $0.load(fromByteOffset: position * MemoryLayout<Double?>.stride, as: Double?.self) }
        }
        set {
            precondition(indices.contains(position), "level index \(position) is outside 0..<5")
            withUnsafeMutableBytes(of: &scores) { $0.storeBytes(of: newValue, toByteOffset: position * MemoryLayout<Double?>.stride, as: Double?.self) }
        }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.elementsEqual(rhs) }

    public func hash(into hasher: inout Hasher) {
        for score in self { hasher.combine(score) }
    }
}

extension LevelScores: CustomStringConvertible {
    public var description: String { Array(self).description }
}
