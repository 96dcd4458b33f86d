namespace TalkEngine;

/// <summary>The language of text meant for people (summaries, explanations, labels).</summary>
public enum OutputLanguage
{
    /// <summary>Simplified Chinese (zh-Hans), the default.</summary>
    SimplifiedChinese = 0,

    /// <summary>English.</summary>
    English = 1,
}
