import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The few elements of a workbook's XML parts that the reader needs, read as a stream with
/// Foundation's `XMLParser` (libxml2 underneath): no tree is built, so a part is read in time and
/// memory proportional to its size. External entities are never resolved.
///
/// - `workbook.xml`: each `<sheet name=… r:id=…>`.
/// - `workbook.xml.rels`: each `<Relationship Id=… Target=…>`.
/// - `sharedStrings.xml`: each `<si>` as its text, the `<t>` directly inside it or inside its rich
///   text runs (`<r>`); phonetic guides (`<rPh>`) are not part of the text.
/// - a worksheet: each `<row r=…>` inside `<sheetData>` with its cells `<c r=… t=…>`, their value
///   `<v>` and inline string `<is>`.
///
/// - Complexity: O(size of the part).
final class WorkbookXML: NSObject, XMLParserDelegate {
    struct SheetReference: Equatable {
        var name: String
        var relationship: String
    }

    struct Relationship: Equatable {
        var id: String
        var target: String
    }

    struct Cell: Equatable {
        var reference: String?
        var type: String?
        var value: String?
        var inline: String?
    }

    struct Row: Equatable {
        var number: String?
        var cells: [Cell]
    }

    private(set) var sheets: [SheetReference] = []
    private(set) var relationships: [Relationship] = []
    private(set) var sharedStrings: [String] = []
    private(set) var rows: [Row] = []
    /// Whether the part had a `<sheets>` (a workbook) or a `<sheetData>` (a worksheet): a part
    /// without the one it must have is damaged, not empty.
    private(set) var sawSheets = false
    private(set) var sawSheetData = false

    /// The open elements, innermost last.
    private var path: [String] = []
    private var text: String?
    private var cell: Cell?
    private var row: Row?

    /// Reads `data`; throws where it is not well-formed XML, with the line and libxml2's error.
    ///
    /// Foundation's parser on Linux can report success after an error (a mismatched tag) or at a
    /// document that ends with elements still open, so both are checked here.
    static func parse(_ data: Data) throws -> WorkbookXML {
        let reader = WorkbookXML()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        let succeeded = parser.parse()
        if let failure = reader.failure { throw failure }
        if !succeeded || parser.parserError != nil {
            throw ParseFailure(line: parser.lineNumber, code: (parser.parserError as NSError?)?.code)
        }
        if !reader.path.isEmpty {
            throw ParseFailure(line: parser.lineNumber, code: nil, reason: "<\(reader.path.last!)> is never closed")
        }
        if !reader.sawElement { throw ParseFailure(line: 1, code: nil, reason: "no element") }
        return reader
    }

    struct ParseFailure: Error, CustomStringConvertible {
        var line: Int
        var code: Int?
        var reason: String?

        init(line: Int, code: Int?, reason: String? = nil) {
            self.line = line
            self.code = code
            self.reason = reason ?? code.map(Self.meaning)
        }

        var description: String { "malformed XML at line \(line)" + (reason.map { " (\($0))" } ?? "") }

        /// The libxml2 errors a damaged part gives most often, in words; others by number.
        static func meaning(_ code: Int) -> String {
            switch code {
            case 1: "beyond a limit of the XML reader, such as a text of over 10 million characters"
            case 4: "the document is empty or not XML"
            case 5: "extra content after the document's end"
            case 9: "a character XML does not allow"
            case 26: "an entity that is not defined"
            case 38: "a '<' inside an attribute's value"
            case 41: "an attribute without a value"
            case 73: "a tag not closed by '>'"
            case 76: "a closing tag that does not match the open one"
            case 77: "the document ends inside an element"
            default: "libxml2 error \(code)"
            }
        }
    }

    private var failure: ParseFailure?
    private var sawElement = false

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if failure == nil { failure = ParseFailure(line: parser.lineNumber, code: (parseError as NSError).code) }
        parser.abortParsing()
    }

    /// The element's local name: `x:row` and `row` are the same element.
    private static func local(_ name: String) -> String {
        name.lastIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    /// An attribute by local name (`r:id` answers for `id`).
    private static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { local($0.key) == name }?.value
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let name = Self.local(elementName)
        let parent = path.last
        path.append(name)
        sawElement = true
        switch name {
        case "sheets":
            sawSheets = true
        case "sheetData":
            sawSheetData = true
        case "sheet" where parent == "sheets":
            sheets.append(
                SheetReference(
                    name: attributes["name"] ?? "", relationship: Self.attribute("id", in: attributes) ?? ""))
        case "Relationship":
            relationships.append(Relationship(id: attributes["Id"] ?? "", target: attributes["Target"] ?? ""))
        case "si" where parent == "sst":
            text = ""
        case "row" where parent == "sheetData":
            row = Row(number: attributes["r"], cells: [])
        case "c" where parent == "row" && row != nil:
            cell = Cell(reference: attributes["r"], type: attributes["t"])
        case "is" where parent == "c" && cell != nil:
            text = ""
        default:
            break
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        let name = Self.local(elementName)
        guard !path.isEmpty else { return }
        path.removeLast()
        switch name {
        case "si" where path.last == "sst":
            sharedStrings.append(text ?? "")
            text = nil
        case "is" where cell != nil && path.last == "c":
            cell?.inline = text ?? ""
            text = nil
        case "c" where cell != nil && path.last == "row":
            if let cell { row?.cells.append(cell) }
            cell = nil
        case "row" where row != nil && path.last == "sheetData":
            if let row { rows.append(row) }
            row = nil
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        append(string)
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        append(String(decoding: block, as: UTF8.self))
    }

    /// Characters count where they are a string's text (`<t>` in `<si>` or `<is>`, directly or in
    /// a run) or a cell's value (`<v>`).
    private func append(_ string: String) {
        guard let innermost = path.last else { return }
        if innermost == "t", text != nil, !path.contains("rPh") {
            text?.append(string)
        } else if innermost == "v", path.dropLast().last == "c", cell != nil {
            // In place: libxml2 hands text over in pieces (one per entity), and rebuilding the
            // value at each would take time quadratic in its length.
            if cell?.value == nil { cell?.value = "" }
            cell?.value?.append(string)
        }
    }
}
