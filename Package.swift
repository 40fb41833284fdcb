// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "FactoryGrading",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "FactoryGrading", targets: ["FactoryGrading"]),
        .library(name: "BundledCriteria", targets: ["BundledCriteria"]),
        .executable(name: "grade", targets: ["grade"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "FactoryGrading"),
        .target(
            name: "BundledCriteria",
            path: "Criteria",
            exclude: ["README.md", "sources"],
            sources: ["BundledCriteria.swift"],
            resources: [.copy("packs"), .copy("maturity"), .copy("benchmarks"), .copy("schema")]
        ),
        .target(name: "GradeTUICore", dependencies: ["FactoryGrading"]),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "GradeTUI", dependencies: ["GradeTUICore", "CNcursesw", "FactoryGrading"]),
        .target(
            name: "GradeCLI",
            dependencies: [
                "FactoryGrading",
                "BundledCriteria",
                "GradeTUI",
                "GradeTUICore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "grade", dependencies: ["GradeCLI"]),
        .testTarget(name: "FactoryGradingTests", dependencies: ["FactoryGrading", "BundledCriteria"]),
        .testTarget(name: "GradeCLITests", dependencies: ["GradeCLI", "grade"]),
        .testTarget(name: "GradeTUITests", dependencies: ["GradeTUICore", "FactoryGrading", "BundledCriteria", "grade"]),
    ],
    swiftLanguageModes: [.v6]
)
