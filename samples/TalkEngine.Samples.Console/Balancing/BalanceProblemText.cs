using System.Globalization;
using System.Text.RegularExpressions;
using TalkEngine.Balancing.Solver;

namespace TalkEngine.Samples.ConsoleApp.Balancing;

/// <summary>
/// A problem of a bench file in the console's language. The reader writes its own messages in the chosen language;
/// the solver's (<see cref="AssignmentProblemBuilder"/>: duplicate ids, limits…) are English, so under <c>--lang zh</c>
/// they are rendered here from their code and ids.
/// </summary>
internal static partial class BalanceProblemText
{
    private static readonly string MaxLoad = AssignmentProblem.MaxLoad.ToString(CultureInfo.InvariantCulture);

    private static readonly Dictionary<string, string> Chinese = new(StringComparer.Ordinal)
    {
        ["balancing.talker-id-missing"] = "有谈话人没有 id；请为每个谈话人填写唯一、非空的 id。",
        ["balancing.duplicate-talker"] = "谈话人 id“{0}”出现不止一次；谈话人 id 必须唯一。",
        ["balancing.bad-weight"] = $"谈话人“{{0}}”的权重（weight）须为 1 到 {AssignmentProblem.MaxWeight.ToString(CultureInfo.InvariantCulture)} 之间的整数。",
        ["balancing.bad-capacity"] = $"谈话人“{{0}}”的容量（capacity）须为 0 到 {MaxLoad} 之间的整数，或 null 表示不限。",
        ["balancing.bad-fixed-load"] = $"谈话人“{{0}}”的已定负担（fixedLoad）须为 0 到 {MaxLoad} 之间的整数。",
        ["balancing.subject-id-missing"] = "有谈话对象没有 id；请为每个谈话对象填写唯一、非空的 id。",
        ["balancing.duplicate-subject"] = "谈话对象 id“{0}”出现不止一次；谈话对象 id 必须唯一。",
        ["balancing.unknown-talker"] = "谈话对象“{0}”列出的谈话人“{1}”不在 talkers 中；请添加该谈话人或删去此项。",
        ["balancing.preferred-not-eligible"] = "谈话对象“{0}”优先的谈话人“{1}”不在其可选（eligible）列表中；优先谈话人必须可选。",
        ["balancing.duplicate-in-list"] = "谈话对象“{0}”的列表中谈话人“{1}”出现两次；每人只列一次。",
        ["balancing.weights-too-diverse"] = $"谈话人权重的最小公倍数超过 {AssignmentProblem.MaxWeightLcm.ToString(CultureInfo.InvariantCulture)}；请减少不同权重的种类（如 1、2、3、4）。",
        ["balancing.too-many-jobs"] = $"谈话对象超过 {AssignmentProblem.MaxJobCount.ToString(CultureInfo.InvariantCulture)} 个；请按地区或单位拆分问题。",
        ["balancing.too-large"] = "负担过大，无法精确均衡：已定负担、谈话对象数与权重比例可能使负担平方和超出 64 位整数；请降低已定负担、减少权重种类或拆分问题。",
        ["balancing.more-problems"] = "另有 {count} 处问题未列出；请先修正以上问题后再读取。",
    };

    /// <summary>The problem as one line: <c>[code] path: message</c>.</summary>
    public static string Render(ValidationProblem problem, OutputLanguage language)
    {
        ArgumentNullException.ThrowIfNull(problem);
        // The reader's own messages are already in the chosen language (and carry the line and column).
        var translated = problem.Message.Any(c => c is >= '\u4e00' and <= '\u9fff');
        if (language == OutputLanguage.English || translated || !Chinese.TryGetValue(problem.Code, out var template))
        {
            return problem.ToString();
        }

        var message = template
            .Replace("{0}", problem.Ids.Count > 0 ? problem.Ids[0] : string.Empty, StringComparison.Ordinal)
            .Replace("{1}", problem.Ids.Count > 1 ? problem.Ids[1] : string.Empty, StringComparison.Ordinal)
            .Replace("{count}", FirstNumber().Match(problem.Message).Value, StringComparison.Ordinal);
        return new ValidationProblem(problem.Code, message, problem.Path, problem.Ids).ToString();
    }

    [GeneratedRegex("[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex FirstNumber();
}
