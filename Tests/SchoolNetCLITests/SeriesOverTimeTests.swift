import Foundation
import SchoolNetTestSupport
import Testing

/// `summary --every year`: each year read from the whole history, with the figures the
/// commands give on that day.
@Suite struct SeriesOverTimeTests {
    @Test("summary --every year takes every year from the whole history, whatever --at says")
    func seriesAtADate() throws {
        let plain = try EndToEndTests.run(["summary", EndToEndTests.demo, "--every", "year", "--format", "csv"])
        let dated = try EndToEndTests.run([
            "summary", EndToEndTests.demo, "--every", "year", "--at", "2020-09-01", "--format", "csv",
        ])
        let rows = plain.stdout.split(separator: "\n").filter { !$0.hasPrefix("202") || $0 < "2020-09-02" }
        #expect(dated.stdout.split(separator: "\n") == rows)
    }

    @Test("each year of the series has the coverage, pairing, cold spots and hybrids the commands give on that day")
    func seriesFigures() throws {
        let series = try EndToEndTests.run(["summary", EndToEndTests.demo, "--every", "year", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(series.stdout.utf8)) as? [String: Any])
        let years = try #require(json["years"] as? [[String: Any]])
        for year in [years[5], years[years.count - 1]] {
            let day = try #require(year["at"] as? String)
            let place = try EndToEndTests.run(["place", EndToEndTests.demo, "--at", day, "--format", "json"])
            let placed = try #require(try JSONSerialization.jsonObject(with: Data(place.stdout.utf8)) as? [String: Any])
            let total = try #require((placed["total"] as? [[String: Any]])?.first)
            for key in ["coverage", "pairing", "cold_spots"] {
                let series = try #require(year[key] as? NSNumber, "\(day) \(key)")
                #expect(series == (try #require(total[key] as? NSNumber, "\(day) \(key)")), "\(day) \(key)")
            }
            let hybrids = try EndToEndTests.run(["hybrids", EndToEndTests.demo, "--at", day, "--format", "json"])
            let found = try #require(
                try JSONSerialization.jsonObject(with: Data(hybrids.stdout.utf8)) as? [String: Any])
            let leads = try #require(found["leads"] as? [Any])
            let pairs = try #require(found["pairs"] as? [Any])
            #expect(try #require(year["hybrid_leads"] as? NSNumber).intValue == leads.count, "\(day)")
            #expect(try #require(year["hybrid_pairs"] as? NSNumber).intValue == pairs.count, "\(day)")
        }
    }
}
