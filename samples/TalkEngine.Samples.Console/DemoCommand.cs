using System.CommandLine;
using TalkEngine.Calendar;
using TalkEngine.Samples.ConsoleApp.Balancing;
using TalkEngine.Samples.ConsoleApp.Example;
using static TalkEngine.Samples.ConsoleApp.SampleConsole;

namespace TalkEngine.Samples.ConsoleApp;

/// <summary>
/// <c>demo [--lang zh|en] [--format text|json] [--input FILE]</c>: the evaluation's main job, the 2017
/// example (or the host's own roster file) end to end. Each capability renders its own section class;
/// this file only puts them in order. <c>--format json</c> prints one JSON object (the coverage run and the balance).
/// </summary>
internal sealed class DemoCommand : ISampleCommand
{
    public Command Build()
    {
        var lang = CreateLanguageOption();
        var format = new Option<string>("--format")
        {
            Description = "输出格式 text（默认）或 json / Output format: text (default) or json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var input = new Option<FileInfo?>("--input")
        {
            Description = "名册文件（JSON，格式同 Data/example-2017.json）/ Your own roster file, shaped like Data/example-2017.json",
        };

        var command = new Command("demo", "运行 2017 年示例 / Run the 2017 example");
        command.Options.Add(lang);
        command.Options.Add(format);
        command.Options.Add(input);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var language = Language(parseResult, lang);
            var path = parseResult.GetValue(input)?.FullName;
            if (parseResult.GetValue(format) == "json")
            {
                return CoverageDemo.Run(path, json: true, language, output, parseResult.InvocationConfiguration.Error);
            }

            var run = CoverageDemo.TryExecute(path, language, parseResult.InvocationConfiguration.Error);
            if (run is null)
            {
                return SampleApp.BadInput;
            }

            var console = Create(output);
            // The calendar of the roster's own years (2017 for the shipped example; the loader checks the calendar covers them).
            var period = run.Dataset.Period;
            for (var year = period.Start.Year; year <= period.End.Year; year++)
            {
                new CalendarDemoSection().Render(console, WorkingCalendar.MainlandChina, year, language);
            }

            CoverageDemo.WriteText(run, language, console);
            new BalanceDemoSection().Render(console, run, language);
            new Content.ContentDemoSection().Render(console, run, language);
            new Scheduling.ScheduleDemoSection().Render(console, run, language);
            return CoverageDemo.ExitCode(run);
        });
        return command;
    }
}
