using System.Text.Json.Nodes;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Careers;
using Rotation.Solver.Search;

namespace Rotation.Solver.Tests.Careers;

/// <summary>What the career tests share: the spaces and rows of a scenario, every career of a cadre, and the checker's verdict on one.</summary>
internal static class CareerKit
{
    /// <summary>More careers than any tiny scenario has.</summary>
    public const int Plenty = 1_000_000;

    /// <summary>Every cadre's space, in order, and the linking rows over them.</summary>
    public static (List<CareerSpace> Spaces, LinkingRows Rows) Spaces(Scenario scenario)
    {
        var index = new ScenarioIndex(scenario);
        var spaces = Enumerable.Range(0, scenario.Cadres.Length).Select(c => new CareerSpace(scenario, index, c)).ToList();
        return (spaces, new LinkingRows(scenario, spaces));
    }

    /// <summary>Every career of cadre <paramref name="cadre"/> at zero duals, where the reduced cost is the career's cost.</summary>
    public static IReadOnlyList<(double Reduced, Career Career)> Enumerate(Scenario scenario, int cadre = 0)
    {
        var (spaces, rows) = Spaces(scenario);
        var found = new CareerPricer(scenario, spaces[cadre], rows, new double[rows.Rows.Count]).Enumerate(double.PositiveInfinity, Plenty);
        Assert.NotNull(found);
        return found;
    }

    public static List<Career> AllCareers(Scenario scenario, int cadre = 0) => [.. Enumerate(scenario, cadre).Select(f => f.Career)];

    /// <summary>A career's months as post ids separated by spaces, "-" when absent.</summary>
    public static string Row(Career career) =>
        string.Join(' ', career.Posts.Select(k => k < 0 ? "-" : career.Space.Posts[k].Id));

    /// <summary>The row with its course sessions, e.g. "p p q q | ck@0".</summary>
    public static string Describe(Scenario scenario, Career career) =>
        Row(career) + (career.Trainings.Length == 0 ? "" :
            " | " + string.Join(' ', career.Trainings.Select(o => $"{scenario.Courses[o.Course].Id}@{o.Start}")));

    /// <summary>
    /// The independent checker's verdict on the career as the whole plan of a one-cadre scenario (as CareerSolver.Assemble
    /// builds it): null when it breaks a rule.
    /// </summary>
    public static Verdict? Judge(Scenario scenario, Career career)
    {
        Assert.Single(scenario.Cadres);
        var rows = new Dictionary<string, string?[]> { [career.Space.Cadre.Id] = career.PostIds() };
        return new PartJudge(scenario, (_, _) => true).Judge(rows, [.. career.Enrolments(scenario)]);
    }

    /// <summary>Asserts the checker holds the career, alone in its scenario, and counts the career's own cost.</summary>
    public static void AssertKept(Scenario scenario, Career career)
    {
        var verdict = Judge(scenario, career);
        Assert.True(verdict is not null, $"the career {Describe(scenario, career)} breaks a rule");
        Assert.True(verdict.Objective == career.Cost,
            $"the career {Describe(scenario, career)} costs {career.Cost}, the checker counts {verdict.Objective} ({verdict.Terms})");
    }

    /// <summary>
    /// The scenario of a random one with cadre <paramref name="cadre"/> alone, and nothing it shares with others left to
    /// bind: every post min 0, not critical, max at least 1; no throughput limit of 0; no avoidance; the published rows of
    /// the others gone. The weights the career solver needs non-negative (vacancy, move, excess moves, training cost) are made so.
    /// The vacancy term is then 0, and the checker's objective of a one-cadre plan is that cadre's own share.
    /// </summary>
    public static string Alone(string json, int cadre)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var cadres = root["cadres"]!.AsArray();
        var kept = cadres[cadre]!.DeepClone().AsObject();
        var id = (string)kept["id"]!;
        kept.Remove("avoid");
        root["cadres"] = new JsonArray(kept);
        foreach (var post in root["posts"]!.AsArray())
        {
            post!["min"] = 0;
            post["critical"] = false;
            post["max"] = Math.Max(1, (int)post["max"]!);
        }
        var policy = root["policy"]!.AsObject();
        foreach (var limit in new[] { "maxMovesPerMonth", "maxDeparturesPerOfficePerMonth" })
            if (policy[limit] is { } value && (int)value == 0) policy.Remove(limit);
        var weights = policy["weights"]!.AsObject();
        foreach (var weight in new[] { "vacancy", "move", "excessMoves", "trainingCost" })
            if (weights[weight] is { } value) weights[weight] = Math.Abs((int)value);
        if (root["published"] is JsonObject published)
        {
            var own = published["assignments"]!.AsArray().Where(a => (string)a!["cadre"]! == id).Select(a => a!.DeepClone()).ToArray();
            published["assignments"] = new JsonArray(own);
        }
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}
