using System.CommandLine;
using TalkEngine.Content;
using TalkEngine.Samples.ConsoleApp.Example;
using static TalkEngine.Samples.ConsoleApp.SampleConsole;

namespace TalkEngine.Samples.ConsoleApp.Content;

/// <summary>
/// <c>outline [--input FILE] --demand ID [--lang zh|en] [--format markdown|text|json]</c>: the outline (约谈提纲) of one
/// talk of a roster file's plan (the 2017 example by default), from the package's catalogue extended by the file's
/// <c>catalogue</c>, with the file's records followed up. A bad file or an unknown demand: exit 2, one line per problem
/// with its JSON path.
/// </summary>
internal sealed class OutlineCommand : ISampleCommand
{
    public Command Build()
    {
        var lang = CreateLanguageOption();
        var format = new Option<string>("--format")
        {
            Description = "输出格式 markdown（默认）、text 或 json / Output format: markdown (default), text or json",
            DefaultValueFactory = _ => "markdown",
        };
        format.AcceptOnlyFromAmong("markdown", "text", "json");
        var input = new Option<FileInfo?>("--input")
        {
            Description = "名册文件（JSON，格式见 docs/input-format.md；默认 2017 年示例）/ Your roster file (docs/input-format.md; the 2017 example by default)",
        };
        var demand = new Option<string>("--demand")
        {
            Description = "约谈需求的编号，如 annual-2017-P02 / The demand's id, such as annual-2017-P02",
            Required = true,
        };

        var command = new Command("outline", "一次约谈的提纲 / The outline of one talk");
        command.Options.Add(input);
        command.Options.Add(demand);
        command.Options.Add(lang);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var language = Language(parseResult, lang);
            var run = CoverageDemo.TryExecute(parseResult.GetValue(input)?.FullName, language, error);
            if (run is null)
            {
                return SampleApp.BadInput;
            }

            TalkOutline outline;
            try
            {
                outline = run.Plan.Outline(parseResult.GetValue(demand)!, run.Dataset.Records);
            }
            catch (TalkEngineValidationException e)
            {
                foreach (var problem in e.Problems)
                {
                    error.WriteLine($"{problem.Path}: {problem.Message}");
                }

                return SampleApp.BadInput;
            }

            var text = TextRenderer.For(language);
            switch (parseResult.GetValue(format))
            {
                case "json":
                    output.WriteLine(ConsoleJson.Serialize(OutlineJson.Of(outline, text), ConsoleJson.Indented));
                    break;
                case "text":
                    output.Write(outline.RenderText(text));
                    break;
                default:
                    output.Write(outline.RenderMarkdown(text));
                    break;
            }

            return SampleApp.Success;
        });
        return command;
    }
}
