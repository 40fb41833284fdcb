@testable import FactoryGrading

/// Looking identifiers up directly, as the tests of the table do (decoders go through ``RawKeys``).
extension IdentifierTable {
    /// The stored string equal to `bytes`, whose ``IdentifierIndex/hash(_:)-(UnsafeBufferPointer<UInt8>)`` is `hash`.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> String? {
        keys.position(of: bytes, hash: hash).map { keys.strings[$0] }
    }

    /// The position of the identifier whose UTF-8 is byte for byte `bytes`, whose
    /// ``IdentifierIndex/hash(_:)-(UnsafeBufferPointer<UInt8>)`` is `hash`.
    func position(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        keys.position(of: bytes, hash: hash)
    }

    /// The identifier at `position`.
    func identifier(at position: Int) -> String { keys.strings[position] }
}
