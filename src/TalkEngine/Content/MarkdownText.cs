using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;

namespace TalkEngine.Content;

/// <summary>
/// Escapes the host's text (names, commitments, problems found, ids) before it goes into Markdown, so that it reads as
/// text and cannot add structure: the marks that act inside a line are backslash-escaped and a line break becomes a
/// space (the marks that act only at the start of a line then never start one). Text without such marks is returned
/// as it is, so the usual output does not change.
/// </summary>
internal static class MarkdownText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("\\`*_[]<>|~\r\n");

    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r':
                    break;
                case '\n':
                    escaped.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~':
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>The reason with its arguments escaped; the same instance when none needs it.</summary>
    public static Reason Escape(Reason reason)
    {
        List<(string Name, string Value)>? arguments = null;
        var i = 0;
        foreach (var (name, value) in reason.Arguments)
        {
            var escaped = Escape(value);
            if (arguments is null && !ReferenceEquals(escaped, value))
            {
                arguments = new List<(string, string)>(reason.Arguments.Count);
                var j = 0;
                foreach (var (earlierName, earlierValue) in reason.Arguments)
                {
                    if (j++ == i)
                    {
                        break;
                    }

                    arguments.Add((earlierName, earlierValue));
                }
            }

            arguments?.Add((name, escaped));
            i++;
        }

        return arguments is null ? reason : Reason.Of(reason.Code, [.. arguments]);
    }
}
