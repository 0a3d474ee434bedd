/// How the structures of a synthetic landscape overlap.
public enum SyntheticShape: String, Enumeration {
    /// Each local cluster is a block of primaries and no school is in two clusters: many schools
    /// then share exactly the same structures, so whole clusters are structurally identical
    /// (twins), which flatters measures that compress twins.
    case partitioned
    /// Clusters drawn around places, each primary joining the nearest one and often the second
    /// and third nearest, most other schools joining one or two nearby clusters, and small
    /// cross-border partnerships: few schools share exactly the same structures, so twins are
    /// rare. The benchmark family on which compression cannot help much.
    case overlapping
}
