using Microsoft.Extensions.DependencyInjection;

namespace TalkEngine;

/// <summary>
/// Returned by <c>AddTalkEngine</c> so that a host can configure TalkEngine further
/// (calendar overrides and the like) in one fluent chain.
/// </summary>
public sealed class TalkEngineBuilder
{
    internal TalkEngineBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection TalkEngine is registered in.</summary>
    public IServiceCollection Services { get; }
}
