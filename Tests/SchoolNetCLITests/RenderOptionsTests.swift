import Foundation
import SchoolNetTestSupport
import Testing

/// `schoolnet render` with the options of issue 6, end to end.
@Suite struct RenderOptionsTests {
    @Test("one authority, on the map, coloured, sized and with ten labels")
    func scopedGeographic() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/la.svg"
        let run = try EndToEndTests.run([
            "render", EndToEndTests.demo, "--la", "Brackenshire", "--engine", "geographic", "--colour-by", "ofsted",
            "--size-by", "degree", "--labels", "10", "-o", path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        #expect(svg.contains("local authority Brackenshire"))
        #expect(svg.contains("Colour: ofsted"))
        #expect(svg.contains("names shown for the 10 schools with the highest degree"))
    }

    @Test("a neighbourhood and a structure are drawn with only their schools")
    func neighbourhoodAndStructure() throws {
        let folder = try TemporaryFolder()
        let around = try EndToEndTests.run([
            "render", EndToEndTests.demo, "--around", "140044", "--radius", "0", "-o", folder.path + "/a.dot",
        ])
        #expect(around.status == 0)
        let dot = try String(contentsOfFile: folder.path + "/a.dot", encoding: .utf8)
        #expect(dot.contains("1 schools,") && dot.contains("Brackford Park Primary Academy"))
        let structure = try EndToEndTests.run([
            "render", EndToEndTests.demo, "--structure", "NOPE", "-o", folder.path + "/s.svg",
        ])
        #expect(structure.status == 1)
        #expect(structure.stderr.contains("no structure has the id or name 'NOPE'"))
    }

    @Test("an unknown authority, or a map without coordinates, is refused with a reason and no file")
    func refusals() throws {
        let folder = try TemporaryFolder()
        let nowhere = try EndToEndTests.run([
            "render", EndToEndTests.demo, "--la", "Nowhere", "-o", folder.path + "/n.svg",
        ])
        #expect(nowhere.status == 1)
        #expect(nowhere.stderr.contains("no school is in the local authority 'Nowhere'"))
        let bradford = try EndToEndTests.run([
            "render", "Examples/bradford-academies", "--engine", "geographic", "-o", folder.path + "/b.svg",
        ])
        #expect(bradford.status == 1)
        #expect(bradford.stderr.contains("the geographic layout needs coordinates"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/n.svg"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/b.svg"))
    }
}
