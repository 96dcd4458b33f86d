using System.CommandLine;
using TalkEngine.Calendar;
using static TalkEngine.Samples.ConsoleApp.SampleConsole;

namespace TalkEngine.Samples.ConsoleApp;

/// <summary>
/// <c>demo [--lang zh|en]</c>: the evaluation's main job, the 2017 example. Each capability renders its own section
/// class; this file only puts them in order.
/// </summary>
internal sealed class DemoCommand : ISampleCommand
{
    public Command Build()
    {
        var lang = CreateLanguageOption();
        var command = new Command("demo", "运行 2017 年示例 / Run the 2017 example");
        command.Options.Add(lang);
        command.SetAction(parseResult =>
        {
            var console = Create(parseResult.InvocationConfiguration.Output);
            var language = Language(parseResult, lang);
            new CalendarDemoSection().Render(console, WorkingCalendar.MainlandChina, language);
            return 0;
        });
        return command;
    }
}
