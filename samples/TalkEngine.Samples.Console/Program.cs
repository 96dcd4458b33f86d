using System.Text;
using TalkEngine.Samples.ConsoleApp;

// Chinese output must survive any terminal's default code page.
Console.OutputEncoding = Encoding.UTF8;

return SampleApp.Run(args);
