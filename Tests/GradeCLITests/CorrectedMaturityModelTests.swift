import Foundation
import Testing

/// A corrected maturity model is data given with `--criteria`, like a pack: validated, listed, and used
/// for the self-diagnoses that name its version.
@Suite("Maturity model files given with --criteria")
struct CorrectedMaturityModelTests {
    static let bundledModel = Grade.root.appendingPathComponent("Criteria/maturity/gbt39116-2020/1.0.0.json")

    /// A scratch folder holding `gbt39116-2020/<version>.json`: the bundled model with `version` written
    /// in it and the answer `most` scoring `mostScore` instead of 0.8.
    static func modelFolder(version: String = "1.1.0", fileVersion: String? = nil, mostScore: Double = 0.5) throws -> URL {
        let folder = try Grade.scratch()
        let target = folder.appendingPathComponent("gbt39116-2020")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        var model = try JSONSerialization.jsonObject(with: Data(contentsOf: bundledModel)) as! [String: Any]
        model["version"] = version
        model["satisfaction"] = (model["satisfaction"] as! [[String: Any]]).map { grade in
            var grade = grade
            if grade["id"] as? String == "most" { grade["score"] = mostScore }
            return grade
        }
        try JSONSerialization.data(withJSONObject: model).write(to: target.appendingPathComponent("\(fileVersion ?? version).json"))
        return folder
    }

    /// The advanced example, its self-diagnosis naming model version `version`, written into `folder`.
    static func assessment(naming version: String, in folder: URL) throws -> String {
        let data = try Grade.editedExample("advanced.json") { object in
            var maturity = object["maturity"] as! [String: Any]
            var diagnosis = maturity["selfDiagnosis"] as! [String: Any]
            diagnosis["model"] = ["id": "gbt39116-2020", "version": version]
            maturity["selfDiagnosis"] = diagnosis
            object["maturity"] = maturity
        }
        let path = folder.appendingPathComponent("advanced-\(version).json").path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    static func total(_ run: GradeRun) throws -> Double? {
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        return object?["total"] as? Double
    }

    @Test("criteria validate and criteria list show a model given as a folder, beside the bundled one")
    func validateAndList() throws {
        let folder = try Self.modelFolder()
        let validate = try Grade.run(["criteria", "validate", "--lang", "en", folder.path])
        #expect(validate.status == 0, "\(validate.stderr)")
        let summary = "(maturity model: 5 levels, 4 capability elements, 20 sub-domains, 100 self-diagnosis questions)"
        #expect(validate.stdout.contains("gbt39116-2020 1.0.0: valid \(summary)"))
        #expect(validate.stdout.contains("gbt39116-2020 1.1.0: valid \(summary)"))
        let list = try Grade.run(["criteria", "list", "--lang", "zh", "--criteria", folder.path])
        #expect(list.status == 0)
        let versions = list.stdout.split(separator: "\n").filter { $0.hasPrefix("gbt39116-2020\t") }.map { $0.split(separator: "\t")[1] }
        #expect(versions == ["1.0.0", "1.1.0"])
        #expect(list.stdout.contains("成熟度模型:5 个等级,4 个能力要素,20 个能力子域,100 道预诊断题"))
    }

    @Test("a self-diagnosis naming the corrected version is scored with it; one naming 1.0.0 keeps the bundled model")
    func scoredWithTheModelItNames() throws {
        let folder = try Self.modelFolder()
        let corrected = try Self.assessment(naming: "1.1.0", in: folder)
        let bundled = try Self.assessment(naming: "1.0.0", in: folder)
        let withCorrected = try Grade.run(["maturity", "--format", "json", "--criteria", folder.path, corrected])
        let withBundled = try Grade.run(["maturity", "--format", "json", "--criteria", folder.path, bundled])
        let alone = try Grade.run(["maturity", "--format", "json", bundled])
        #expect(withCorrected.status == 0, "\(withCorrected.stderr)")
        #expect(withBundled.status == 0, "\(withBundled.stderr)")
        let correctedTotal = try #require(try Self.total(withCorrected))
        let bundledTotal = try #require(try Self.total(withBundled))
        #expect(try Self.total(alone) == bundledTotal)
        #expect(correctedTotal < bundledTotal, "\"most\" scores 0.5 instead of 0.8 in 1.1.0")
        #expect(withCorrected.stdout.contains("\"version\": \"1.1.0\""))
    }

    @Test("without the model file, a self-diagnosis naming its version is an error that lists what there is")
    func unknownVersion() throws {
        let folder = try Grade.scratch()
        let path = try Self.assessment(naming: "1.1.0", in: folder)
        let run = try Grade.run(["validate", "--lang", "en", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("$.maturity.selfDiagnosis.model: no maturity model gbt39116-2020@1.1.0 (available: gbt39116-2020@1.0.0)"))
    }

    @Test("a model file given directly, or through FACTORYGRADING_CRITERIA, is used too")
    func fileAndEnvironment() throws {
        let folder = try Self.modelFolder()
        let file = folder.appendingPathComponent("gbt39116-2020/1.1.0.json").path
        let path = try Self.assessment(naming: "1.1.0", in: folder)
        let direct = try Grade.run(["validate", "--lang", "en", "--criteria", file, path])
        #expect(direct.status == 0, "\(direct.stderr)")
        let environment = try Grade.run(["validate", "--lang", "en", path], environment: ["FACTORYGRADING_CRITERIA": folder.path])
        #expect(environment.status == 0, "\(environment.stderr)")
    }

    @Test("a broken model file is refused, naming the file, the JSON path and the problem in the chosen language")
    func brokenModel() throws {
        let folder = try Grade.scratch()
        var model = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.bundledModel)) as! [String: Any]
        model["levels"] = "five"
        let file = folder.appendingPathComponent("model.json")
        try JSONSerialization.data(withJSONObject: model).write(to: file)
        let english = try Grade.run(["criteria", "validate", "--lang", "en", file.path])
        #expect(english.status == 1)
        #expect(english.stderr.contains("\(file.path): $.levels: wrong type: expected an array, found a string"))
        let chinese = try Grade.run(["classify", "--lang", "zh", "--criteria", file.path, Grade.example("basic.json")])
        #expect(chinese.status == 1)
        #expect(chinese.stderr.contains("\(file.path): $.levels: 类型错误:应为数组,实际为字符串"))
        #expect(chinese.stdout.isEmpty)
    }

    @Test("a model stored under another version than it holds is refused")
    func misplacedModel() throws {
        let folder = try Self.modelFolder(version: "1.1.0", fileVersion: "1.2.0")
        let run = try Grade.run(["criteria", "validate", "--lang", "en", folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("the file holds gbt39116-2020@1.1.0 but its path says gbt39116-2020@1.2.0"))
    }
}
