using System.Text.Json;
using System.Text.Json.Nodes;
using Rotation.Checking;
using Rotation.Domain.Loading;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Domain.Time;
using Rotation.Outputs.Files;
using Rotation.Solver;
using Rotation.Solver.Alternatives;
using PlanView = Rotation.Outputs.Views.PlanView;

namespace Rotation.Runs;

/// <summary>What to suggest: who could fill <see cref="Post"/> from a month, or where <see cref="Cadre"/> could go then.</summary>
public sealed record SuggestQuestion(string? Post, string? Cadre, YearMonth Month, int Top);

/// <summary>
/// One answer: <see cref="Cadre"/> pinned to <see cref="Post"/> in the month, and the re-plan around it (the scenario with
/// the plan as its published plan and the pin added). <see cref="Changes"/> are the other cadres whose rows differ from the plan.
/// </summary>
public sealed record Suggestion(int Rank, string Cadre, string Post, long Objective, IReadOnlyList<string> Changes, string ScenarioFile,
    string PlanFile, string Text);

/// <summary>The suggestions, best first, and how many pairs were tried and why some gave none.</summary>
public sealed record SuggestRunResult(IReadOnlyList<Suggestion> Suggestions, int Tried, int Eligible, IReadOnlyList<string> Written);

/// <summary>
/// Answers "who could fill this post from month M?" and "where could this cadre go in month M?" (SPEC §8): for each
/// cadre (or post) that could, the scenario is re-planned with the plan published and a pin of that cadre to that post
/// in M, and the checked plans are ranked by objective. Pairs that cannot work on their face (grade, a competency no
/// course grants, a lock, a pin of their own that month) are not tried; the time limit is shared over the others,
/// those needing no training first, and at most <see cref="TriedPerAnswer"/> per answer asked for are tried.
/// </summary>
public static class SuggestRun
{
    public const string ListFile = "suggestions.json";

    /// <summary>Most suggestions one question may ask for.</summary>
    public const int MostSuggestions = 50;

    /// <summary>The names of the <paramref name="rank"/>th suggestion's scenario and plan files.</summary>
    public static (string Scenario, string Plan) Files(int rank) => ($"suggestion-{rank}.scenario.json", $"suggestion-{rank}.json");

    private const int TriedPerAnswer = 3;
    private const int TriedAtLeast = 12;
    private const double SliceAtLeast = 2;

    public static SuggestRunResult Run(JsonObject scenarioJson, Scenario scenario, Plan plan, SuggestQuestion question, SolveOptions options,
        string outDir, TimeProvider clock)
    {
        var started = clock.GetTimestamp();
        double Left() => options.TimeLimitSeconds - clock.GetElapsedTime(started).TotalSeconds;
        var t = scenario.Horizon.IndexOf(question.Month);
        var pairs = Pairs(scenario, plan, question, t).Take(Math.Max(TriedAtLeast, TriedPerAnswer * question.Top)).ToList();
        var found = new List<(string Cadre, string Post, JsonObject Json, Plan Plan)>();
        var tried = 0;
        var published = ScenarioEdit.WithPublished(scenarioJson, plan);
        foreach (var (cadre, post) in pairs)
        {
            if (Left() <= 0.5 || options.Cancellation.IsCancellationRequested) break;
            tried++;
            var json = ScenarioEdit.WithPin(published, cadre, new Pin(post, new MonthRange(question.Month, question.Month)));
            var loaded = ScenarioLoader.Load(ScenarioEdit.ToUtf8(json));
            if (!loaded.Succeeded) continue;
            var slice = Math.Max(Math.Min(SliceAtLeast, Left()), Left() / (pairs.Count - tried + 1));
            var solved = Replan.Around(loaded.Value!, plan, cadre, t, options with { TimeLimitSeconds = slice, ExplainInfeasibility = false, Progress = null }, clock);
            if (solved.Plan.HasAssignments && PlanChecker.Check(loaded.Value!, solved.Plan).Holds) found.Add((cadre, post, json, solved.Plan));
        }
        var ranked = found.OrderBy(f => f.Plan.Objective).Take(question.Top).ToList();
        RemoveEarlier(outDir);
        var written = new List<string>();
        var suggestions = new List<Suggestion>();
        var view = new PlanView(scenario, plan);
        for (var k = 0; k < ranked.Count; k++)
        {
            var (cadre, post, json, replan) = ranked[k];
            var (scenarioFile, planFile) = Files(k + 1);
            AtomicFile.Write(Path.Combine(outDir, scenarioFile), ScenarioEdit.ToUtf8(json));
            AtomicFile.Write(Path.Combine(outDir, planFile), PlanWriter.ToUtf8(replan));
            written.AddRange([Path.Combine(outDir, scenarioFile), Path.Combine(outDir, planFile)]);
            var changes = Changed(plan, replan, cadre);
            suggestions.Add(new Suggestion(k + 1, cadre, post, replan.Objective!.Value, changes, scenarioFile, planFile,
                Sentence(view, cadre, post, question.Month, replan, changes)));
        }
        var list = Path.Combine(outDir, ListFile);
        AtomicFile.Write(list, ToUtf8(suggestions));
        written.Add(list);
        return new SuggestRunResult(suggestions, tried, pairs.Count, written);
    }

    /// <summary>
    /// Why a question about <paramref name="post"/> or <paramref name="cadre"/> in <paramref name="month"/> cannot be asked of
    /// the scenario: each problem with the field it is about ("post", "cadre", "month"); empty when it can.
    /// </summary>
    public static IReadOnlyList<(string Field, string Problem)> Problems(Scenario scenario, string? post, string? cadre, YearMonth? month)
    {
        var problems = new List<(string, string)>();
        if (post is not null && scenario.Posts.All(p => p.Id != post))
            problems.Add(("post", $"unknown post \"{post}\"{Hint(post, scenario.Posts.Select(p => p.Id))}"));
        if (cadre is not null && scenario.Cadres.All(c => c.Id != cadre))
            problems.Add(("cadre", $"unknown cadre \"{cadre}\"{Hint(cadre, scenario.Cadres.Select(c => c.Id))}"));
        if (month is { } m && !scenario.Horizon.Contains(m))
            problems.Add(("month", $"{m} is outside the horizon {scenario.Horizon.Start}..{scenario.Horizon.End}"));
        return problems;
    }

    private static string Hint(string typed, IEnumerable<string> ids) =>
        Suggest.Closest(typed, ids) is { } close ? $"; did you mean \"{close}\"?" : "";

    /// <summary>The (cadre, post) pairs worth a re-plan, those that need no course first, then in scenario order.</summary>
    private static IEnumerable<(string Cadre, string Post)> Pairs(Scenario scenario, Plan plan, SuggestQuestion q, int t)
    {
        var rows = plan.Assignments.ToDictionary(a => a.Cadre, a => a.Posts);
        var granted = scenario.Courses.Select(c => c.Grants).ToHashSet();
        var cadres = scenario.Cadres.Where(c => q.Cadre is null || c.Id == q.Cadre);
        var posts = scenario.Posts.Where(p => q.Post is null || p.Id == q.Post);
        return cadres.SelectMany(c => posts.Select(p => (Cadre: c, Post: p)))
            .Where(x => x.Cadre.IsPresentIn(q.Month) && !x.Cadre.Locked && x.Cadre.PinnedPostIn(q.Month) is null
                        && rows.TryGetValue(x.Cadre.Id, out var row) && row[t] != x.Post.Id
                        && x.Post.AdmitsGrade(x.Cadre.Grade) && x.Post.Requires.All(r => x.Cadre.Competencies.Contains(r) || granted.Contains(r)))
            .OrderBy(x => x.Post.Requires.All(x.Cadre.Competencies.Contains) ? 0 : 1)
            .Select(x => (x.Cadre.Id, x.Post.Id));
    }

    private static List<string> Changed(Plan plan, Plan replan, string pinned)
    {
        var before = plan.Assignments.ToDictionary(a => a.Cadre, a => a.Posts);
        return [.. replan.Assignments.Where(a => a.Cadre != pinned && before.TryGetValue(a.Cadre, out var row) && !row.SequenceEqual(a.Posts)).Select(a => a.Cadre)];
    }

    private static string Sentence(PlanView current, string cadre, string post, YearMonth month, Plan replan, List<string> changes)
    {
        var who = current.CadreLabel(cadre);
        var from = current.PostAt(cadre, current.Scenario.Horizon.IndexOf(month));
        var others = changes.Count == 0 ? "nobody else changes post"
            : changes.Count == 1 ? $"1 other person's row changes ({changes[0]})"
            : $"{changes.Count} other people's rows change ({string.Join(", ", changes.Take(5))}{(changes.Count > 5 ? ", …" : "")})";
        return $"{who} holds {post} in {month} instead of {from ?? "no post"}; {others}; objective {replan.Objective} with every rule kept.";
    }

    /// <summary>An earlier run's suggestion files: those this run does not write again would read as its own.</summary>
    private static void RemoveEarlier(string outDir)
    {
        if (!Directory.Exists(outDir)) return;
        foreach (var file in Directory.GetFiles(outDir, "suggestion-*.json")) File.Delete(file);
    }

    private static byte[] ToUtf8(IReadOnlyList<Suggestion> suggestions)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, PlanWriter.Options))
        {
            w.WriteStartArray();
            foreach (var s in suggestions)
            {
                w.WriteStartObject();
                w.WriteNumber("rank", s.Rank);
                w.WriteString("cadre", s.Cadre);
                w.WriteString("post", s.Post);
                w.WriteNumber("objective", s.Objective);
                w.WriteStartArray("changes");
                foreach (var c in s.Changes) w.WriteStringValue(c);
                w.WriteEndArray();
                w.WriteString("scenario", s.ScenarioFile);
                w.WriteString("plan", s.PlanFile);
                w.WriteString("text", s.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        return stream.ToArray();
    }
}
