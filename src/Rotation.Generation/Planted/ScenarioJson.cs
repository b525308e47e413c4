using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rotation.Generation.Planted;

/// <summary>Writes the planted scenario in the file format of SPEC §2; optional fields are left out when empty.</summary>
internal static class ScenarioJson
{
    public static byte[] Write(string name, Organisation org, Person[] people, PlantedPolicy policy)
    {
        var scenario = new JsonObject
        {
            ["name"] = name,
            ["horizon"] = new JsonObject { ["start"] = org.Label(0), ["months"] = org.Months },
            ["calendar"] = Calendar(org),
            ["offices"] = Array(org.Offices.Select((id, o) => Office(org, id, o))),
            ["workNatures"] = Array(org.Natures.Select(n => new JsonObject { ["id"] = n.Id })),
            ["competencies"] = Strings(org.Competencies),
            ["courses"] = Array(org.Courses.Select(c => Course(org, c, policy.CourseCapacity[c.Id]))),
            ["posts"] = Array(org.Posts.Select(p => Post(org, p))),
            ["cadres"] = Array(people.Select(p => Cadre(org, p))),
            ["policy"] = Policy(org, policy),
        };
        return JsonSerializer.SerializeToUtf8Bytes(scenario, new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>New Year's Day and the National Day week each year, with the Sunday before the week worked in exchange.</summary>
    private static JsonObject Calendar(Organisation org)
    {
        var years = Enumerable.Range(org.Start.Year, org.Months / 12 + 2).ToArray();
        var holidays = years.SelectMany(y => new[] { new DateOnly(y, 1, 1) }.Concat(Enumerable.Range(1, 7).Select(d => new DateOnly(y, 10, d))));
        var extra = years.Select(y => Enumerable.Range(24, 7).Select(d => new DateOnly(y, 9, d)).Last(d => d.DayOfWeek == DayOfWeek.Sunday));
        return new JsonObject { ["holidays"] = Days(holidays), ["extraWorkdays"] = Days(extra) };
    }

    private static JsonObject Office(Organisation org, string id, int o) => new()
    {
        ["id"] = id,
        ["name"] = $"Office {o + 1}",
        ["blackoutMonthsOfYear"] = Array(org.BlackoutMonthsOf(o).Select(m => (JsonNode)m)),
    };

    private static JsonObject Course(Organisation org, PlantedCourse c, int capacity) => new()
    {
        ["id"] = c.Id,
        ["grants"] = org.Competencies[c.Competency],
        ["months"] = c.Months,
        ["capacity"] = capacity,
        ["cost"] = c.Cost,
        ["sessions"] = Strings(c.Sessions.Select(org.Label)),
    };

    private static JsonObject Post(Organisation org, PlantedPost p)
    {
        var post = new JsonObject
        {
            ["id"] = p.Id,
            ["office"] = org.Offices[p.Office],
            ["workNature"] = org.Natures[p.Nature].Id,
            ["title"] = $"{org.Natures[p.Nature].Id} {p.Index + 1}",
            ["min"] = p.Min,
            ["max"] = p.Max,
            ["critical"] = p.Critical,
        };
        if (p.Requires.Length > 0) post["requires"] = Strings(p.Requires.Select(k => org.Competencies[k]));
        if (p.MinGrade is { } low) post["minGrade"] = low;
        if (p.MaxGrade is { } high) post["maxGrade"] = high;
        if (p.Reviewer is { } reviewer) post["reviewer"] = reviewer;
        if (p.HandoverItems.Length > 0) post["handoverItems"] = Strings(p.HandoverItems);
        return post;
    }

    private static JsonObject Cadre(Organisation org, Person p)
    {
        var cadre = new JsonObject { ["id"] = p.Id, ["grade"] = p.Grade };
        if (p.Joiner) cadre["joins"] = org.Label(p.Join);
        else
        {
            cadre["post"] = org.Posts[p.StartPost].Id;
            cadre["since"] = org.Label(-p.PriorMonths);
        }
        if (p.Leaves is { } leaves) cadre["leaves"] = org.Label(leaves);
        if (p.Locked) cadre["locked"] = true;
        if (p.Competencies.Count > 0) cadre["competencies"] = Strings(p.Competencies.Select(k => org.Competencies[k]));
        if (p.PastOffices.Count > 0) cadre["pastOffices"] = Strings(p.PastOffices.Select(o => org.Offices[o]));
        if (p.Preferences.Count > 0)
            cadre["preferences"] = Array(p.Preferences.Select(w => new JsonObject { [w.Kind] = w.Id, ["weight"] = w.Weight }));
        if (p.Unavailable.Count > 0)
            cadre["unavailable"] = Array(p.Unavailable.Select(s => new JsonObject { ["from"] = org.Label(s.From), ["to"] = org.Label(s.To) }));
        if (p.Avoid.Count > 0) cadre["avoid"] = Strings(p.Avoid);
        if (p.Pin is { } pin)
            cadre["pins"] = Array([new JsonObject { ["post"] = org.Posts[pin.Post].Id, ["from"] = org.Label(pin.From), ["to"] = org.Label(pin.To) }]);
        return cadre;
    }

    private static JsonObject Policy(Organisation org, PlantedPolicy policy) => new()
    {
        ["tenure"] = new JsonObject
        {
            ["default"] = Cycle(org.Natures[0]),
            ["byWorkNature"] = new JsonObject(org.Natures.Skip(1).Select(n => KeyValuePair.Create(n.Id, (JsonNode?)Cycle(n)))),
        },
        ["maxMovesPerMonth"] = policy.MaxMovesPerMonth,
        ["maxDeparturesPerOfficePerMonth"] = policy.MaxDeparturesPerOfficePerMonth,
        ["noReturnMonths"] = policy.NoReturnMonths,
        ["fairMoves"] = policy.FairMoves,
        ["handoverDays"] = policy.HandoverDays,
        ["checkpointMonths"] = Array(policy.CheckpointMonths.Select(m => (JsonNode)m)),
    };

    private static JsonObject Cycle(Nature n) => new() { ["min"] = n.Min, ["max"] = n.Max };

    private static JsonArray Array(IEnumerable<JsonNode> nodes) => new([.. nodes]);

    private static JsonArray Strings(IEnumerable<string> values) => Array(values.Select(v => (JsonNode)v));

    private static JsonArray Days(IEnumerable<DateOnly> days) => Strings(days.Select(d => d.ToString("yyyy-MM-dd")));
}
