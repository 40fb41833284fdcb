/// A terminal or canvas size in cells.
public struct Size: Sendable, Hashable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The smallest terminal the UI lays out for.
    public static let minimum = Size(width: 80, height: 24)

    public var description: String { "\(width)×\(height)" }
}
