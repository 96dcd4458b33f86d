using System.CommandLine;

namespace TalkEngine.Samples.ConsoleApp;

/// <summary>
/// The console's entry: discovers the commands and maps every outcome to one documented exit code, so that a script
/// can tell them apart: <see cref="Success"/>, <see cref="Infeasible"/>, <see cref="BadInput"/> (a bad file <em>or</em>
/// bad usage: an unknown option, a missing or invalid value) and <see cref="InternalError"/> (a bug; never a stack trace).
/// </summary>
internal static class SampleApp
{
    /// <summary>Done, everything served.</summary>
    public const int Success = 0;

    /// <summary>Done, but some demands or subjects are infeasible or unplaced (listed in the output).</summary>
    public const int Infeasible = 1;

    /// <summary>Bad input or bad usage: nothing was computed; stderr says what is wrong and how to fix it.</summary>
    public const int BadInput = 2;

    /// <summary>An unexpected error (a bug in the sample or the package): one line on stderr.</summary>
    public const int InternalError = 3;

    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("TalkEngine 示例控制台：约谈的名单、分配、日程与覆盖率。 TalkEngine sample console.");
        var commandTypes = typeof(ISampleCommand).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(ISampleCommand).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in commandTypes)
        {
            root.Subcommands.Add(((ISampleCommand)Activator.CreateInstance(type)!).Build());
        }

        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var configuration = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
            EnableDefaultExceptionHandler = false,
        };
        var parseResult = CreateRoot().Parse(args);
        try
        {
            var code = parseResult.Invoke(configuration);

            // System.CommandLine reports a parse error (and prints it with the help) with exit code 1, which here means
            // "infeasible"; bad usage is bad input.
            return parseResult.Errors.Count > 0 ? BadInput : code;
        }
#pragma warning disable CA1031 // the last line of defence: one line on stderr instead of a stack trace
        catch (Exception e)
#pragma warning restore CA1031
        {
            configuration.Error.WriteLine($"internal error / 内部错误: {e.GetType().Name}: {e.Message}");
            return InternalError;
        }
    }
}
