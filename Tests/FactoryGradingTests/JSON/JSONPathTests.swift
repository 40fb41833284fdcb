import Testing

@testable import FactoryGrading

@Suite("JSON paths")
struct JSONPathTests {
    @Test("the root prints as $")
    func root() { #expect(JSONPath.root.description == "$") }

    @Test("identifier keys use dots, array elements use brackets")
    func dotsAndIndexes() {
        #expect(JSONPath.root.appending("profile").appending("creditCode").description == "$.profile.creditCode")
        #expect(JSONPath.root.appending("items").appending(3).appending("id").description == "$.items[3].id")
        #expect(JSONPath.root.appending("_private").appending("x1").description == "$._private.x1")
    }

    @Test("keys that are not identifiers are printed as bracketed JSON strings", arguments: [
        ("basic.production.realtime-monitoring", #"$["basic.production.realtime-monitoring"]"#),
        ("$schema", #"$["$schema"]"#),
        ("1st", #"$["1st"]"#),
        ("", #"$[""]"#),
        ("名称", #"$["名称"]"#),
        (#"a"b\c"#, #"$["a\"b\\c"]"#),
        ("with space", #"$["with space"]"#),
    ])
    func bracketedKeys(key: String, printed: String) {
        #expect(JSONPath.root.appending(key).description == printed)
    }

    @Test("an answer's status path reads as reviewers expect")
    func answerPath() {
        let path = JSONPath.root.appending("answers").appending("basic.production.realtime-monitoring").appending("status")
        #expect(path.description == #"$.answers["basic.production.realtime-monitoring"].status"#)
    }
}
