import FuzzDriver
import SchoolNetIO

/// Any bytes as an .xlsx workbook: the ZIP container, its XML parts, the landscape read from them.
@_cdecl("FuzzWorkbook_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { bytes in
        withTemporaryFile(bytes, named: "book.xlsx") { path in
            _ = LandscapeWorkbook.read(path: path, mode: .lenient)
        }
    }
}
