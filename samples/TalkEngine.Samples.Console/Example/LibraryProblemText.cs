using System.Globalization;
using System.Text.RegularExpressions;

namespace TalkEngine.Samples.ConsoleApp.Example;

/// <summary>
/// A problem the library found in a roster file (the roster's checks, the policies' limits, the demand generator's
/// checks of the data), in the language the console speaks. The library writes its problems in English with a stable
/// code and the ids involved; under <c>--lang zh</c> the roster loader renders them here from the code, the ids and
/// the path, as <c>BalanceProblemText</c> does for the solver's. The numbers of a limit (<c>is 0; use 1 to 366 days</c>)
/// are taken from the English sentence, which the library writes invariantly. A code without a Chinese text keeps the
/// library's sentence, introduced in Chinese, so that nothing is lost.
/// </summary>
internal static partial class LibraryProblemText
{
    private static readonly Dictionary<string, Func<ValidationProblem, string>> Chinese = new(StringComparer.Ordinal)
    {
        ["roster.duplicate-unit-id"] = p => $"单位 id“{Id(p, 0)}”被使用了不止一次；请为每个单位给出各自的 id。",
        ["roster.duplicate-person-id"] = p => $"人员 id“{Id(p, 0)}”被使用了不止一次；请为每个人员给出各自的 id。",
        ["roster.duplicate-leader-id"] = p => $"领导 id“{Id(p, 0)}”被使用了不止一次；请为每位领导给出各自的 id。",
        ["roster.unknown-parent-unit"] = p => $"单位“{Id(p, 0)}”的上级单位“{Id(p, 1)}”不是名册中的单位；请添加该上级单位或改正 parentId。",
        ["roster.unit-cycle"] = p => $"单位 {string.Join(" → ", p.Ids.Append(Id(p, 0)))} 在单位树中构成循环；请把其中一个设为根单位，或为它改换上级单位。",
        ["roster.unknown-sensitive-post"] = p => $"“{Id(p, 1)}”在单位“{Id(p, 0)}”的岗位标注的敏感岗位不在该单位的 sensitivePosts 中；请把它加入该单位的敏感岗位，或改正名称。",
        ["roster.unknown-post-unit"] = p => $"“{Id(p, 1)}”的岗位所在单位“{Id(p, 0)}”不是名册中的单位；请添加该单位或改正 id。",
        ["roster.unknown-post-holder"] = p => $"单位“{Id(p, 1)}”的岗位由“{Id(p, 0)}”担任，但名册中没有此人；请添加该人员或改正 id。",
        ["roster.duplicate-post"] = p => $"“{Id(p, 1)}”在单位“{Id(p, 0)}”两次担任同一岗位且任期重叠；请合并为一个岗位。",
        ["roster.post-held-twice"] = p => $"单位“{Id(p, 0)}”的同一岗位同时由{Quoted(p.Ids.Skip(1))}担任；请让一段任期在另一段开始之前结束。",
        ["roster.unknown-supervised-unit"] = p => $"领导“{Id(p, 0)}”分管的“{Id(p, 1)}”不是名册中的单位；请添加该单位，或从该领导的分管列表中删去。",
        ["roster.leader-is-subject"] = p => $"领导“{Id(p, 0)}”同时担任{Quoted(p.Ids.Skip(1))}的无期限主要负责人岗位，会成为自己约谈的对象；请把该岗位交给他人、在其进入领导班子时结束任期，或为该领导使用另一个 id。",
        [RosterProblems.UnknownPerson] = p => $"“{Last(p)}”不在名册中；请改正 id 或添加该人员。",
        [RosterProblems.UnknownUnit] = p => $"“{Last(p)}”不是名册中的单位；请改正 id 或添加该单位。",
        [RosterProblems.UnknownLeader] = p => $"“{Last(p)}”不在领导班子中；请改正 id 或添加该领导。",
        ["demands.duplicate-round-id"] = p => $"巡察轮次 id“{Id(p, 0)}”被使用了不止一次；请为每轮巡察给出各自的 id。",
        ["demands.duplicate-score"] = p => $"“{Id(p, 0)}”对“{Id(p, 1)}”打了两次分；每个对象只保留一个得分。",
        ["demands.duplicate-case"] = p => $"信访件编号“{Id(p, 0)}”被使用了不止一次；请为每件信访给出各自的编号。",
        ["demands.no-unit"] = p => $"信访件“{Id(p, 0)}”涉及的“{Id(p, 1)}”没有任职岗位；请为该信访件填写 unitId。",
        ["demands.duplicate-drive-id"] = p => $"专项治理 id“{Id(p, 0)}”被使用了不止一次；请为每项专项治理给出各自的 id。",
        ["demands.unknown-sensitive-post"] = p => $"专项治理“{Id(p, 0)}”列出的敏感岗位“{Id(p, 1)}”没有任何单位列出；请改正名称，或把它加入某个单位的敏感岗位。",
        ["demands.duplicate-appointment"] = p => $"“{Id(p, 0)}”到“{Id(p, 1)}”的任职列出了不止一次；请只列一次。",
        ["demands.unknown-unit-kind"] = p => $"“{Id(p, 0)}”既不是内置的单位类别，也不是名册中任何单位的类别，因此不会选中任何人；请改正类别代码（如 hq-department）或删去。",
        ["demands.unknown-holiday"] = p => $"“{Id(p, 0)}”不是工作日历中的节日，不会为它产生节前提醒；请使用节日代码或中文名称，如 spring-festival 或 春节。",
        ["scheduling.window-too-long"] = p => $"约谈“{Id(p, 0)}”的时间窗口过长，排期最多处理 3660 天的窗口；请改正其所在的日期范围。",
        ["content.report-due-uncovered-year"] = p => $"“{Id(p, 0)}”的汇报材料应交日期落在工作日历没有数据的年份；请为该年补充节假日数据，或把约谈安排得晚一些。",
        ["content.duplicate-material"] = p => $"“{Id(p, 0)}”的汇报材料登记了不止一次；每个对象只保留一条。",
        ["content.unknown-subject"] = p => $"汇报材料的对象“{Id(p, 0)}”不在人员名册中；请改正 id 或添加该人员。",
        ["content.forwarded-before-received"] = p => $"“{Id(p, 0)}”的汇报材料转交日期早于收到日期；请核对日期。",
        ["content.received-before-sent"] = p => $"“{Id(p, 0)}”的汇报材料收到日期早于汇报模板发出日期；请核对日期。",
        ["options.out-of-range"] = OutOfRange,
        ["options.inconsistent"] = p => Numbers(p) is [var below, var warning]
            ? $"“{p.Path}”（{below}）高于 warningBelow（{warning}）；诫勉谈话的分数段必须低于提醒谈话的分数段。"
            : $"“{p.Path}”与其他设置相互矛盾；请改正其中之一。",
        ["options.empty"] = p => p.Path is { } path && path.EndsWith("unitKinds", StringComparison.Ordinal)
            ? $"“{path}”为空；请至少列出一个单位类别代码（如 hq-department），或从 sources 中删去 Annual。"
            : $"“{p.Path}”为空；请给出内容。",
        ["options.null"] = p => $"“{p.Path}”为 null；请给出值，或删去该项以使用默认值。",
        ["options.unknown-value"] = p => $"“{p.Path}”的值无效；请使用文档列出的名称之一。",
    };

    /// <summary>The problem in <paramref name="language"/>: the library's own in English, a Chinese text from its code and ids in Chinese.</summary>
    public static ValidationProblem Localize(ValidationProblem problem, OutputLanguage language)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (language == OutputLanguage.English)
        {
            return problem;
        }

        var message = Chinese.TryGetValue(problem.Code, out var render)
            ? render(problem)
            : $"软件包报告了一处问题（英文原文）：{problem.Message}";
        return new ValidationProblem(problem.Code, message, problem.Path, problem.Ids);
    }

    /// <summary>Whether <paramref name="code"/> has a Chinese text (a test keeps every code the loader can meet covered).</summary>
    public static bool Knows(string code) => Chinese.ContainsKey(code);

    private static string OutOfRange(ValidationProblem p) => Numbers(p) switch
    {
        [var value, var min, var max] => $"“{p.Path}”为 {value}；请使用 {min} 到 {max} 之间的整数。",
        [var value, ..] => $"“{p.Path}”为 {value}；LowestN 至少需要 1。",
        _ => $"“{p.Path}”超出允许的范围。",
    };

    private static string Id(ValidationProblem p, int index) => index < p.Ids.Count ? p.Ids[index] : string.Empty;

    private static string Last(ValidationProblem p) => p.Ids.Count > 0 ? p.Ids[^1] : string.Empty;

    private static string Quoted(IEnumerable<string> ids) => string.Join("、", ids.Select(id => $"“{id}”"));

    private static string[] Numbers(ValidationProblem p)
        => Number().Matches(p.Message).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"-?[0-9]+(\.[0-9]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
