using System.Text;
using TalkEngine.Balancing;
using TalkEngine.Balancing.Solver;
using TalkEngine.Samples.ConsoleApp.Balancing;

namespace TalkEngine.Tests.Balancing;

public sealed class BalancingInstanceReaderTests
{
    private static AssignmentProblem Read(string json) => BalancingInstanceReader.Read(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Read_BenchFormatWithExtensions_ReadsEverything()
    {
        var instance = Read("""
            {"name":"tiny","seed":1,"expectFeasible":true,
             "talkers":[{"id":"T1","capacity":null},{"id":"T2","capacity":3,"weight":2,"fixedLoad":1,"extra":[1,{"a":2}]}],
             "subjects":[{"id":"S1","eligible":["T2","T1"],"preferred":["T1"],"previous":"T2"},{"id":"S2","eligible":["T2","T1"],"preferred":[]},{"id":"S3","eligible":[],"preferred":[]}]}
            """);

        instance.Name.Should().Be("tiny");
        instance.Workers.Should().Equal(new Worker("T1"), new Worker("T2", 3, 2, 1));
        instance.Jobs[0].Eligible.Should().Equal("T1", "T2");
        instance.Jobs[0].Preferred.Should().Equal("T1");
        instance.Jobs[0].Previous.Should().Be("T2");
        instance.Jobs[1].Eligible.Should().Equal("T1", "T2");
        instance.Jobs[2].Eligible.Should().BeEmpty();
        instance.EligiblePairCount.Should().Be(4);
    }

    [Fact]
    public void Read_SubjectsBeforeTalkers_StillReads()
    {
        var instance = Read("""{"subjects":[{"id":"S1","eligible":["T1"],"preferred":["T1"]}],"talkers":[{"id":"T1","capacity":1}]}""");

        AssignmentSolver.Solve(instance).Assignments.Should().Equal(new JobAssignment("S1", "T1", true, false));
    }

    [Fact]
    public void Read_RepeatedIdenticalLists_SameAsWrittenOut()
    {
        var json = """{"talkers":[{"id":"A","capacity":null},{"id":"B","capacity":null}],"subjects":[{"id":"S1","eligible":["A","B"],"preferred":["A"]},{"id":"S2","eligible":["A","B"],"preferred":["B"]},{"id":"S3","eligible":["A","B"],"preferred":[]}]}""";

        var instance = Read(json);

        instance.Jobs.Select(s => string.Join(",", s.Eligible) + "|" + string.Join(",", s.Preferred)).Should().Equal("A,B|A", "A,B|B", "A,B|");
    }

    [Fact]
    public void Read_BadFile_ReportsEveryProblemAtOnce()
    {
        var act = () => Read("""
            {"talkers":[{"id":"T1","capacity":null},{"id":"T1","capacity":2},{"id":"T3","capacity":-4}],
             "subjects":[{"id":"S1","eligible":["T1","T9"],"preferred":["T3"]},{"id":"S1","eligible":["T1"],"preferred":[]}]}
            """);

        var error = act.Should().Throw<TalkEngineValidationException>().Which;
        error.ErrorCode.Should().Be("balancing.instance");
        error.Problems.Select(p => p.Code).Should().Equal(
            "balancing.duplicate-talker", "balancing.bad-number", "balancing.unknown-talker", "balancing.preferred-not-eligible", "balancing.duplicate-subject");
        error.Problems[2].Path.Should().Be("subjects[0].eligible[1]");
        error.Problems[2].Ids.Should().Equal("S1", "T9");
        error.Message.Should().Contain("T9");
    }

    [Theory]
    [InlineData("""{"talkers":[{"id":"T1"}],"subjects":[{"id":"S1","eligible":["T1"]""")]
    [InlineData("""{"talkers":[{"id":"T1"}] "subjects":[]}""")]
    [InlineData("""[1,2]""")]
    [InlineData("")]
    public void Read_MalformedJson_ReportsMalformed(string json)
    {
        var act = () => Read(json);

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().Contain(p => p.Code == "balancing.malformed-json");
    }

    [Fact]
    public void Read_MissingArrays_SaysWhich()
    {
        var act = () => Read("""{"name":"x"}""");

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Select(p => p.Code)
            .Should().Equal("balancing.missing-talkers", "balancing.missing-subjects");
    }

    [Fact]
    public void Create_DuplicateInEligibleAndUnknownPrevious_ReportsDuplicateAndKeepsPrevious()
    {
        var act = () => AssignmentProblem.Create([new Worker("A")], [new Job("S", ["A", "A"])]);
        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().ContainSingle(p => p.Code == "balancing.duplicate-in-list");

        var instance = AssignmentProblem.Create([new Worker("A")], [new Job("S", ["A"], previous: "GONE")]);
        AssignmentSolver.Solve(instance).Objective.Changes.Should().Be(1);
    }
}

public sealed class BalancingInstanceReaderStreamTests
{
    [Fact]
    public void Read_NonSeekableStream_SameAsFile()
    {
        var path = SharedData.PathOf("bench", "balancing", "instances", "unit-200.json");
        using var stream = new NonSeekable(File.ReadAllBytes(path));

        var fromStream = BalancingInstanceReader.Read(stream);
        var fromFile = BalancingInstanceReader.ReadFile(path);

        fromStream.Jobs.Select(s => (s.Id, string.Join(",", s.Eligible), string.Join(",", s.Preferred)))
            .Should().Equal(fromFile.Jobs.Select(s => (s.Id, string.Join(",", s.Eligible), string.Join(",", s.Preferred))));
        AssignmentSolver.Solve(fromStream).SumOfSquares.Should().Be(2734);
    }

    private sealed class NonSeekable(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    }
}
