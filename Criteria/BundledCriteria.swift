import Foundation

/// Locates the criteria packs and schemas that ship with FactoryGrading.
public enum BundledCriteria {
    /// The folder holding `<pack-id>/<version>.json` files.
    public static var packsDirectory: URL? {
        Bundle.module.resourceURL?.appendingPathComponent("packs", isDirectory: true)
    }

    /// The folder holding the JSON Schemas.
    public static var schemaDirectory: URL? {
        Bundle.module.resourceURL?.appendingPathComponent("schema", isDirectory: true)
    }
}
