namespace TalkEngine.Samples.ConsoleApp.Example;

/// <summary>
/// The property names of every object of a roster file (docs/input-format.md), in the order the documentation
/// lists them. The loader refuses any other name and suggests the nearest of these, so that a misspelt key
/// (<c>inspectionRound</c>, <c>riskLevel_x</c>) is an error instead of a part of the year that quietly disappears.
/// Names are matched ignoring case; <c>$comment</c> is allowed in every object.
/// </summary>
internal static class DatasetSchema
{
    public static readonly string[] Root =
    [
        "$schema", "name", "period", "referenceDate", "sources", "unitKinds", "units", "people", "posts", "leaders",
        "inspectionRounds", "survey", "petitions", "governanceDrives", "appointments", "policies", "records", "reportsReceived", "catalogue", "materials",
    ];

    public static readonly string[] Interval = ["start", "end"];

    public static readonly string[] Unit = ["id", "name", "kind", "parentId", "riskLevel", "sensitivePosts"];

    public static readonly string[] Person = ["id", "name", "statuses"];

    public static readonly string[] Status = ["kind", "start", "end", "note"];

    public static readonly string[] Post = ["unitId", "role", "holderId", "start", "end", "sensitivePost"];

    public static readonly string[] Leader = ["id", "name", "title", "roles", "supervisedUnitIds"];

    public static readonly string[] InspectionRound = ["id", "name", "inspectedUnitIds", "teamLeaderId", "onSite", "scores"];

    public static readonly string[] PersonScore = ["personId", "score"];

    public static readonly string[] Survey = ["id", "name", "year", "scores"];

    public static readonly string[] UnitScore = ["unitId", "score"];

    public static readonly string[] Petition = ["caseNumber", "subjectId", "concludedOn", "finding", "summary", "unitId"];

    public static readonly string[] GovernanceDrive = ["id", "name", "window", "unitIds", "sensitivePosts"];

    public static readonly string[] Appointment = ["personId", "unitId", "role", "effectiveDate"];

    public static readonly string[] Record =
    [
        "id", "date", "subjectId", "talkerIds", "recorderId", "source", "style", "mode", "demandId", "unitId",
        "topics", "problemsFound", "commitments", "goodPractices", "reviews",
    ];

    /// <summary>A document of records only, as a host posts the talks held.</summary>
    public static readonly string[] RecordsDocument = ["$schema", "records"];

    public static readonly string[] Material = ["subjectId", "templateSent", "received", "forwarded", "talkDate"];

    public static readonly string[] Review = ["recordId", "commitmentNumber", "outcome"];

    public static readonly string[] Commitment = ["description", "dueDate"];

    public static readonly string[] Practice = ["theme", "description"];

    // The policies of the sources (TalkEngine.Demands.DemandOptions). Whether a source runs is "sources", not a policy.
    public static readonly string[] Policies =
    [
        "excludedStatuses", "overlaps", "annual", "inspection", "survey", "preHoliday", "petition", "governance", "preAppointment", "riskFrequency", "mode",
    ];

    public static readonly string[] AnnualPolicy = ["unitKinds", "basis", "style", "newlyAppointedStyle"];

    public static readonly string[] InspectionPolicy = ["selection", "threshold", "lowestCount", "warningBelow", "admonitionBelow"];

    public static readonly string[] SurveyPolicy = ["selection", "threshold", "lowestCount", "admonitionBelow"];

    public static readonly string[] PreHolidayPolicy = ["workingDaysBefore", "minimumRisk", "includeSensitivePosts", "holidayKeys"];

    public static readonly string[] PetitionPolicy = ["windowDays", "requiredRole"];

    public static readonly string[] GovernancePolicy = ["style"];

    public static readonly string[] PreAppointmentPolicy = ["daysBefore", "style", "requiredRole"];

    public static readonly string[] RiskFrequencyPolicy = ["everyMonths", "minimumRisk"];

    public static readonly string[] ModePolicy = ["default", "videoUnitKinds", "inPersonStyles"];
}
