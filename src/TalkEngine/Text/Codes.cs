using System;
using System.Collections.Generic;
using System.Text;

namespace TalkEngine;

/// <summary>
/// The stable code of an enum value: its name in lower kebab case (<c>SatisfactionSurvey</c> →
/// <c>satisfaction-survey</c>), the same in reasons, JSON and map keys. Computed once per enum type.
/// </summary>
internal static class Codes
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var table = Table<TEnum>.ByValue;
        var index = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        return (uint)index < (uint)table.Length && table[index] is { } code ? code : Kebab(value.ToString());
    }

    public static bool TryParse<TEnum>(string code, out TEnum value)
        where TEnum : struct, Enum
        => Table<TEnum>.ByCode.TryGetValue(code, out value);

    public static string Kebab(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    text.Append('-');
                }

                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static class Table<TEnum>
        where TEnum : struct, Enum
    {
        // The package's enums are small and dense from zero, so an array indexed by value serves them.
        public static readonly string?[] ByValue = Build(out ByCode);

        public static readonly Dictionary<string, TEnum> ByCode;

        private static string?[] Build(out Dictionary<string, TEnum> byCode)
        {
            byCode = new Dictionary<string, TEnum>(StringComparer.Ordinal);
            var values = Enum.GetValues<TEnum>();
            var max = 0;
            foreach (var v in values)
            {
                max = Math.Max(max, Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture));
            }

            var table = new string?[Math.Min(max + 1, 256)];
            foreach (var v in values)
            {
                var code = Kebab(v.ToString());
                byCode[code] = v;
                var index = Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture);
                if ((uint)index < (uint)table.Length)
                {
                    table[index] = code;
                }
            }

            return table;
        }
    }
}
