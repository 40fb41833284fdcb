import Testing

@testable import FactoryGrading

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("real dates are accepted and print back unchanged", arguments: [
        "2025-04-03", "2024-02-29", "2000-02-29", "1900-01-01", "2026-12-31", "2026-04-30",
    ])
    func valid(text: String) throws {
        let date = try #require(CalendarDate(text))
        #expect(date.description == text)
    }

    @Test("dates that do not exist or are not YYYY-MM-DD are refused", arguments: [
        "2026-02-29", "1900-02-29", "2100-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-01",
        "2026/01/01", "26-01-01", "2026-01-01T00:00", "1899-12-31", "２０２６-01-01", "",
    ])
    func invalid(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test("dates order chronologically")
    func ordering() throws {
        let a = try #require(CalendarDate("2025-12-31"))
        let b = try #require(CalendarDate("2026-01-01"))
        let c = try #require(CalendarDate("2026-02-28"))
        #expect(a < b && b < c)
        #expect(!(c < a))
    }
}
