/// How the bundle reader treats a row with a problem.
public enum LoadMode: Sendable {
    /// Any problem fails the load (the default).
    case strict
    /// A problem in an optional cell leaves that cell unknown and keeps the row; a row that
    /// cannot stand (no URN, a duplicate, an unknown reference) is skipped. Each is listed as a
    /// warning, and ``LandscapeLoad/leniencyNote`` counts them. Problems that leave nothing to
    /// load (no schools file, no `urn` column) still fail.
    case lenient
}
