import Foundation
import Testing

@testable import SchoolNetIO

/// The streaming reader of a workbook's XML parts, on parts written by hand with the features
/// spreadsheet programs use: prefixes, rich text, phonetic guides, CDATA, inline strings.
struct WorkbookXMLTests {
    private func parse(_ xml: String) throws -> WorkbookXML { try WorkbookXML.parse(Data(xml.utf8)) }

    @Test func sheetsAndRelationshipsWhateverThePrefix() throws {
        let workbook = try parse(
            """
            <x:workbook xmlns:x="main" xmlns:rel="rels"><x:sheets>
            <x:sheet name="schools" sheetId="1" rel:id="rId7"/><x:sheet name="links &amp; more" sheetId="2" rel:id="rId2"/>
            </x:sheets></x:workbook>
            """)
        #expect(workbook.sheets.map(\.name) == ["schools", "links & more"])
        #expect(workbook.sheets.map(\.relationship) == ["rId7", "rId2"])
        let rels = try parse(
            #"<Relationships><Relationship Id="rId7" Target="worksheets/sheet1.xml" Type="t"/></Relationships>"#)
        #expect(rels.relationships == [.init(id: "rId7", target: "worksheets/sheet1.xml")])
    }

    @Test func sharedStringsJoinRunsKeepSpacesAndLeaveOutPhoneticGuides() throws {
        let strings = try parse(
            """
            <sst><si><t xml:space="preserve">  St Mary&apos;s </t></si>\
            <si><r><rPr><b/></rPr><t>Bold</t></r><r><t> and plain</t></r></si>\
            <si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>\
            <si><t><![CDATA[<script>]]></t></si><si/></sst>
            """)
        #expect(strings.sharedStrings == ["  St Mary's ", "Bold and plain", "東京", "<script>", ""])
    }

    @Test func rowsCellsValuesAndInlineStrings() throws {
        let sheet = try parse(
            """
            <worksheet><sheetData><row r="2"><c r="B2" t="s"><v>1</v></c>\
            <c r="C2" t="inlineStr"><is><t>inline</t></is></c><c r="D2"><f>1+1</f><v>2</v></c></row>\
            <row><c><v>x</v></c></row></sheetData></worksheet>
            """)
        #expect(sheet.rows.count == 2)
        #expect(sheet.rows[0].number == "2")
        #expect(sheet.rows[0].cells.map(\.reference) == ["B2", "C2", "D2"])
        #expect(sheet.rows[0].cells.map(\.value) == ["1", nil, "2"])
        #expect(sheet.rows[0].cells[1].inline == "inline")
        #expect(sheet.rows[1].number == nil)
    }

    @Test func malformedXMLIsAnErrorWithItsLine() {
        let mismatched = #expect(throws: WorkbookXML.ParseFailure.self) { try parse("<a>\n\n<b></a>") }
        #expect(mismatched?.line == 3)
        #expect(mismatched?.description == "malformed XML at line 3 (a closing tag that does not match the open one)")
        let unclosed = #expect(throws: WorkbookXML.ParseFailure.self) { try parse("<sst>\n<si><t>open</t></si>") }
        #expect(unclosed?.line == 2)
        #expect(throws: WorkbookXML.ParseFailure.self) { try parse("not xml") }
        #expect(throws: WorkbookXML.ParseFailure.self) { try parse("") }
        #expect(throws: WorkbookXML.ParseFailure.self) { try parse("<a></a><b/>") }
    }

    @Test func anEntityDefinedInTheDocumentIsNotExpandedFromOutside() throws {
        // An external entity would read a file from this machine: it must stay unread.
        let sheet = try parse(
            """
            <?xml version="1.0"?><!DOCTYPE sst [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <sst><si><t>&secret;</t></si></sst>
            """)
        #expect(sheet.sharedStrings.allSatisfy { !$0.contains("root:") })
    }

    @Test("a value written as 200,000 entities is read in one piece, in linear time")
    func manyEntities() throws {
        let sheet = try parse(
            "<worksheet><sheetData><row><c><v>" + String(repeating: "&amp;", count: 200_000)
                + "</v></c></row></sheetData></worksheet>")
        #expect(sheet.rows.first?.cells.first?.value?.count == 200_000)
        #expect(sheet.sawSheetData)
        #expect(try parse("<worksheet/>").sawSheetData == false)
    }

    @Test("an error cell (#N/A) reads as its text, for the number columns to report, not as blank")
    func errorCell() {
        let cell = WorkbookXML.Cell(reference: "K2", type: "e", value: "#N/A")
        #expect(WorkbookReader.text(of: cell, shared: []) == "#N/A")
    }
}
