import FuzzDriver
import SchoolNetIO

/// Any bytes as a GIAS extract of any kind, recognised by its header, imported whole and
/// restricted to an authority.
@_cdecl("FuzzGIAS_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { bytes in
        withTemporaryFile(bytes, named: "extract.csv") { path in
            _ = GIASImporter.run(paths: [path], localAuthorities: ["Surrey"])
        }
    }
}
