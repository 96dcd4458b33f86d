namespace TalkEngine.Samples.ConsoleApp.Example;

// The JSON shape of a roster file (Data/example-2017.json). Every member is nullable so that the
// loader can report every missing field at once, with its path, instead of failing on the first.
#pragma warning disable CA1812 // Instantiated by System.Text.Json.
internal sealed class DatasetDto
{
    public string? Name { get; set; }
    public IntervalDto? Period { get; set; }
    public List<string?>? Sources { get; set; }
    public List<UnitDto?>? Units { get; set; }
    public List<PersonDto?>? People { get; set; }
    public List<PostDto?>? Posts { get; set; }
    public List<LeaderDto?>? Leaders { get; set; }
    public List<InspectionRoundDto?>? InspectionRounds { get; set; }
    public SurveyDto? Survey { get; set; }
    public List<RecordDto?>? Records { get; set; }
    public List<string?>? ReportsReceived { get; set; }
}

internal sealed class IntervalDto
{
    public string? Start { get; set; }
    public string? End { get; set; }
}

internal sealed class UnitDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? ParentId { get; set; }
    public string? RiskLevel { get; set; }
    public List<string?>? SensitivePosts { get; set; }
}

internal sealed class PersonDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public List<StatusDto?>? Statuses { get; set; }
}

internal sealed class StatusDto
{
    public string? Kind { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Note { get; set; }
}

internal sealed class PostDto
{
    public string? UnitId { get; set; }
    public string? Role { get; set; }
    public string? HolderId { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
}

internal sealed class LeaderDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Title { get; set; }
    public List<string?>? Roles { get; set; }
    public List<string?>? SupervisedUnitIds { get; set; }
}

internal sealed class InspectionRoundDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public List<string?>? InspectedUnitIds { get; set; }
    public string? TeamLeaderId { get; set; }
    public IntervalDto? OnSite { get; set; }
    public List<PersonScoreDto?>? Scores { get; set; }
}

internal sealed class PersonScoreDto
{
    public string? PersonId { get; set; }
    public decimal? Score { get; set; }
}

internal sealed class SurveyDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public int? Year { get; set; }
    public List<UnitScoreDto?>? Scores { get; set; }
}

internal sealed class UnitScoreDto
{
    public string? UnitId { get; set; }
    public decimal? Score { get; set; }
}

internal sealed class RecordDto
{
    public string? Id { get; set; }
    public string? Date { get; set; }
    public string? SubjectId { get; set; }
    public List<string?>? TalkerIds { get; set; }
    public string? RecorderId { get; set; }
    public string? Source { get; set; }
    public string? Style { get; set; }
    public string? Mode { get; set; }
    public string? DemandId { get; set; }
    public string? UnitId { get; set; }
    public List<string?>? Topics { get; set; }
    public List<string?>? ProblemsFound { get; set; }
    public List<CommitmentDto?>? Commitments { get; set; }
    public List<PracticeDto?>? GoodPractices { get; set; }
}

internal sealed class CommitmentDto
{
    public string? Description { get; set; }
    public string? DueDate { get; set; }
}

internal sealed class PracticeDto
{
    public string? Theme { get; set; }
    public string? Description { get; set; }
}
#pragma warning restore CA1812
