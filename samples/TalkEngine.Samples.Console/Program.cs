using System.CommandLine;
using System.Text;
using TalkEngine.Samples.ConsoleApp;

// Chinese output must survive any terminal's default code page.
Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("TalkEngine 示例控制台：约谈的名单、分配、日程与覆盖率。 TalkEngine sample console.");
var commandTypes = typeof(ISampleCommand).Assembly.GetTypes()
    .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(ISampleCommand).IsAssignableFrom(t))
    .OrderBy(t => t.FullName, StringComparer.Ordinal);
foreach (var type in commandTypes)
{
    root.Subcommands.Add(((ISampleCommand)Activator.CreateInstance(type)!).Build());
}

return root.Parse(args).Invoke();
