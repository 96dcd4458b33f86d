using System.CommandLine;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace TalkEngine.Samples.ConsoleApp;

/// <summary>
/// What every sample command shares: the <c>--lang</c> option and a Spectre console on the command's output.
/// Data (ids, names, reasons) never goes through Spectre's markup parser: it is written as <see cref="Text"/>
/// (<see cref="Cell"/>, <see cref="Line"/>) or escaped, so that an id such as <c>[red]T1[/]</c> prints as it is.
/// </summary>
internal static class SampleConsole
{
    /// <summary>The width given to output that is not a terminal (a file, a pipe, a test): wide enough that nothing wraps.</summary>
    public const int UnwrappedWidth = 4096;

    /// <summary>The <c>--lang zh|en</c> option; simplified Chinese by default.</summary>
    public static Option<string> CreateLanguageOption()
    {
        var option = new Option<string>("--lang") { Description = "输出语言 zh（默认）或 en / Output language: zh (default) or en", DefaultValueFactory = _ => "zh" };
        option.AcceptOnlyFromAmong("zh", "en");
        return option;
    }

    public static OutputLanguage Language(ParseResult parseResult, Option<string> option)
        => parseResult.GetValue(option) == "en" ? OutputLanguage.English : OutputLanguage.SimplifiedChinese;

    /// <summary>
    /// A Spectre console writing to the command's output. Only a terminal gets ANSI codes and colour (and not when
    /// <c>NO_COLOR</c> is set, see no-color.org); output that is not a terminal is never wrapped.
    /// </summary>
    public static IAnsiConsole Create(TextWriter output)
    {
        var terminal = IsTerminal(output);
        var styled = terminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = styled ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = styled ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!terminal)
        {
            // Redirected output has no width: Spectre would hard-wrap at 80 columns, in the middle of a word.
            console.Profile.Width = UnwrappedWidth;
        }

        return console;
    }

    /// <summary>Whether <paramref name="output"/> is the process's standard output and that is a terminal (not a file, a pipe or a test's writer).</summary>
    public static bool IsTerminal(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>A section heading: a rule on a terminal, one plain line elsewhere (a rule would be as wide as <see cref="UnwrappedWidth"/>).</summary>
    public static void Heading(IAnsiConsole console, string title)
    {
        if (console.Profile.Width >= UnwrappedWidth)
        {
            Line(console, $"── {title} ──");
        }
        else
        {
            console.Write(new Rule(Markup.Escape(title)).LeftJustified());
        }
    }

    /// <summary>A line of running text, written as it is: never parsed as markup, never hard-wrapped (a terminal wraps it softly).</summary>
    public static void Line(IAnsiConsole console, string text)
    {
        var writer = console.Profile.Out.Writer;
        writer.WriteLine(text);
        writer.Flush();
    }

    /// <summary>A table cell holding data as plain text (not markup).</summary>
    public static IRenderable Cell(string text) => new Text(text);

    public static string T(OutputLanguage language, string chinese, string english) => language == OutputLanguage.English ? english : chinese;
}
