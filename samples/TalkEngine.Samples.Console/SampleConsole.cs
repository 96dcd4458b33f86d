using System.CommandLine;
using Spectre.Console;

namespace TalkEngine.Samples.ConsoleApp;

/// <summary>What every sample command shares: the <c>--lang</c> option and a Spectre console on the command's output.</summary>
internal static class SampleConsole
{
    /// <summary>The <c>--lang zh|en</c> option; simplified Chinese by default.</summary>
    public static Option<string> CreateLanguageOption()
    {
        var option = new Option<string>("--lang") { Description = "输出语言 zh（默认）或 en / Output language: zh (default) or en", DefaultValueFactory = _ => "zh" };
        option.AcceptOnlyFromAmong("zh", "en");
        return option;
    }

    public static OutputLanguage Language(ParseResult parseResult, Option<string> option)
        => parseResult.GetValue(option) == "en" ? OutputLanguage.English : OutputLanguage.SimplifiedChinese;

    /// <summary>A Spectre console writing to the command's output (the terminal, or a test's writer).</summary>
    public static IAnsiConsole Create(TextWriter output)
    {
        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!terminal)
        {
            // Redirected output (a file, a test) has no width; keep lines whole instead of wrapping at 80.
            console.Profile.Width = 160;
        }

        return console;
    }

    public static string T(OutputLanguage language, string chinese, string english) => language == OutputLanguage.English ? english : chinese;
}
