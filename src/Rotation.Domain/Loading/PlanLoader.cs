using System.Collections.Immutable;
using System.Text.Json;
using Rotation.Domain.Plans;

namespace Rotation.Domain.Loading;

/// <summary>Reads a plan file (SPEC §5), reporting every shape problem at once. Whether the plan keeps the rules is the checker's job.</summary>
public static class PlanLoader
{
    public static LoadResult<Plan> Load(ReadOnlySpan<byte> utf8Json)
    {
        var document = JsonInput.Parse(utf8Json, out var syntaxProblem);
        if (document is null) return new LoadResult<Plan>(null, [syntaxProblem!], []);
        using (document)
        {
            var r = new JsonReader();
            var plan = Read(r, document.RootElement);
            return r.Problems.Count == 0
                ? new LoadResult<Plan>(plan, [], r.Warnings)
                : new LoadResult<Plan>(null, r.Problems, r.Warnings);
        }
    }

    public static LoadResult<Plan> Load(string json) => Load(System.Text.Encoding.UTF8.GetBytes(json));

    private static Plan? Read(JsonReader r, JsonElement root)
    {
        const string at = "$";
        if (root.ValueKind != JsonValueKind.Object)
        {
            r.Error(at, $"a plan file holds one JSON object {{...}}, not {JsonReader.Describe(root)}");
            return null;
        }
        r.ExpectOnly(root, at, "scenario", "status", "objective", "bestBound", "solveSeconds", "terms", "months",
            "assignments", "trainings", "handovers", "checkpoints", "conflicts");
        var statusText = r.String(root, at, "status", required: true, "give Optimal, Feasible, Infeasible or Unknown");
        PlanStatus? status = null;
        if (statusText is not null)
        {
            // Only the four names: Enum.TryParse would also take "0", " Optimal" and "Optimal, Feasible".
            if (Enum.GetNames<PlanStatus>().Contains(statusText)) status = Enum.Parse<PlanStatus>(statusText);
            else r.Error("$.status", $"\"{statusText}\" is not a status; use Optimal, Feasible, Infeasible or Unknown");
        }
        var objective = Long(r, root, at, "objective");
        var bound = Number(r, root, at, "bestBound");
        var seconds = Number(r, root, at, "solveSeconds") ?? 0;
        var terms = ReadTerms(r, root);
        var months = r.Array(root, at, "months", (e, p) => r.MonthValue(e, p)?.ToString(), required: true,
            "list the plan's months, e.g. [\"2027-01\"]");
        var assignments = r.Array(root, at, "assignments", (e, p) => ReadAssignment(r, e, p), required: true,
            "list one row per cadre (empty for an Infeasible or Unknown plan)");
        var trainings = r.Array(root, at, "trainings", (e, p) =>
        {
            if (!r.IsObject(e, p, "a training {\"cadre\", \"course\", \"start\"}")) return null;
            r.ExpectOnly(e, p, "cadre", "course", "start");
            var cadre = r.Id(e, p, "cadre");
            var course = r.Id(e, p, "course");
            var start = r.Month(e, p, "start", required: true);
            return cadre is null || course is null || start is null ? null : new Training(cadre, course, start.Value.ToString());
        });
        var handovers = r.Array(root, at, "handovers", (e, p) => ReadHandover(r, e, p));
        var checkpoints = r.Array(root, at, "checkpoints", (e, p) => ReadCheckpoint(r, e, p));
        var conflicts = r.Strings(root, at, "conflicts");
        if (status is null) return null;
        return new Plan(r.String(root, at, "scenario") ?? "", status.Value, objective, bound, seconds, terms, months,
            assignments, trainings, handovers, checkpoints, conflicts);
    }

    private static Terms ReadTerms(JsonReader r, JsonElement root)
    {
        const string at = "$.terms";
        var t = JsonReader.Get(root, "terms");
        if (t is null || !r.IsObject(t, at, "the objective terms")) return Terms.Zero;
        var e = t.Value;
        r.ExpectOnly(e, at, "vacancy", "moves", "excessMoves", "trainingCost", "crossOffice", "preference", "changes");
        return new Terms(Long(r, e, at, "vacancy") ?? 0, Long(r, e, at, "moves") ?? 0, Long(r, e, at, "excessMoves") ?? 0,
            Long(r, e, at, "trainingCost") ?? 0, Long(r, e, at, "crossOffice") ?? 0, Long(r, e, at, "preference") ?? 0,
            Long(r, e, at, "changes") ?? 0);
    }

    private static Assignment? ReadAssignment(JsonReader r, JsonElement e, string at)
    {
        if (!r.IsObject(e, at, "a row {\"cadre\": ..., \"posts\": [...]}")) return null;
        r.ExpectOnly(e, at, "cadre", "posts");
        var cadre = r.Id(e, at, "cadre");
        var posts = r.Array(e, at, "posts", (x, p) =>
        {
            if (x.ValueKind == JsonValueKind.Null) return new Cell(null);
            if (x.ValueKind == JsonValueKind.String) return new Cell(x.GetString());
            r.Error(p, $"must be a post id or null, not {JsonReader.Describe(x)}");
            return null;
        }, required: true, "list one post (or null) per month");
        return cadre is null ? null : new Assignment(cadre, [.. posts.Select(c => c.Post)]);
    }

    private sealed record Cell(string? Post);

    private static Handover? ReadHandover(JsonReader r, JsonElement e, string at)
    {
        if (!r.IsObject(e, at, "a handover row")) return null;
        r.ExpectOnly(e, at, "post", "month", "from", "to", "windowStart", "windowEnd", "items");
        var post = r.Id(e, at, "post");
        var month = r.Month(e, at, "month", required: true);
        var start = Day(r, e, at, "windowStart");
        var end = Day(r, e, at, "windowEnd");
        var items = r.Array(e, at, "items", (x, p) => x.ValueKind == JsonValueKind.String ? x.GetString() : null);
        return post is null || month is null || start is null || end is null
            ? null
            : new Handover(post, month.Value.ToString(), r.String(e, at, "from"), r.String(e, at, "to"), start.Value, end.Value,
                [.. items.Select(i => i!)]);
    }

    private static Checkpoint? ReadCheckpoint(JsonReader r, JsonElement e, string at)
    {
        if (!r.IsObject(e, at, "a checkpoint row")) return null;
        r.ExpectOnly(e, at, "cadre", "post", "kind", "month", "date", "reviewer");
        var cadre = r.Id(e, at, "cadre");
        var post = r.Id(e, at, "post");
        var kind = r.String(e, at, "kind", required: true, "give onboarding, review or exit");
        if (kind is not null and not (CheckpointKind.Onboarding or CheckpointKind.Review or CheckpointKind.Exit))
            r.Error($"{at}.kind", $"\"{kind}\" is not a checkpoint kind; use onboarding, review or exit");
        var month = r.Month(e, at, "month", required: true);
        var date = Day(r, e, at, "date");
        return cadre is null || post is null || kind is null || month is null || date is null
            ? null
            : new Checkpoint(cadre, post, kind, month.Value.ToString(), date.Value, r.String(e, at, "reviewer"));
    }

    private static DateOnly? Day(JsonReader r, JsonElement e, string at, string name)
    {
        var v = JsonReader.Get(e, name);
        if (v is not null) return r.DayValue(v.Value, $"{at}.{name}");
        r.Error($"{at}.{name}", "required; give a day written YYYY-MM-DD");
        return null;
    }

    private static long? Long(JsonReader r, JsonElement e, string at, string name)
    {
        var v = JsonReader.Get(e, name);
        if (v is null) return null;
        if (v.Value.ValueKind == JsonValueKind.Number && v.Value.TryGetInt64(out var n)) return n;
        r.Error($"{at}.{name}", $"must be a whole number, not {JsonReader.Describe(v.Value)}");
        return null;
    }

    private static double? Number(JsonReader r, JsonElement e, string at, string name)
    {
        var v = JsonReader.Get(e, name);
        if (v is null) return null;
        if (v.Value.ValueKind == JsonValueKind.Number) return v.Value.GetDouble();
        r.Error($"{at}.{name}", $"must be a number, not {JsonReader.Describe(v.Value)}");
        return null;
    }

}
