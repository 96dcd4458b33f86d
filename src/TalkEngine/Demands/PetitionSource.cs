using System;
using System.Linq;
using NodaTime;

namespace TalkEngine.Demands;

/// <summary>Petition investigations: an admonition or warning talk within a window after the conclusion.</summary>
internal static class PetitionSource
{
    public static void Generate(DemandContext ctx)
    {
        var policy = ctx.Options.Petition;
        if (!policy.Enabled)
        {
            return;
        }

        foreach (var petition in ctx.Request.Petitions.OrderBy(p => p.CaseNumber, StringComparer.Ordinal))
        {
            var person = ctx.Org.FindPerson(petition.SubjectId)!;
            var unitId = UnitOf(ctx, petition)!;
            var window = new DateInterval(petition.ConcludedOn, SafeDates.PlusDaysClamped(petition.ConcludedOn, policy.WindowDays - 1));
            var blocking = ctx.UnreachableOver(person, window);
            if (blocking is not null)
            {
                ctx.Exclude(person, unitId, DemandSource.Petition, blocking);
                continue;
            }

            var (style, code) = petition.Finding switch
            {
                PetitionFinding.ProblemsFound => (TalkStyle.Admonition, DemandsTexts.PetitionSubstantiated),
                PetitionFinding.MinorProblems => (TalkStyle.Warning, DemandsTexts.PetitionMinorProblems),
                _ => (TalkStyle.Warning, DemandsTexts.PetitionNotSubstantiated),
            };
            var reason = Reason.Of(code, "case", petition.CaseNumber);
            var evidence = new[]
            {
                new DemandEvidence("petition-case", Reason.Of(DemandsTexts.PetitionCase, "summary", petition.Summary), null, petition.CaseNumber),
            };
            ctx.Add($"petition-{petition.CaseNumber}-{person.Id}", person, unitId, DemandSource.Petition, window, style, reason, evidence, ctx.SoleLeaderWith(policy.RequiredRole), policy.RequiredRole);
        }
    }

    /// <summary>The case's unit, else the subject's first head post on the conclusion day, else first head post, else first post.</summary>
    public static string? UnitOf(DemandContext ctx, PetitionCase petition)
    {
        if (petition.UnitId is not null)
        {
            return petition.UnitId;
        }

        var posts = ctx.Org.PostsOf(petition.SubjectId);
        return (posts.FirstOrDefault(p => p.IsHeadPost && p.IsHeldOn(petition.ConcludedOn))
            ?? posts.FirstOrDefault(p => p.IsHeadPost)
            ?? posts.FirstOrDefault())?.UnitId;
    }
}
