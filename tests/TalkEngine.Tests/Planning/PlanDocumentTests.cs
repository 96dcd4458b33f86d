using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using NodaTime;
using NodaTime.Testing;
using TalkEngine.Balancing;
using TalkEngine.Demands;
using TalkEngine.Organization;
using TalkEngine.Planning;
using TalkEngine.Records;
using TalkEngine.Samples.ConsoleApp.Example;

namespace TalkEngine.Tests.Planning;

/// <summary>The plan document: its lifecycle, its milestones, re-planning, and its JSON round trip.</summary>
public sealed class PlanDocumentTests
{
    private static readonly Lazy<ExampleDataset> Dataset = new(() => ExampleDatasetLoader.Load(FindDataset()));
    private static readonly IClock AfterTheYear = new FakeClock(Instant.FromUtc(2018, 1, 15, 2, 0));
    private static readonly Lazy<(TalkPlanner Planner, PlanDocument Draft)> Draft2017 = new(() =>
    {
        var planner = Planner2017();
        return (planner, planner.Draft(Input2017(), new LocalDate(2017, 8, 1), note: "征求意见稿"));
    });

    private static LocalDate D(int month, int day) => new(2017, month, day);

    [Fact]
    public void ActionsAllowedIn_EveryState_IsWhatADocumentInThatStateAllows()
    {
        var (_, draft) = Draft2017.Value;
        var documents = new[] { draft, draft.SendForConsultation(D(8, 2)) };
        documents = [.. documents, documents[1].Approve(D(8, 15))];
        documents = [.. documents, documents[2].Start(D(9, 1))];
        documents = [.. documents, documents[3].Close(D(12, 29))];

        documents.Select(d => d.State).Should().Equal(Enum.GetValues<PlanState>());
        documents.Should().OnlyContain(d => PlanDocument.ActionsAllowedIn(d.State).SequenceEqual(d.AllowedActions));
        var unknown = () => PlanDocument.ActionsAllowedIn((PlanState)99);
        unknown.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("state");
    }

    [Fact]
    public void Lifecycle_DraftToClosed_RecordsEveryStepAndComment()
    {
        var (_, draft) = Draft2017.Value;
        draft.State.Should().Be(PlanState.Draft);
        draft.Version.Should().Be(1);
        draft.AllowedActions.Should().Equal(PlanAction.SendForConsultation, PlanAction.Replan);

        var sent = draft.SendForConsultation(D(8, 2));
        sent.State.Should().Be(PlanState.InConsultation);
        sent.Consulted.Should().Equal(Dataset.Value.Roster.Leaders.Select(l => l.Id));
        var first = sent.Consulted[0];
        var second = sent.Consulted[1];
        var commented = sent.Comment(first, D(8, 7), "增加对新任职干部的提醒").Comment(second, D(8, 9), "同意");
        commented.Comments.Select(c => (c.LeaderId, c.Date, c.Version)).Should().Equal((first, D(8, 7), 1), (second, D(8, 9), 1));
        commented.AwaitingComments().Should().HaveCount(sent.Consulted.Count - 2).And.NotContain(first);

        var closed = commented.Approve(D(8, 15)).Start(D(9, 1)).Close(D(12, 29));
        closed.State.Should().Be(PlanState.Closed);
        closed.AllowedActions.Should().BeEmpty();
        closed.History.Should().Equal(
            new PlanStateChange(PlanState.Draft, PlanState.InConsultation, D(8, 2)),
            new PlanStateChange(PlanState.InConsultation, PlanState.Approved, D(8, 15)),
            new PlanStateChange(PlanState.Approved, PlanState.InProgress, D(9, 1)),
            new PlanStateChange(PlanState.InProgress, PlanState.Closed, D(12, 29)));
        draft.State.Should().Be(PlanState.Draft, "a step returns a new document");
    }

    [Fact]
    public void Approve_Draft_ThrowsNamingTheStateAndTheAllowedSteps()
    {
        var (_, draft) = Draft2017.Value;
        var ex = FluentActions.Invoking(() => draft.Approve(D(8, 3))).Should().Throw<PlanActionException>().Which;
        ex.ErrorCode.Should().Be("planning.action-not-allowed");
        ex.State.Should().Be(PlanState.Draft);
        ex.Action.Should().Be(PlanAction.Approve);
        ex.Allowed.Should().Equal(PlanAction.SendForConsultation, PlanAction.Replan);
        ex.Message.Should().Be("The plan is draft, so it cannot approve; allowed next steps: send for consultation, re-plan.");
        ex.Render(TextRenderer.SimplifiedChinese).Should().Be("计划当前为“草稿”状态，不能“批准”；此时可以：发送征求意见、调整计划。");
    }

    [Fact]
    public void Replan_ClosedDocument_ThrowsWithNothingAllowed()
    {
        var (planner, draft) = Draft2017.Value;
        var closed = draft.SendForConsultation(D(8, 2)).Approve(D(8, 15)).Start(D(9, 1)).Close(D(12, 29));
        var ex = FluentActions.Invoking(() => planner.Replan(closed, Input2017(), D(12, 30))).Should().Throw<PlanActionException>().Which;
        ex.Allowed.Should().BeEmpty();
        ex.Render(TextRenderer.English).Should().Contain("closed").And.Contain("nothing more");
        ex.Render(TextRenderer.English).Should().NotMatchRegex(@"\p{IsCJKUnifiedIdeographs}");
        FluentActions.Invoking(() => closed.WithRecords([])).Should().Throw<PlanActionException>();
    }

    [Fact]
    public void Comment_ByALeaderNotConsultedOrBeforeTheDraftWasSent_Throws()
    {
        var (_, draft) = Draft2017.Value;
        var sent = draft.SendForConsultation(D(8, 2), [Dataset.Value.Roster.Leaders[0].Id]);
        FluentActions.Invoking(() => sent.Comment(Dataset.Value.Roster.Leaders[1].Id, D(8, 3), "x")).Should().Throw<ArgumentException>().WithParameterName("leaderId");
        FluentActions.Invoking(() => sent.Comment(Dataset.Value.Roster.Leaders[0].Id, D(8, 1), "x")).Should().Throw<ArgumentException>().WithParameterName("date");
        FluentActions.Invoking(() => draft.Comment(Dataset.Value.Roster.Leaders[0].Id, D(8, 3), "x")).Should().Throw<PlanActionException>().Which.State.Should().Be(PlanState.Draft);
        FluentActions.Invoking(() => draft.SendForConsultation(D(8, 2), ["nobody"])).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Milestones_Example2017_FollowTheAccountOnWorkingDays()
    {
        var (planner, draft) = Draft2017.Value;
        var m = draft.Milestones!;
        m.DraftReady.Should().Be(D(8, 1));
        m.ConsultationEnds.Should().Be(D(8, 15));
        m.TemplateSent.Should().Be(D(8, 18));
        m.ReportsDue.Should().Be(D(9, 8));
        m.MaterialsForwarded.Should().Be(D(9, 13));
        (m.TalkWindow.Start, m.TalkWindow.End).Should().Be((D(9, 14), D(12, 22)));
        m.SummaryDue.Should().Be(D(12, 29));
        var calendar = TalkEngine.Calendar.WorkingCalendar.MainlandChina;
        new[] { m.DraftReady, m.ConsultationEnds, m.TemplateSent, m.ReportsDue, m.MaterialsForwarded, m.TalkWindow.Start, m.TalkWindow.End, m.SummaryDue }
            .Should().OnlyContain(d => calendar.IsWorkingDay(d));

        // The annual talks (they need a written report) are scheduled inside the talk window; inspection and survey talks keep their windows.
        var annual = draft.Plan.Talks.Where(t => t.Source == DemandSource.Annual).Select(t => t.DemandId).ToHashSet();
        annual.Should().NotBeEmpty();
        draft.Schedule!.Days.Talks.Where(t => annual.Contains(t.TalkId)).Should().NotBeEmpty().And.OnlyContain(t => m.TalkWindow.Contains(t.Date));
        draft.Schedule.Days.Talks.Where(t => !annual.Contains(t.TalkId)).Should().Contain(t => !m.TalkWindow.Contains(t.Date));

        var later = planner.Milestones(Dataset.Value.Period, new PlanningOptions { DraftMonth = 9 });
        later.DraftReady.Should().Be(D(9, 1));
        later.TalkWindow.Start.Should().BeGreaterThan(m.TalkWindow.Start);
    }

    [Fact]
    public void Milestones_InvalidSettings_ReportEveryProblem()
    {
        var (planner, _) = Draft2017.Value;
        var ex = FluentActions.Invoking(() => planner.Milestones(Dataset.Value.Period, new PlanningOptions { DraftMonth = 13, ConsultationWorkingDays = 0, ForwardWorkingDays = -1 }))
            .Should().Throw<TalkEngineValidationException>().Which;
        ex.ErrorCode.Should().Be("planning.milestones");
        ex.Problems.Select(p => p.Path).Should().Equal("TalkEngine:Planning:DraftMonth", "TalkEngine:Planning:ConsultationWorkingDays", "TalkEngine:Planning:ForwardWorkingDays");

        FluentActions.Invoking(() => planner.Milestones(Dataset.Value.Period, new PlanningOptions { DraftMonth = 12 }))
            .Should().Throw<TalkEngineValidationException>().Which.Problems.Single().Code.Should().Be("planning.milestones-no-talk-window");
        FluentActions.Invoking(() => new PlanMilestones(D(8, 2), D(8, 1), D(8, 3), D(8, 4), D(8, 5), new DateInterval(D(9, 1), D(12, 1)), D(12, 2)))
            .Should().Throw<ArgumentException>().WithParameterName("consultationEnds");
    }

    [Fact]
    public void Milestones_FromConfiguration_TheHostsSectionIsUsedAndCheckedAtStart()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["TalkEngine:Planning:DraftMonth"] = "7", ["TalkEngine:Planning:ReportWorkingDays"] = "20" })
            .Build();
        var services = new ServiceCollection();
        services.AddTalkEngine(configuration.GetSection(TalkEngineOptions.SectionName));
        using (var provider = services.BuildServiceProvider())
        {
            var planner = provider.GetRequiredService<TalkPlanner>();
            var m = planner.Milestones(Dataset.Value.Period);
            m.DraftReady.Should().Be(D(7, 3));
            calendarDays(m.TemplateSent, m.ReportsDue).Should().Be(20);
        }

        var options = new TalkEngineOptions();
        options.Planning.DraftMonth = 0;
        options.Planning.SummaryWorkingDays = 300;
        FluentActions.Invoking(() => new TalkPlanner(options)).Should().Throw<TalkEngineValidationException>()
            .Which.Problems.Select(p => p.Path).Should().Equal("TalkEngine:Planning:DraftMonth", "TalkEngine:Planning:SummaryWorkingDays");

        static int calendarDays(LocalDate from, LocalDate to) => TalkEngine.Calendar.WorkingCalendar.MainlandChina.CountWorkingDays(new DateInterval(from.PlusDays(1), to));
    }

    [Fact]
    public void Replan_LeaderLeavesAndNewRound_KeepsOtherAssignmentsAndListsChanges()
    {
        var (planner, draft) = Draft2017.Value;
        var approved = draft.SendForConsultation(D(8, 2)).Approve(D(8, 15));
        var plan = approved.Plan;
        // The leader with the most annual talks leaves the team (their supervised units go with nobody).
        var leaving = plan.Talks.Where(t => t.Source == DemandSource.Annual).GroupBy(t => t.LeaderId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var roster = Dataset.Value.Roster;
        var without = Roster.Create(roster.Units, roster.People, roster.Posts, roster.Leaders.Where(l => l.Id != leaving));
        var input = new YearInput(new DemandRequest(without, Dataset.Value.Period)
        {
            InspectionRounds = Dataset.Value.InspectionRounds.Where(r => r.TeamLeaderId != leaving).ToArray(),
            Survey = Dataset.Value.Survey,
        });

        var v2 = planner.Replan(approved, input, D(9, 20), "leader left");
        v2.Version.Should().Be(2);
        v2.State.Should().Be(PlanState.Approved, "re-planning keeps the state");
        v2.Revisions.Select(r => (r.Version, r.Note)).Should().Equal((1, "征求意见稿"), (2, "leader left"));
        var changes = v2.Revisions[1].Changes;
        changes.Should().NotBeEmpty().And.BeInAscendingOrder(c => c.DemandId, StringComparer.Ordinal);
        var changedLeader = changes.Where(c => c.Kind == PlanChangeKind.LeaderChanged).ToList();
        changedLeader.Should().NotBeEmpty().And.OnlyContain(c => c.FromLeaderId == leaving && c.ToLeaderId != leaving);
        // Every talk whose leader stays keeps its leader (the previous-plan term) unless it is listed as changed.
        foreach (var talk in plan.Talks.Where(t => t.LeaderId != leaving))
        {
            if (v2.Plan.FindTalk(talk.DemandId) is { } now && now.LeaderId != talk.LeaderId)
            {
                changedLeader.Should().Contain(c => c.DemandId == talk.DemandId);
            }
        }

        var kept = plan.Talks.Count(t => t.LeaderId != leaving && v2.Plan.FindTalk(t.DemandId)?.LeaderId == t.LeaderId);
        kept.Should().BeGreaterThanOrEqualTo((plan.Talks.Count(t => t.LeaderId != leaving) * 3) / 4);
        // Every move listed is a real move (there may be none: the other talks keep their days).
        changes.Where(c => c.Kind == PlanChangeKind.TalkMoved).All(c => c.FromDate != c.ToDate).Should().BeTrue();
        var oldDays = approved.Schedule!.Days.Talks.ToDictionary(t => t.TalkId, t => t.Date);
        var newDays = v2.Schedule!.Days.Talks.ToDictionary(t => t.TalkId, t => t.Date);
        foreach (var id in oldDays.Keys.Intersect(newDays.Keys).Where(id => oldDays[id] != newDays[id]))
        {
            changes.Should().Contain(c => c.Kind == PlanChangeKind.TalkMoved && c.DemandId == id && c.FromDate == oldDays[id] && c.ToDate == newDays[id]);
        }

        // Nothing changed: the next version changes nothing (same leaders, same days).
        var same = planner.Replan(approved, Input2017(), D(11, 1), "no change");
        same.Revisions[^1].Changes.Should().BeEmpty();
        same.Schedule!.Days.Talks.Should().Equal(approved.Schedule.Days.Talks);
        changes.Where(c => c.Kind == PlanChangeKind.DemandRemoved).Select(c => c.DemandId)
            .Should().BeEquivalentTo(plan.Demands.Demands.Select(d => d.Id).Except(v2.Plan.Demands.Demands.Select(d => d.Id)));
        v2.Plan.Input.Balancing!.PreviousAssignment.Should().NotBeEmpty();
        FluentActions.Invoking(() => planner.Replan(v2, input, D(9, 19))).Should().Throw<ArgumentException>().WithParameterName("date");
    }

    [Fact]
    public void Replan_NewAppointment_AddsADemand()
    {
        var (planner, draft) = Draft2017.Value;
        var unit = Dataset.Value.Roster.Posts.First(p => p.IsHeadPost);
        var input = new YearInput(Input2017().Demands with { Appointments = [new Appointment(unit.HolderId, unit.UnitId, unit.Role, D(10, 9))] });
        var planner2 = new TalkPlanner(Options(DemandSource.PreAppointment), AfterTheYear);
        var v1 = planner2.Draft(Input2017(), D(8, 1));
        var v2 = planner2.Replan(v1, input, D(10, 1), "新任职");
        var added = v2.Revisions[^1].Changes.Where(c => c.Kind == PlanChangeKind.DemandAdded).Should().ContainSingle().Which;
        added.SubjectId.Should().Be(unit.HolderId);
        added.ToLeaderId.Should().Be(v2.Plan.FindTalk(added.DemandId)!.LeaderId);
        v2.Revisions[^1].Changes.Where(c => c.Kind == PlanChangeKind.LeaderChanged).Should().BeEmpty("nobody left, so every kept demand keeps its leader");
    }

    [Fact]
    public void Json_Example2017WholeYear_RoundTripsEveryField()
    {
        var (planner, draft) = Draft2017.Value;
        var leaders = draft.Plan.Roster.Leaders;
        var records = Dataset.Value.Records;
        var document = draft.SendForConsultation(D(8, 2))
            .Comment(leaders[0].Id, D(8, 7), "增加对新任职干部的提醒")
            .Comment(leaders[2].Id, D(8, 9), "Agree; add the survey units.")
            .Approve(D(8, 15))
            .Start(D(9, 1))
            .WithRecords(records);
        var roster = Dataset.Value.Roster;
        var leaving = leaders[^1].Id;
        var v2 = planner.Replan(document, new YearInput(new DemandRequest(Roster.Create(roster.Units, roster.People, roster.Posts, leaders.Where(l => l.Id != leaving)), Dataset.Value.Period)
        {
            InspectionRounds = Dataset.Value.InspectionRounds.Where(r => r.TeamLeaderId != leaving).ToArray(),
            Survey = Dataset.Value.Survey,
        }), D(10, 9), "领导调离");

        AssertRoundTrip(planner, v2);
        AssertRoundTrip(planner, draft);
        records.Should().NotBeEmpty();
    }

    [Fact]
    public void Json_GeneratedPlans_RoundTripEveryField()
    {
        Gen.Select(Gen.Int[2, 9], Gen.Int[2, 5], Gen.Int[0, int.MaxValue], Gen.Int[0, 4]).Sample((units, leaders, seed, steps) =>
        {
            var (planner, input, records) = Generated(units, leaders, seed);
            var document = planner.Draft(input, new LocalDate(2018, 7, 20), new TalkEngine.Scheduling.SchedulingInput(rooms: ["R1"]), seed % 2 == 0 ? null : "v1");
            var day = new LocalDate(2018, 8, 1);
            if (steps > 0)
            {
                document = document.SendForConsultation(day).Comment(document.Plan.Roster.Leaders[0].Id, day.PlusDays(1), "同意 \"quoted\" \\ text");
            }

            if (steps > 1)
            {
                document = document.Approve(day.PlusDays(10));
            }

            if (steps > 2)
            {
                document = document.Start(day.PlusDays(20)).WithRecords(records(document.Plan));
                var roster = document.Plan.Roster;
                var leaving = roster.Leaders[^1].Id;
                var smaller = Roster.Create(roster.Units, roster.People, roster.Posts, roster.Leaders.Where(l => l.Id != leaving));
                document = planner.Replan(document, new YearInput(new DemandRequest(smaller, input.Period)) { Balancing = input.Balancing }, day.PlusDays(30), "leader left");
            }

            if (steps > 3)
            {
                document = document.Close(new LocalDate(2018, 12, 28));
            }

            AssertRoundTrip(planner, document);
        }, iter: 25, seed: null);
    }

    /// <summary>
    /// Format version 1 is a contract: the 2017 document (consulted, commented, approved, re-planned after a leader left,
    /// with records) is pinned in Golden/plan-document-2017.json (indented, Chinese unescaped; <c>UPDATE_GOLDEN=1</c>
    /// rewrites it), and the pinned file loads and saves back to the package's compact bytes.
    /// </summary>
    [Fact]
    public void Json_Golden2017Document_IsFormatVersion1AndLoads()
    {
        var (planner, draft) = Draft2017.Value;
        var leaders = draft.Plan.Roster.Leaders;
        var roster = Dataset.Value.Roster;
        var document = draft.SendForConsultation(D(8, 2))
            .Comment(leaders[0].Id, D(8, 7), "增加对新任职干部的提醒")
            .Approve(D(8, 15))
            .Start(D(9, 1))
            .WithRecords(Dataset.Value.Records.Take(3));
        document = planner.Replan(document, new YearInput(new DemandRequest(Roster.Create(roster.Units, roster.People, roster.Posts, leaders.Where(l => l.Id != "L12")), Dataset.Value.Period)
        {
            InspectionRounds = Dataset.Value.InspectionRounds.Where(r => r.TeamLeaderId != "L12").ToArray(),
            Survey = Dataset.Value.Survey,
        }), D(10, 9), "领导调离");
        var bytes = PlanDocumentJson.SerializeToUtf8Bytes(document);
        var indented = JsonNode.Parse(bytes)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        TalkEngine.Tests.Golden.GoldenFile.Check("plan-document-2017.json", indented);

        var path = Path.Combine(Path.GetDirectoryName(FindDataset())!, "..", "..", "..", "tests", "TalkEngine.Tests", "Golden", "plan-document-2017.json");
        var pinned = PlanDocumentJson.Deserialize(File.ReadAllText(path), planner);
        PlanDocumentJson.SerializeToUtf8Bytes(pinned).Should().Equal(bytes);
        pinned.Revisions[^1].Changes.Should().Contain(c => c.Kind == PlanChangeKind.LeaderChanged);
    }

    [Fact]
    public void Json_NewerFormatVersion_IsRefused()
    {
        var (planner, draft) = Draft2017.Value;
        var node = JsonNode.Parse(PlanDocumentJson.Serialize(draft))!;
        node["formatVersion"] = 2;
        var ex = FluentActions.Invoking(() => PlanDocumentJson.Deserialize(node.ToJsonString(), planner)).Should().Throw<TalkEngineValidationException>().Which;
        ex.ErrorCode.Should().Be(PlanDocumentJson.ErrorCode);
        ex.Problems.Single().Code.Should().Be("planning.document-format-version");
        ex.Problems.Single().Message.Should().Contain("newer");
        ex.Problems.Single().Path.Should().Be("formatVersion");

        node.AsObject().Remove("formatVersion");
        FluentActions.Invoking(() => PlanDocumentJson.Deserialize(node.ToJsonString(), planner)).Should().Throw<TalkEngineValidationException>()
            .Which.Problems.Single().Code.Should().Be("planning.document-format-version");
        FluentActions.Invoking(() => PlanDocumentJson.Deserialize("[1]", planner)).Should().Throw<TalkEngineValidationException>()
            .Which.Problems.Single().Path.Should().Be("$");
    }

    [Fact]
    public void Json_BadContent_ReportsEveryProblemWithItsPath()
    {
        var (planner, draft) = Draft2017.Value;
        var leader = draft.Plan.Roster.Leaders[0].Id;
        var node = JsonNode.Parse(PlanDocumentJson.Serialize(draft.SendForConsultation(D(8, 2), [leader]).Comment(leader, D(8, 3), "ok")))!;
        node["consulted"]!.AsArray().Add(" ");
        node["comments"]![0]!["leaderId"] = "stranger";
        node["input"]!["roster"]!["posts"]![0]!["unitId"] = "NO-SUCH-UNIT";
        node["input"]!["roster"]!["units"]![1]!["riskLevel"] = null;
        node["revisions"]![0]!["version"] = 3;
        node["history"]!.AsArray().Clear();

        var ex = FluentActions.Invoking(() => PlanDocumentJson.Deserialize(node.ToJsonString(), planner)).Should().Throw<TalkEngineValidationException>().Which;
        ex.ErrorCode.Should().Be("planning.document");
        var paths = ex.Problems.Select(p => p.Path).ToList();
        paths.Should().Contain("input.roster.units[1]");
        paths.Should().Contain(p => p!.StartsWith("input.roster.posts", StringComparison.Ordinal));
        paths.Should().Contain("revisions[0].version");
        paths.Should().Contain("state");
        paths.Should().Contain("consulted[1]");
        paths.Should().Contain("comments[0].leaderId");
    }

    [Fact]
    public void Json_UnknownPropertyOrBadCode_NamesThePath()
    {
        var (planner, draft) = Draft2017.Value;
        var node = JsonNode.Parse(PlanDocumentJson.Serialize(draft))!;
        node["input"]!["roster"]!["leaders"]![0]!["roles"]![0] = "emperor";
        var ex = FluentActions.Invoking(() => PlanDocumentJson.Deserialize(node.ToJsonString(), planner)).Should().Throw<TalkEngineValidationException>().Which;
        ex.Problems.Single().Path.Should().Be("$.input.roster.leaders[0].roles[0]");

        node = JsonNode.Parse(PlanDocumentJson.Serialize(draft))!;
        node["stat"] = "draft";
        FluentActions.Invoking(() => PlanDocumentJson.Deserialize(node.ToJsonString(), planner)).Should().Throw<TalkEngineValidationException>()
            .Which.Problems.Single().Code.Should().Be("planning.document-json");
    }

    [Theory]
    [InlineData("period", "2017-13-01/2017-12-31")]
    [InlineData("period", "2017-12-31/2017-01-01")]
    [InlineData("period", 7)]
    [InlineData("referenceDate", "31.12.2017")]
    public void Json_BadDateValue_IsAProblemWithItsPath(string property, object value)
    {
        var (planner, draft) = Draft2017.Value;
        var node = JsonNode.Parse(PlanDocumentJson.Serialize(draft))!;
        node["input"]![property] = value is int i ? JsonValue.Create(i) : JsonValue.Create((string)value);
        var ex = FluentActions.Invoking(() => PlanDocumentJson.Deserialize(node.ToJsonString(), planner)).Should().Throw<TalkEngineValidationException>().Which;
        ex.Problems.Single().Code.Should().Be("planning.document-json");
        ex.Problems.Single().Path.Should().Be("$.input." + property);
    }

    [Fact]
    public void Json_LoadedByAPlannerConfiguredOtherwise_NamesTheDemandsThatDiffer()
    {
        var (_, draft) = Draft2017.Value;
        var json = PlanDocumentJson.SerializeToUtf8Bytes(draft);
        var options = Options();
        options.Demands.Survey.Enabled = false;
        var other = new TalkPlanner(options, AfterTheYear);
        var ex = FluentActions.Invoking(() => PlanDocumentJson.Deserialize(json, other)).Should().Throw<TalkEngineValidationException>().Which;
        ex.Problems.Should().HaveCount(8).And.OnlyContain(p => p.Code == "planning.document-assignment" && p.Path!.StartsWith("assignments[", StringComparison.Ordinal));
    }

    [Fact]
    public void DocsExample_TheYearAsADocument_RunsAsThePageSays()
    {
        var (planner, _) = Draft2017.Value;
        var input = Input2017();
        var inputWithoutL12 = new YearInput(new DemandRequest(Roster.Create(Dataset.Value.Roster.Units, Dataset.Value.Roster.People, Dataset.Value.Roster.Posts, Dataset.Value.Roster.Leaders.Where(l => l.Id != "L12")), Dataset.Value.Period)
        {
            InspectionRounds = Dataset.Value.InspectionRounds.Where(r => r.TeamLeaderId != "L12").ToArray(),
            Survey = Dataset.Value.Survey,
        });
        #region docs: plan-document
        var draft = planner.Draft(input, new LocalDate(2017, 8, 1), note: "征求意见稿");     // version 1, Draft, milestones from the calendar
        var approved = draft
            .SendForConsultation(new LocalDate(2017, 8, 2))                           // to every leader of the roster
            .Comment("L03", new LocalDate(2017, 8, 7), "同意")
            .Approve(new LocalDate(2017, 8, 15));
        var v2 = planner.Replan(approved, inputWithoutL12, new LocalDate(2017, 10, 9), "L12 调离"); // keeps leaders and days where it can
        foreach (var change in v2.Revisions[^1].Changes)                               // demand-added/removed, leader-changed, talk-moved
        {
            Console.WriteLine($"{change.Kind} {change.DemandId}: {change.FromLeaderId}→{change.ToLeaderId} {change.FromDate}→{change.ToDate}");
        }

        byte[] json = PlanDocumentJson.SerializeToUtf8Bytes(v2);                      // {"formatVersion":1,"state":"approved",…}
        var loaded = PlanDocumentJson.Deserialize(json, planner);                     // planned again from the saved input, checked
        // draft.Approve(…) would throw PlanActionException: "The plan is draft, so it cannot approve; allowed next steps: …"
        #endregion

        draft.Milestones!.DraftReady.Should().Be(new LocalDate(2017, 8, 1));
        v2.Version.Should().Be(2);
        v2.Revisions[^1].Changes.Should().Contain(c => c.Kind == PlanChangeKind.LeaderChanged && c.FromLeaderId == "L12");
        loaded.Version.Should().Be(2);
        loaded.State.Should().Be(PlanState.Approved);
        Encoding.UTF8.GetString(json).Should().StartWith("{\"formatVersion\":1,\"state\":\"approved\",");
    }

    [Fact]
    public void DocsPage_ShowsTheDocumentExample() => Docs.DocText.ShouldShow("docs/planning.md", "tests/TalkEngine.Tests/Planning/PlanDocumentTests.cs", "plan-document");

    private static void AssertRoundTrip(TalkPlanner planner, PlanDocument document)
    {
        var bytes = PlanDocumentJson.SerializeToUtf8Bytes(document);
        PlanDocument loaded;
        try
        {
            loaded = PlanDocumentJson.Deserialize(bytes, planner);
        }
        catch (TalkEngineValidationException ex)
        {
            throw new Xunit.Sdk.XunitException(ex.Message);
        }

        PlanDocumentJson.SerializeToUtf8Bytes(loaded).Should().Equal(bytes, "re-saving a loaded document gives the same bytes");
        Encoding.UTF8.GetString(bytes).Should().Be(PlanDocumentJson.Serialize(document));

        loaded.State.Should().Be(document.State);
        loaded.Version.Should().Be(document.Version);
        loaded.AllowedActions.Should().Equal(document.AllowedActions);
        loaded.Consulted.Should().Equal(document.Consulted);
        loaded.Comments.Should().Equal(document.Comments);
        loaded.History.Should().Equal(document.History);
        loaded.Milestones.Should().Be(document.Milestones);
        loaded.Revisions.Select(r => (r.Version, r.Date, r.Note)).Should().Equal(document.Revisions.Select(r => (r.Version, r.Date, r.Note)));
        for (var i = 0; i < document.Revisions.Count; i++)
        {
            loaded.Revisions[i].Changes.Should().Equal(document.Revisions[i].Changes);
        }

        loaded.Records.Should().BeEquivalentTo(document.Records, o => o.WithStrictOrdering());
        Json(loaded.Plan).Should().Be(Json(document.Plan), "the plan planned again from the saved input is the saved plan");
        loaded.Plan.Talks.Should().Equal(document.Plan.Talks);
        loaded.Plan.Roster.Units.Should().Equal(document.Plan.Roster.Units, (a, b) => a.Id == b.Id && a.Name == b.Name && a.Kind == b.Kind && a.ParentId == b.ParentId && a.RiskLevel == b.RiskLevel && a.SensitivePosts.SequenceEqual(b.SensitivePosts));
        loaded.Plan.Roster.Posts.Should().Equal(document.Plan.Roster.Posts);
        loaded.Plan.Roster.People.Should().BeEquivalentTo(document.Plan.Roster.People, o => o.WithStrictOrdering());
        loaded.Plan.Roster.Leaders.Should().BeEquivalentTo(document.Plan.Roster.Leaders, o => o.WithStrictOrdering());
        loaded.Plan.Input.Demands.Should().BeEquivalentTo(document.Plan.Input.Demands, o => o.Excluding(r => r.Roster).Excluding(r => r.Calendar));
        loaded.Plan.Input.Balancing?.PreviousAssignment.Should().BeEquivalentTo(document.Plan.Input.Balancing?.PreviousAssignment);
        (loaded.Schedule is null).Should().Be(document.Schedule is null);
        if (document.Schedule is not null)
        {
            JsonSerializer.Serialize(loaded.Schedule, TalkEngineJson.Options).Should().Be(JsonSerializer.Serialize(document.Schedule, TalkEngineJson.Options));
        }

        loaded.SchedulingInput.Should().BeEquivalentTo(document.SchedulingInput);
    }

    private static string Json(YearPlan plan) => JsonSerializer.Serialize(plan, TalkEngineJson.Options);

    // A small organisation: units with heads (some also party secretary of another unit, some seconded), leaders
    // supervising units, and records for some talks.
    private static (TalkPlanner Planner, YearInput Input, Func<YearPlan, IEnumerable<TalkRecord>> Records) Generated(int unitCount, int leaderCount, int seed)
    {
        var random = new Random(seed);
        var year = new DateInterval(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31));
        var units = Enumerable.Range(1, unitCount).Select(i => new Unit($"U{i:00}", $"单位{i}", i % 3 == 0 ? UnitKind.Subsidiary : UnitKind.HqDepartment, null, (IntegrityRiskLevel)random.Next(0, 3), random.Next(4) == 0 ? ["采购"] : [])).ToList();
        var people = new List<Person>();
        var posts = new List<Post>();
        foreach (var unit in units)
        {
            var id = "P" + unit.Id[1..];
            var statuses = random.Next(5) == 0 ? new[] { new PersonStatus(PersonStatusKind.Seconded, new DateInterval(new LocalDate(2018, 3, 1), new LocalDate(2018, 12, 31)), "借调") } : [];
            people.Add(new Person(id, $"负责人{unit.Id}", statuses));
            posts.Add(new Post(unit.Id, PostRole.AdministrativeHead, id));
            if (random.Next(3) == 0)
            {
                posts.Add(new Post(unit.Id, PostRole.PartySecretary, id, year));
            }
        }

        var roles = new[] { LeaderRole.PartySecretary, LeaderRole.DisciplineSecretary, LeaderRole.GeneralManager, LeaderRole.Deputy, LeaderRole.ChiefEngineer };
        var leaders = Enumerable.Range(1, leaderCount).Select(i => new Leader($"L{i}", $"领导{i}", [roles[i - 1]], units.Where((_, u) => u % leaderCount == i - 1).Select(u => u.Id).ToArray())).ToList();
        people.AddRange(leaders.Select(l => new Person(l.Id, l.Name)));
        var roster = Roster.Create(units, people, posts, leaders);
        var balancing = new BalancingInput();
        balancing.Leaders["L1"] = new LeaderSettings { Capacity = unitCount, Weight = 2, Unavailable = [new DateInterval(new LocalDate(2018, 2, 1), new LocalDate(2018, 2, 10))] };
        if (unitCount > 2)
        {
            balancing.Recusals.Add(new RecusalPair("L1", "P02"));
        }

        var input = new YearInput(new DemandRequest(roster, year)
        {
            Survey = random.Next(2) == 0 ? new SatisfactionSurvey("S2017", 2017, units.Select((u, i) => new UnitScore(u.Id, 80m + i + 0.5m)).ToArray()) : null,
        })
        {
            Balancing = balancing,
        };

        var options = new TalkEngineOptions();
        options.Demands.Annual.UnitKinds = new List<string> { "hq-department", "subsidiary" };
        var planner = new TalkPlanner(options, AfterTheYear);
        return (planner, input, plan => plan.Talks.Where((_, i) => i % 2 == 0).Select((t, i) => new TalkRecord(
            $"R{i}", t.Window.Start, t.SubjectId, [t.LeaderId], t.Source, t.Style, t.Mode, t.DemandId,
            topics: ["一岗双责"],
            commitments: i % 3 == 0 ? [new Commitment("整改", t.Window.Start.PlusDays(30))] : null,
            goodPractices: i % 4 == 0 ? [new GoodPractice("廉洁文化", "每月一课")] : null)
        {
            Reviews = i == 2 ? [new CommitmentReview("R0", 1, CommitmentOutcome.Fulfilled)] : [],
        }));
    }

    private static TalkPlanner Planner2017() => new(Options(), AfterTheYear);

    private static TalkEngineOptions Options(params DemandSource[] extra)
    {
        var options = new TalkEngineOptions();
        ExampleDataset.WithSources(options.Demands, Dataset.Value.Sources.Concat(extra).ToHashSet());
        return options;
    }

    private static YearInput Input2017()
        => new(new DemandRequest(Dataset.Value.Roster, Dataset.Value.Period)
        {
            InspectionRounds = Dataset.Value.InspectionRounds,
            Survey = Dataset.Value.Survey,
        });

    private static string FindDataset()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TalkEngine.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "samples", "TalkEngine.Samples.Console", "Data", "example-2017.json");
    }
}
