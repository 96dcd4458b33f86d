using System;

namespace TalkEngine.Balancing.Solver;

/// <summary>
/// One connected component of the aggregated problem: subject types (subjects with the same
/// eligible list, preferred list and previous talker, with a count) against talkers. Arcs go
/// type → eligible talker, ordered by type then talker; each carries its secondary cost
/// (preferred miss × <see cref="MissMultiplier"/> + change).
/// </summary>
internal sealed class FlowComponent
{
    public int TypeCount;
    public int TalkerCount;
    public int SubjectCount;
    public int[] TypeSupply = [];
    public int[] TypeArcStart = []; // TypeCount + 1
    public int[] ArcType = [];
    public int[] ArcTalker = [];    // local talker index
    public long[] ArcSecondary = [];
    public int[] TalkerArcStart = []; // TalkerCount + 1, transpose
    public int[] TalkerArcs = [];
    public int[] BaseLoad = [];     // fixed load counted per local talker
    public int[] LoadLimit = [];    // most counted load, int.MaxValue for none
    public long[] Scale = [];       // L / weight per local talker
    public long MissMultiplier;
    public long Primary;            // Q: the multiplier that makes the spread dominate

    // Results
    public int[] Flow = [];
    public int[] Remaining = [];
    public int[] Load = [];
    public bool CertificateVerified;
    public long LowerBoundSpread;   // Σ scale·(load² − base²) implied by the dual bound
    public long LowerBoundMisses;
    public long LowerBoundChanges;
    public int Phases;
}
