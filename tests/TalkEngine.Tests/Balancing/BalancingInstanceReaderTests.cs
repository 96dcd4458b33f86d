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
             "talkers":[{"id":"T1","capacity":null},{"id":"T2","capacity":3,"weight":2,"fixedLoad":1}],
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
    public void Read_PreviousAsListOfOne_ReportsWrongTypeAndKeepsTheLaterSubjects()
    {
        // Today's bug: the one-element list ended the subjects array; S2 and S3 vanished and the answer was "feasible".
        var act = () => Read("""
            {"talkers":[{"id":"T1","capacity":null}],
             "subjects":[{"id":"S1","eligible":["T1"],"previous":["T1"]},{"id":"S2","eligible":[]},{"id":"S3","eligible":["T9"]}]}
            """);

        var problems = act.Should().Throw<TalkEngineValidationException>().Which.Problems;
        problems.Select(p => (p.Code, p.Path)).Should().Equal(
            ("balancing.wrong-type", "subjects[0].previous"),
            ("balancing.unknown-talker", "subjects[2].eligible[0]"));
        problems[0].Message.Should().Contain("(line 2, column 54)");
    }

    [Theory]
    [InlineData("""{"talkers":[{"id":{"x":1}}],"subjects":[]}""", "talkers[0].id")]
    [InlineData("""{"talkers":[{"id":"T1"}],"subjects":[{"id":["S1"],"eligible":["T1"]}]}""", "subjects[0].id")]
    [InlineData("""{"talkers":[{"id":"T1"}],"subjects":[{"id":"S1","eligible":"T1"}]}""", "subjects[0].eligible")]
    [InlineData("""{"talkers":[{"id":"T1"}],"subjects":[{"id":"S1","eligible":["T1",3]}]}""", "subjects[0].eligible[1]")]
    [InlineData("""{"talkers":[{"id":"T1"}],"subjects":[{"id":"S1","eligible":["T1"]},7]}""", "subjects[1]")]
    [InlineData("""{"talkers":[{"id":"T1"}],"subjects":{"S1":[]}}""", "subjects")]
    [InlineData("""{"name":["x"],"talkers":[{"id":"T1"}],"subjects":[]}""", "name")]
    public void Read_ValueOfTheWrongType_ReportedWithItsPath(string json, string path)
    {
        var act = () => Read(json);

        act.Should().Throw<TalkEngineValidationException>().Which.Problems
            .Should().Contain(p => p.Code == "balancing.wrong-type" && p.Path == path);
    }

    [Fact]
    public void Read_ContentAfterTheRootObject_IsMalformed()
    {
        var act = () => Read("""{"talkers":[{"id":"T1"}],"subjects":[{"id":"S1","eligible":["T1"]}]} }}} not json""");

        var problem = act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().ContainSingle().Which;
        problem.Code.Should().Be("balancing.malformed-json");
        problem.Path.Should().Be("$");
        problem.Message.Should().Contain("(line 1, column 70)");
    }

    [Fact]
    public void Read_RepeatedProperties_ReportedNotMerged()
    {
        var act = () => Read("""
            {"talkers":[{"id":"T1","id":"T2"}],"talkers":[{"id":"T3"}],
             "subjects":[{"id":"S1","eligible":["T1"],"eligible":["T1"]}]}
            """);

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Select(p => (p.Code, p.Path)).Should().Equal(
            ("balancing.duplicate-property", "talkers[0].id"),
            ("balancing.duplicate-property", "talkers"),
            ("balancing.duplicate-property", "subjects[0].eligible"));
    }

    [Fact]
    public void Read_MisspeltProperty_ReportedWithTheNearestName()
    {
        // A misspelt "preferred" used to be skipped: the preferences vanished without a word.
        var act = () => Read("""{"talkers":[{"id":"T1"}],"subjects":[{"id":"S1","eligible":["T1"],"prefered":["T1"]}]}""");

        var problem = act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().ContainSingle().Which;
        problem.Code.Should().Be("balancing.unknown-property");
        problem.Path.Should().Be("subjects[0].prefered");
        problem.Message.Should().Contain("did you mean \"preferred\"");
    }

    [Fact]
    public void Read_NameAfterTheTalkers_KeepsTheTalkers()
    {
        var instance = Read("""{"talkers":[{"id":"T1"}],"name":"late","subjects":[{"id":"S1","eligible":["T1"]}]}""");

        instance.Name.Should().Be("late");
        AssignmentSolver.Solve(instance).Assignments.Should().ContainSingle().Which.WorkerId.Should().Be("T1");
    }

    [Theory]
    [InlineData("{\"talkers\":[{\"id\":\"T1\"}] \"subjects\":[]}", "talkers", 1, 26)]
    [InlineData("{\"talkers\":[{\"id\":\"T1\"}],\n \"subjects\":[{\"id\":\"S1\",\"eligible\":[\"T1\"}]}", "subjects[0].eligible[0]", 2, 41)]
    [InlineData("{\"talkers\":[{\"id\":\"T1\"}],\"subjects\":[{\"id\":\"S1\",\"eligible\":[\"T1\"]", "subjects[0].eligible", 1, 65)]
    public void Read_MalformedJson_PathAndALineAndColumnInsideTheFile(string json, string path, int line, int column)
    {
        var act = () => Read(json);

        var problem = act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().ContainSingle().Which;
        problem.Code.Should().Be("balancing.malformed-json");
        problem.Path.Should().Be(path);
        problem.Message.Should().Contain($"(line {line}, column {column})");
        var lines = json.Split('\n');
        line.Should().BeLessThanOrEqualTo(lines.Length);
        column.Should().BeLessThanOrEqualTo(lines[line - 1].Length, "the position lies inside the file");
    }

    [Fact]
    public void Read_Utf8WithByteOrderMark_Accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"talkers":[{"id":"谈话人"}],"subjects":[{"id":"S1","eligible":["谈话人"]}]}""")).ToArray();

        var instance = BalancingInstanceReader.Read(bytes);

        instance.Workers.Single().Id.Should().Be("谈话人");
    }

    [Fact]
    public void Read_InvalidUtf8_ReportedWithItsLine()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"talkers\":[{\"id\":\"T1\"}],\n\"subjects\":[{\"id\":\"S?\"}]}");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;

        var act = () => BalancingInstanceReader.Read(bytes);

        var problem = act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().ContainSingle().Which;
        problem.Code.Should().Be("balancing.malformed-json");
        problem.Message.Should().Contain("UTF-8").And.Contain("(line 2, column 21)");
    }

    [Fact]
    public void Read_ChineseLanguage_ReaderMessagesInChinese()
    {
        var act = () => BalancingInstanceReader.Read(Encoding.UTF8.GetBytes("""{"talkers":[{"id":"T1"}],"subjects":[{"id":"S1","eligible":["T1"],"previous":["T1"]}]}"""), OutputLanguage.SimplifiedChinese);

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Single().Message.Should().Contain("值类型不对").And.Contain("第 1 行");
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

    [Fact]
    public void Read_EndlessStream_RefusedAtTheLimit()
    {
        using var endless = new Endless();

        var act = () => BalancingInstanceReader.Read(endless, 1 << 20, OutputLanguage.English);

        var problem = act.Should().Throw<TalkEngineValidationException>().Which.Problems.Should().ContainSingle().Which;
        problem.Code.Should().Be("balancing.input-too-large");
        problem.Message.Should().Contain("1048576 bytes");
        endless.Position.Should().BeLessThanOrEqualTo((1 << 20) + 1, "nothing is read past the limit");
    }

    [Fact]
    public void Read_SeekableStreamOverTheLimit_RefusedBeforeReading()
    {
        using var stream = new MemoryStream(new byte[4096]);

        var act = () => BalancingInstanceReader.Read(stream, 1024, OutputLanguage.English);

        act.Should().Throw<TalkEngineValidationException>().Which.Problems.Single().Code.Should().Be("balancing.input-too-large");
        stream.Position.Should().Be(0);
    }

    private sealed class Endless : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            Position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class NonSeekable(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    }
}
