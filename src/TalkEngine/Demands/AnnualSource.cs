using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>The annual round: one demand per party or administrative head of the unit kinds in scope, 一肩挑 counted once.</summary>
internal static class AnnualSource
{
    public static void Generate(DemandContext ctx)
    {
        var policy = ctx.Options.Annual;
        if (!policy.Enabled)
        {
            return;
        }

        var plan = ctx.Request.PlanPeriod;
        var kinds = new HashSet<string>(policy.UnitKinds, StringComparer.Ordinal);
        var units = ctx.Org.Units.Where(u => kinds.Contains(u.Kind.Code)).Select(u => u.Id);
        var byReferenceDate = policy.Basis == AnnualBasis.ReferenceDate;
        var reference = ctx.Request.EffectiveReferenceDate;
        var heads = ctx.HeadsDuring(units, byReferenceDate ? new DateInterval(reference, reference) : plan);
        var year = plan.Start.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

        var styleReasons = new Dictionary<(string Code, TalkStyle Style), Reason>();
        foreach (var (person, posts, tenure) in heads)
        {
            var unitId = posts[0].UnitId;
            PersonStatus? blocking;
            if (byReferenceDate)
            {
                var status = person.StatusRecordOn(reference);
                blocking = status is not null && ctx.IsExcludedStatus(status.Kind) ? status : null;
            }
            else
            {
                blocking = ctx.UnreachableOver(person, tenure);
            }

            if (blocking is not null)
            {
                ctx.Exclude(person, unitId, DemandSource.Annual, blocking);
                continue;
            }

            var newlyAppointed = byReferenceDate
                ? person.StatusOn(reference) == PersonStatusKind.NewlyAppointed
                : person.StatusesDuring(plan).Any(s => s.Kind == PersonStatusKind.NewlyAppointed);
            var style = newlyAppointed ? policy.NewlyAppointedStyle : policy.Style;
            var both = posts.Any(p => p.Role == PostRole.AdministrativeHead) && posts.Any(p => p.Role == PostRole.PartySecretary);
            var code = (newlyAppointed, both) switch
            {
                (true, true) => DemandsTexts.AnnualNewlyAppointedBothPosts,
                (true, false) => DemandsTexts.AnnualNewlyAppointed,
                (false, true) => DemandsTexts.AnnualBothPosts,
                _ => DemandsTexts.Annual,
            };
            // A handful of (code, style) pairs for the whole round: one shared reason each.
            if (!styleReasons.TryGetValue((code, style), out var styleReason))
            {
                styleReason = Reason.Of(code, "style", Codes.Of(style));
                styleReasons.Add((code, style), styleReason);
            }

            ctx.Add($"annual-{year}-{person.Id}", person, unitId, DemandSource.Annual, plan, style, styleReason, ctx.PostEvidence(posts));
        }
    }
}
