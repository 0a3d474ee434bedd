import Foundation
import ZIPFoundation

/// Writes sheets of text as an Office Open XML workbook (`.xlsx`) that Excel, LibreOffice and
/// openpyxl open: the fewest parts a workbook needs (content types, relationships, the workbook,
/// one part per sheet, and a style sheet whose second style is bold for header rows), every cell
/// an inline string, zipped through ZIPFoundation. The bytes depend on the sheets alone (every
/// entry carries the same fixed date), so the same sheets give the same file.
///
/// - Complexity: O(total length of the cells).
public enum WorkbookWriter {
    /// One sheet: its name, its rows of cells, and whether the first row is a bold header.
    public struct Sheet: Sendable {
        public var name: String
        public var rows: [[String]]
        public var boldFirstRow: Bool

        public init(name: String, rows: [[String]], boldFirstRow: Bool = true) {
            self.name = name
            self.rows = rows
            self.boldFirstRow = boldFirstRow
        }
    }

    public static func bytes(_ sheets: [Sheet]) throws -> [UInt8] {
        var parts: [(String, String)] = []
        let namespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        parts.append(
            (
                "[Content_Types].xml",
                header
                    + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
                    + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
                    + #"<Default Extension="xml" ContentType="application/xml"/>"#
                    + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
                    + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
                    + sheets.indices.map {
                        #"<Override PartName="/xl/worksheets/sheet\#($0 + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
                    }.joined() + "</Types>"
            ))
        parts.append(
            (
                "_rels/.rels",
                header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
                    + #"<Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/>"#
                    + "</Relationships>"
            ))
        parts.append(
            (
                "xl/workbook.xml",
                header + #"<workbook xmlns="\#(namespace)" xmlns:r="\#(relationships)"><sheets>"#
                    + sheets.enumerated().map { n, sheet in
                        #"<sheet name="\#(XMLText.escape(sheet.name))" sheetId="\#(n + 1)" r:id="rId\#(n + 1)"/>"#
                    }.joined() + "</sheets></workbook>"
            ))
        parts.append(
            (
                "xl/_rels/workbook.xml.rels",
                header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
                    + sheets.indices.map {
                        #"<Relationship Id="rId\#($0 + 1)" Type="\#(relationships)/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"#
                    }.joined()
                    + #"<Relationship Id="rId\#(sheets.count + 1)" Type="\#(relationships)/styles" Target="styles.xml"/>"#
                    + "</Relationships>"
            ))
        parts.append(
            (
                "xl/styles.xml",
                header + #"<styleSheet xmlns="\#(namespace)">"#
                    + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
                    + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
                    + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
                    + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
                    + #"<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#
                    + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
                    + "</styleSheet>"
            ))
        for (n, sheet) in sheets.enumerated() {
            var xml = header + #"<worksheet xmlns="\#(namespace)"><sheetData>"#
            for (r, row) in sheet.rows.enumerated() {
                xml += #"<row r="\#(r + 1)">"#
                for (c, text) in row.enumerated() where !text.isEmpty {
                    let style = sheet.boldFirstRow && r == 0 ? #" s="1""# : ""
                    xml +=
                        #"<c r="\#(WorkbookReader.columnLetters(c))\#(r + 1)"\#(style) t="inlineStr"><is><t xml:space="preserve">\#(XMLText.escape(text))</t></is></c>"#
                }
                xml += "</row>"
            }
            parts.append(("xl/worksheets/sheet\(n + 1).xml", xml + "</sheetData></worksheet>"))
        }

        let archive = try Archive(data: Data(), accessMode: .create)
        // 1 January 1980 at noon, in every time zone the same DOS date: the earliest ZIP can hold.
        let date = Date(timeIntervalSince1970: 315_576_000)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw WorkbookReader.Failure.notAWorkbook("could not be written") }
        return [UInt8](data)
    }
}
