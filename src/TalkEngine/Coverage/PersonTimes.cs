using System.Collections.Generic;
using TalkEngine.Demands;

namespace TalkEngine.Coverage;

/// <summary>Talks counted in person-times (人次): one per valid record, however many talks a person had.</summary>
/// <param name="Total">All valid records in the period.</param>
/// <param name="BySource">Per source with at least one record, in the order of <see cref="DemandSource"/>.</param>
public sealed record PersonTimes(int Total, IReadOnlyList<SourceCount> BySource)
{
    /// <summary>The person-times of one source; 0 when none.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The count.</returns>
    public int Of(DemandSource source)
    {
        foreach (var item in BySource)
        {
            if (item.Source == source)
            {
                return item.Count;
            }
        }

        return 0;
    }
}
