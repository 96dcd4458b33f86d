using System.CommandLine;
using TalkEngine.Samples.ConsoleApp.Example;

namespace TalkEngine.Samples.ConsoleApp;

/// <summary>
/// <c>demo</c>: runs the 2017 example (or the host's own roster file) end to end — roster, demands by
/// source, coverage and the year's summary — as text or as one JSON object.
/// </summary>
internal sealed class DemoCommand : ISampleCommand
{
    public Command Build()
    {
        var format = new Option<string>("--format")
        {
            Description = "输出格式 text 或 json。 Output format: text or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var lang = new Option<string>("--lang")
        {
            Description = "输出语言 zh 或 en。 Output language: zh (simplified Chinese) or en.",
            DefaultValueFactory = _ => "zh",
        };
        lang.AcceptOnlyFromAmong("zh", "zh-Hans", "en");
        var input = new Option<FileInfo?>("--input")
        {
            Description = "名册文件（JSON，格式同 Data/example-2017.json）。 Your own roster file, shaped like Data/example-2017.json.",
        };

        var command = new Command("demo", "运行2017年示例：名册、约谈需求、涵盖率与年度小结。 Runs the 2017 example end to end.");
        command.Options.Add(format);
        command.Options.Add(lang);
        command.Options.Add(input);
        command.SetAction(parseResult =>
        {
            var language = parseResult.GetValue(lang) == "en" ? OutputLanguage.English : OutputLanguage.SimplifiedChinese;
            return CoverageDemo.Run(
                parseResult.GetValue(input)?.FullName,
                parseResult.GetValue(format) == "json",
                language,
                Console.Out,
                Console.Error);
        });
        return command;
    }
}
