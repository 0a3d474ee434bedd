import Testing

@testable import SchoolNetCLI

@Suite struct ShellWordTests {
    @Test("commands quote a word only when the shell needs it")
    func quoting() {
        #expect(ShellWord.quoted("Examples/demo-landscape") == "Examples/demo-landscape")
        #expect(ShellWord.quoted("Bradford") == "Bradford")
        #expect(ShellWord.quoted("Kingston upon Hull") == "'Kingston upon Hull'")
        #expect(ShellWord.quoted("St Mary's") == #"'St Mary'\''s'"#)
    }
}
