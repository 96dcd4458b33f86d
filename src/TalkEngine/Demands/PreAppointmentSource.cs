using System;
using System.Linq;
using NodaTime;
using TalkEngine.Organization;

namespace TalkEngine.Demands;

/// <summary>Pre-appointment talks in the days before an appointment takes effect.</summary>
internal static class PreAppointmentSource
{
    public static void Generate(DemandContext ctx)
    {
        var policy = ctx.Options.PreAppointment;
        if (!policy.Enabled)
        {
            return;
        }

        var ordered = ctx.Request.Appointments
            .OrderBy(a => a.EffectiveDate).ThenBy(a => a.UnitId, StringComparer.Ordinal).ThenBy(a => RoleCode(a.Role), StringComparer.Ordinal).ThenBy(a => a.PersonId, StringComparer.Ordinal);
        foreach (var appointment in ordered)
        {
            var person = ctx.Org.FindPerson(appointment.PersonId)!;
            var window = new DateInterval(SafeDates.PlusDaysClamped(appointment.EffectiveDate, -policy.DaysBefore), SafeDates.PlusDaysClamped(appointment.EffectiveDate, -1));
            var blocking = ctx.UnreachableOver(person, window);
            if (blocking is not null)
            {
                ctx.Exclude(person, appointment.UnitId, DemandSource.PreAppointment, blocking);
                continue;
            }

            var post = Reason.Of(DemandsTexts.Appointment, "unit", ctx.UnitName(appointment.UnitId), "role", Codes.Of(appointment.Role), "date", DemandContext.Date(appointment.EffectiveDate));
            var reason = Reason.Of(DemandsTexts.PreAppointment, "style", Codes.Of(policy.Style));
            var id = $"appointment-{DemandContext.Date(appointment.EffectiveDate)}-{appointment.UnitId}-{RoleCode(appointment.Role)}-{person.Id}";
            ctx.Add(id, person, appointment.UnitId, DemandSource.PreAppointment, window, policy.Style, reason,
                new[] { new DemandEvidence("appointment", post, null, appointment.UnitId) },
                ctx.SoleLeaderWith(policy.RequiredRole), policy.RequiredRole);
        }
    }

    private static string RoleCode(PostRole role) => role switch
    {
        PostRole.AdministrativeHead => "admin-head",
        PostRole.PartySecretary => "party-secretary",
        _ => "deputy",
    };
}
