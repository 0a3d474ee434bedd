import FuzzDriver
import SchoolNetIO

/// Any bytes as a landscape JSON file, strict and lenient.
@_cdecl("FuzzJSON_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { bytes in
        withTemporaryFile(bytes, named: "landscape.json") { path in
            _ = LandscapeJSON.read(path: path)
            _ = LandscapeJSON.read(path: path, mode: .lenient)
        }
    }
}
