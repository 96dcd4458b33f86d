using NodaTime;

namespace TalkEngine.Scheduling;

/// <summary>A talk with its start, end and room.</summary>
/// <param name="TalkId">The talk.</param>
/// <param name="LeaderId">Its leader.</param>
/// <param name="SubjectId">Its subject.</param>
/// <param name="Start">When it starts.</param>
/// <param name="End">When it ends.</param>
/// <param name="RoomId">Its room (in person, when rooms are planned), or null.</param>
public sealed record TimedTalk(string TalkId, string LeaderId, string SubjectId, ZonedDateTime Start, ZonedDateTime End, string? RoomId);
