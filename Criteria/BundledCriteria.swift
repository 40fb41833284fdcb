import Foundation

/// Locates the criteria packs and schemas that ship with FactoryGrading.
public enum BundledCriteria {
    /// The folder holding `<pack-id>/<version>.json` files.
    public static var packsDirectory: URL? {
        Bundle.module.resourceURL?.appendingPathComponent("packs", isDirectory: true)
    }

    /// The folder holding `<model-id>/<version>.json` maturity models.
    public static var maturityDirectory: URL? {
        Bundle.module.resourceURL?.appendingPathComponent("maturity", isDirectory: true)
    }

    /// The illustrative (not official) benchmark table.
    public static var illustrativeBenchmarks: URL? {
        Bundle.module.resourceURL?.appendingPathComponent("benchmarks/illustrative.csv")
    }

    /// The folder holding the JSON Schemas.
    public static var schemaDirectory: URL? {
        Bundle.module.resourceURL?.appendingPathComponent("schema", isDirectory: true)
    }
}
