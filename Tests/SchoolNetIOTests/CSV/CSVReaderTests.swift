import Testing

@testable import SchoolNetIO

@Suite struct CSVReaderTests {
    @Test("quoted fields hold commas, doubled quotes and line breaks; records keep their start line")
    func quoting() {
        let (records, problems) = CSVReader.parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,1\n")
        #expect(problems.isEmpty)
        #expect(records.map(\.fields) == [["a", "b"], ["x, y", "say \"hi\""], ["two\nlines", "z"], ["last", "1"]])
        #expect(records.map(\.line) == [1, 2, 3, 5])
    }

    @Test("CRLF, lone CR and a missing final line end all work; blank lines are skipped")
    func lineEnds() {
        let (records, _) = CSVReader.parse("a,b\r\n1,2\r\n\r\n3,4\r5,6")
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]])
        #expect(records.map(\.line) == [1, 2, 4, 5])
    }

    @Test("empty fields and a quoted empty field on its own line are kept")
    func emptyFields() {
        let (records, _) = CSVReader.parse("a,,c\n\"\"\n")
        #expect(records.map(\.fields) == [["a", "", "c"], [""]])
    }

    @Test("a quote left open is reported at the line where it opened")
    func unterminated() {
        let (_, problems) = CSVReader.parse("a,b\n1,2\n3,\"never closed\n4,5\n")
        #expect(
            problems == [
                CSVSyntaxProblem(line: 3, message: "a quoted field opened on this line is never closed", isFatal: true)
            ])
    }

    @Test("text after a closing quote is reported")
    func strayText() {
        let (records, problems) = CSVReader.parse("a\n\"quoted\"tail\n")
        #expect(problems == [CSVSyntaxProblem(line: 2, message: "text after the closing quote of a field")])
        #expect(records[1].fields == ["quotedtail"])
    }

    @Test("a quote inside an unquoted field is text")
    func innerQuote() {
        let (records, problems) = CSVReader.parse("a\nSt Mary\"s\n")
        #expect(problems.isEmpty)
        #expect(records[1].fields == ["St Mary\"s"])
    }
}

@Suite struct TextDecodingTests {
    @Test("UTF-8 with and without a byte-order mark")
    func utf8() {
        #expect(TextDecoding.decode(Array("Zoë".utf8)) == ("Zoë", .utf8))
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Zoë".utf8)) == ("Zoë", .utf8WithBOM))
    }

    @Test("bytes that are not UTF-8 are read as Windows-1252")
    func windows1252() {
        // "Café – 50€" in Windows-1252: é = E9, en dash = 96, euro = 80.
        let bytes: [UInt8] = [0x43, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0x35, 0x30, 0x80]
        #expect(TextDecoding.decode(bytes) == ("Café – 50€", .windows1252))
    }

    @Test("a NUL or other control byte is found with its line; tab, CR, LF are text")
    func binary() {
        #expect(TextDecoding.firstBinaryByte(in: Array("a\tb\r\nc\n".utf8)) == nil)
        let found = TextDecoding.firstBinaryByte(in: Array("a\nb\nc\u{0}d".utf8))
        #expect(found?.line == 3)
        #expect(found?.byte == 0)
    }

    @Test("a quote or comma followed by a combining mark is quoted on writing and read back whole")
    func combiningMarks() {
        for field in ["a\"\u{0301}b", "a,\u{0301}b", "\"\u{05AF}"] {
            let line = CSVWriter.line(["1", field, "x"])
            #expect(line.hasPrefix("1,\""), "\(field)")
            #expect(CSVReader.parse(line).records.first?.fields == ["1", field, "x"], "\(field)")
        }
    }
}
