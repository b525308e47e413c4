using Rotation.Checking.Objective;
using Rotation.Domain.Loading;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;

namespace Rotation.Checking.Tests;

/// <summary>Where a violation was reported: everything of it but the free-text message.</summary>
public sealed record Found(string Code, string Id, string? Cadre = null, string? Post = null, string? Month = null);

/// <summary>
/// Scenarios from inline JSON and plans from compact rows ("p p q -", "-" = no post). A built plan has its handover and
/// checkpoint rows derived by Rotation.Outputs and its terms recounted, so a test breaks only what it means to break;
/// the terms themselves are pinned by hand-computed values in Objective/.
/// </summary>
public static class Plans
{
    public static Scenario Scenario(string json)
    {
        var result = ScenarioLoader.Load(json);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Value!;
    }

    public static string?[] Row(string cells) =>
        [.. cells.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => c == "-" ? null : c)];

    public static Plan Build(Scenario scenario, params (string Cadre, string Row)[] rows) => Build(scenario, rows, []);

    public static Plan Build(Scenario scenario, (string Cadre, string Row)[] rows, params Training[] trainings) =>
        Build(scenario, rows.ToDictionary(r => r.Cadre, r => Row(r.Row)), trainings);

    public static Plan Build(Scenario scenario, IReadOnlyDictionary<string, string?[]> rows, IEnumerable<Training> trainings)
    {
        var posts = rows.ToDictionary(r => r.Key, r => (IReadOnlyList<string?>)r.Value);
        var draft = PlanAssembler.Assemble(scenario, new Decisions(posts, [.. trainings]), PlanStatus.Feasible, Terms.Zero, 0, 0, 0);
        var counts = ObjectiveRule.AllTerms.Select(t => t.Count(new PlanView(scenario, draft))).ToArray();
        return Reporting(scenario, draft, new Terms(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]));
    }

    /// <summary>The plan reporting these terms, with the objective and bound the formula gives over them.</summary>
    public static Plan Reporting(Scenario scenario, Plan plan, Terms terms)
    {
        var objective = terms.Objective(scenario.Policy.Weights);
        return plan with { Terms = terms, Objective = objective, BestBound = objective };
    }

    /// <summary>The plan with one cadre's row replaced and nothing else changed (derived rows stay as they were).</summary>
    public static Plan WithRow(Plan plan, string cadre, string cells) =>
        plan with { Assignments = [.. plan.Assignments.Select(a => a.Cadre == cadre ? a with { Posts = [.. Row(cells)] } : a)] };

    public static Found[] Check(Scenario scenario, Plan plan) =>
        [.. PlanChecker.Check(scenario, plan).Violations.Select(v => new Found(v.Code, v.Id, v.Cadre, v.Post, v.Month))];

    public static Found[] Check(Scenario scenario, Plan plan, string code) => [.. Check(scenario, plan).Where(f => f.Code == code)];

    public static void Holds(Scenario scenario, Plan plan) => Assert.Empty(PlanChecker.Check(scenario, plan).Violations);

    public static Training Course(string cadre, string course, string start) => new(cadre, course, start);
}
