using System;
using System.Collections.Generic;
using System.Linq;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>Special governance drives: talks with the heads of the units in scope (with sub-units) and the holders of the sensitive posts named.</summary>
internal static class GovernanceSource
{
    public static void Generate(DemandContext ctx)
    {
        var policy = ctx.Options.Governance;
        if (!policy.Enabled)
        {
            return;
        }

        foreach (var drive in ctx.Request.GovernanceDrives.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var byPerson = new Dictionary<string, (Person Person, List<Post> Posts, NodaTime.DateInterval Window)>(StringComparer.Ordinal);
            foreach (var unitId in WithDescendants(ctx.Org, drive.UnitIds))
            {
                foreach (var post in ctx.Org.HeadsOf(unitId))
                {
                    ctx.AddHolder(byPerson, post, drive.Window);
                }
            }

            if (drive.SensitivePosts.Count > 0)
            {
                var names = new HashSet<string>(drive.SensitivePosts, StringComparer.Ordinal);
                foreach (var post in ctx.SensitivePosts)
                {
                    if (names.Contains(post.SensitivePost!))
                    {
                        ctx.AddHolder(byPerson, post, drive.Window);
                    }
                }
            }

            // The same for everyone in the drive: built once per drive, not per person.
            var driveEvidence = new DemandEvidence("governance-drive", Reason.Of(DemandsTexts.GovernanceDrive, "drive", drive.Name), null, drive.Id);
            var reason = Reason.Of(DemandsTexts.Governance, "drive", drive.Name, "style", Codes.Of(policy.Style));
            var idPrefix = "governance-" + drive.Id + "-";
            foreach (var (person, posts, tenure) in DemandContext.Sorted(byPerson))
            {
                var blocking = ctx.UnreachableOver(person, tenure);
                if (blocking is not null)
                {
                    ctx.Exclude(person, posts[0].UnitId, DemandSource.SpecialGovernance, blocking);
                    continue;
                }

                var evidence = new List<DemandEvidence>(posts.Count + 1) { driveEvidence };
                evidence.AddRange(ctx.PostEvidence(posts.Distinct()));
                ctx.Add(idPrefix + person.Id, person, posts[0].UnitId, DemandSource.SpecialGovernance, tenure, policy.Style, reason, evidence);
            }
        }
    }

    /// <summary>The units listed and all their descendants, each once, in a deterministic order.</summary>
    public static List<string> WithDescendants(Roster org, IEnumerable<string> roots)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        var stack = new Stack<string>(roots.Reverse());
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (!seen.Add(id))
            {
                continue;
            }

            result.Add(id);
            var children = org.ChildrenOf(id);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i].Id);
            }
        }

        return result;
    }
}
