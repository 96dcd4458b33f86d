namespace TalkEngine;

/// <summary>
/// The text of one reason code in both languages. Placeholders name the reason's arguments:
/// <c>{leader}</c> inserts the value as it is; <c>{source:source}</c> renders an enum code or value of a
/// known kind (see <see cref="TextRenderer"/>) in the output language.
/// </summary>
/// <param name="Code">The reason code.</param>
/// <param name="Chinese">The simplified Chinese template.</param>
/// <param name="English">The English template.</param>
internal readonly record struct TextTemplate(string Code, string Chinese, string English);
