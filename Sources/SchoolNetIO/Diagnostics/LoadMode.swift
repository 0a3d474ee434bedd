/// How the bundle reader treats a row with a problem.
public enum LoadMode: Sendable {
    /// Any problem fails the load (the default).
    case strict
    /// Rows with problems are skipped, each listed as a warning; the rest is loaded. Problems
    /// that leave nothing to load (no schools file, no `urn` column) still fail.
    case lenient
}
