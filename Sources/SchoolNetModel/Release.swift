/// The release of schoolnet, in one place: `schoolnet --version` reports it, every JSON output
/// carries it as `schoolnet_version` and every report names it in its footer, beside the date
/// the answer describes, so a reader can tell which release made a file. `CHANGELOG.md` has a
/// section for each release, headed by this number.
public enum Release {
    /// The version number, as Semantic Versioning gives it.
    public static let version = "0.2.0"

    /// `schoolnet 0.2.0`: how the footer of a report names the release.
    public static var name: String { "schoolnet \(version)" }
}
