using System.CommandLine;

namespace TalkEngine.Samples.ConsoleApp;

/// <summary>
/// One sub-command of the sample console. Program discovers every implementation, so a new
/// command is one new file (calendar, balance, demo…) and nothing else changes.
/// </summary>
internal interface ISampleCommand
{
    /// <summary>Builds the command with its options and action.</summary>
    Command Build();
}
