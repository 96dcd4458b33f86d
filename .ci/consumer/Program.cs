using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TalkEngine;

// A host that knows TalkEngine only as a NuGet package.
var services = new ServiceCollection();
services.AddTalkEngine(o => o.Language = OutputLanguage.SimplifiedChinese);
using var provider = services.BuildServiceProvider();
var options = provider.GetRequiredService<IOptions<TalkEngineOptions>>().Value;
Console.WriteLine($"consumer: TalkEngine options resolved, time zone {options.TimeZoneId}");
return 0;
