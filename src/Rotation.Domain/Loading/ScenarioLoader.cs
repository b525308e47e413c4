using System.Collections.Immutable;
using System.Text.Json;
using Rotation.Domain.Scenarios;
using Rotation.Domain.Time;

namespace Rotation.Domain.Loading;

/// <summary>
/// Reads a scenario file (SPEC §2): every problem in it is reported at once, with its JSON path and the fix;
/// defaults are applied; a scenario is returned only when the file is entirely valid.
/// </summary>
public static class ScenarioLoader
{
    public static LoadResult<Scenario> Load(ReadOnlySpan<byte> utf8Json)
    {
        var document = JsonInput.Parse(utf8Json, out var syntaxProblem);
        if (document is null) return new LoadResult<Scenario>(null, [syntaxProblem!], []);
        using (document)
        {
            var reader = new JsonReader();
            var scenario = new Builder(reader).Build(document.RootElement);
            return reader.Problems.Count == 0
                ? new LoadResult<Scenario>(scenario, [], reader.Warnings)
                : new LoadResult<Scenario>(null, reader.Problems, reader.Warnings);
        }
    }

    public static LoadResult<Scenario> Load(string json) => Load(System.Text.Encoding.UTF8.GetBytes(json));

    internal sealed record Located<T>(T Value, string Path);

    internal sealed record PublishedInput(PublishedPlan Plan, ImmutableArray<Located<PublishedRow>> Rows);

    private sealed class Builder(JsonReader r)
    {
        private const string Root = "$";

        // Ids of every post and cadre that has one, even when the item has another problem, so that references
        // to it are not reported as unknown too.
        private readonly HashSet<string> _postIds = [];
        private readonly HashSet<string> _cadreIds = [];

        public Scenario? Build(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                r.Error(Root, $"a scenario file holds one JSON object {{...}}, not {JsonReader.Describe(root)}");
                return null;
            }
            r.ExpectOnly(root, Root, "name", "horizon", "calendar", "offices", "workNatures", "competencies", "courses",
                "posts", "cadres", "policy", "published");

            var name = r.String(root, Root, "name") ?? "";
            var horizon = ReadHorizon(root);
            var calendar = ReadCalendar(root);
            var offices = ReadList(root, "offices", ReadOffice, required: true, Limits.MaxOffices,
                "list the offices, e.g. [{\"id\": \"cyber\"}]");
            var natures = ReadList(root, "workNatures", ReadWorkNature, required: false, Limits.MaxListItems, null);
            var competencies = ReadCompetencies(root);
            var courses = ReadList(root, "courses", ReadCourse, required: false, Limits.MaxCourses, null);
            var posts = ReadList(root, "posts", ReadPost, required: true, Limits.MaxPosts,
                "list the posts, e.g. [{\"id\": \"cyber-ops-1\", \"office\": \"cyber\", \"workNature\": \"security-ops\"}]");
            var cadres = ReadList(root, "cadres", ReadCadre, required: true, Limits.MaxCadres,
                "list the cadres, e.g. [{\"id\": \"c01\", \"grade\": 2, \"post\": \"cyber-ops-1\", \"since\": \"2024-03\"}]");
            var policy = ReadPolicy(root);
            var published = ReadPublished(root);

            new References(r, horizon, offices, natures, competencies, courses, posts, cadres, _postIds, _cadreIds, policy,
                published).Check();

            if (r.Problems.Count > 0 || horizon is null || policy is null) return null;
            return new Scenario(name, horizon, calendar,
                [.. offices.Select(o => o.Value)], [.. natures.Select(n => n.Value)], [.. competencies.Select(c => c.Value)],
                [.. courses.Select(c => c.Value)], [.. posts.Select(p => p.Value)], [.. cadres.Select(c => c.Value)],
                policy.Value, published?.Plan);
        }

        private ImmutableArray<Located<T>> ReadList<T>(JsonElement root, string name, Func<JsonElement, string, T?> read,
            bool required, int maxItems, string? fix) where T : class
        {
            var items = r.Array(root, Root, name, (e, at) => read(e, at) is { } v ? new Located<T>(v, at) : null,
                required, fix, maxItems);
            if (required && JsonReader.Get(root, name) is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() == 0)
                r.Error(JsonReader.Child(Root, name), $"must not be empty; {fix}");
            return items;
        }

        private Horizon? ReadHorizon(JsonElement root)
        {
            const string at = "$.horizon";
            var h = JsonReader.Get(root, "horizon");
            if (!r.IsObject(h, at, "the planning horizon, e.g. {\"start\": \"2027-01\", \"months\": 36}")) return null;
            r.ExpectOnly(h!.Value, at, "start", "months");
            var start = r.Month(h.Value, at, "start", required: true, "give the first month of the plan, e.g. \"2027-01\"");
            var months = r.Int(h.Value, at, "months", required: true, min: 1, max: Limits.MaxHorizonMonths,
                fix: "give the number of months to plan, e.g. 36");
            return start is null || months is null ? null : new Horizon(start.Value, months.Value);
        }

        private WorkingCalendar ReadCalendar(JsonElement root)
        {
            const string at = "$.calendar";
            var c = JsonReader.Get(root, "calendar");
            if (c is null) return WorkingCalendar.WeekdaysOnly;
            if (!r.IsObject(c, at, "holidays and make-up workdays")) return WorkingCalendar.WeekdaysOnly;
            r.ExpectOnly(c.Value, at, "holidays", "extraWorkdays");
            var holidays = r.Array(c.Value, at, "holidays", (e, p) => r.DayValue(e, p));
            var extra = r.Array(c.Value, at, "extraWorkdays", (e, p) => r.DayValue(e, p));
            foreach (var day in holidays.Intersect(extra))
                r.Error($"{at}.extraWorkdays", $"{day:yyyy-MM-dd} is also listed as a holiday; a day is one or the other");
            return new WorkingCalendar(holidays.Select(d => d!.Value), extra.Select(d => d!.Value));
        }

        private Office? ReadOffice(JsonElement e, string at)
        {
            if (!r.IsObject(e, at, "an office with an id")) return null;
            r.ExpectOnly(e, at, "id", "name", "blackoutMonthsOfYear");
            var id = r.Id(e, at);
            var name = r.String(e, at, "name") ?? id ?? "";
            var blackout = r.Array(e, at, "blackoutMonthsOfYear", (v, p) => r.IntValue(v, p, 1, 12));
            return id is null ? null : new Office(id, name, [.. blackout.Select(m => m!.Value).Distinct().Order()]);
        }

        private WorkNature? ReadWorkNature(JsonElement e, string at)
        {
            if (!r.IsObject(e, at, "a work nature with an id")) return null;
            r.ExpectOnly(e, at, "id", "name");
            var id = r.Id(e, at);
            return id is null ? null : new WorkNature(id, r.String(e, at, "name") ?? id);
        }

        private ImmutableArray<Located<string>> ReadCompetencies(JsonElement root) =>
            r.Array(root, Root, "competencies", (e, at) =>
            {
                if (e.ValueKind == JsonValueKind.String && e.GetString() is { } s && s.Trim().Length > 0)
                    return new Located<string>(s, at);
                r.Error(at, $"must be a non-empty competency name, not {JsonReader.Describe(e)}");
                return null;
            });

        private Course? ReadCourse(JsonElement e, string at)
        {
            if (!r.IsObject(e, at, "a course")) return null;
            r.ExpectOnly(e, at, "id", "name", "grants", "months", "capacity", "cost", "sessions");
            var id = r.Id(e, at);
            var grants = r.String(e, at, "grants", required: true, "name the competency the course grants");
            var months = r.Int(e, at, "months", required: true, min: 1, max: Limits.MaxHorizonMonths,
                fix: "give the course length in months (at least 1)");
            var capacity = r.Int(e, at, "capacity", min: 1, max: Limits.MaxMagnitude);
            var cost = r.Int(e, at, "cost", min: 0, max: Limits.MaxMagnitude) ?? 0;
            var sessions = r.Array(e, at, "sessions", (v, p) => r.MonthValue(v, p), required: true,
                "list the months in which a session starts, e.g. [\"2027-01\"]");
            if (JsonReader.Get(e, "sessions") is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() == 0)
                r.Error($"{at}.sessions", "must not be empty; list at least one month in which a session starts");
            if (id is null || grants is null || months is null) return null;
            return new Course(id, grants, months.Value, capacity, cost, [.. sessions.Select(s => s!.Value)], r.String(e, at, "name"));
        }

        private Post? ReadPost(JsonElement e, string at)
        {
            if (!r.IsObject(e, at, "a post")) return null;
            r.ExpectOnly(e, at, "id", "office", "workNature", "title", "min", "max", "critical", "requires", "minGrade",
                "maxGrade", "reviewer", "handoverItems");
            var id = r.Id(e, at);
            if (id is not null) _postIds.Add(id);
            var office = r.String(e, at, "office", required: true, "give the id of the office the post belongs to");
            var nature = r.String(e, at, "workNature", required: true, "give the id of the post's work nature");
            var min = r.Int(e, at, "min", min: 0) ?? 1;
            var max = r.Int(e, at, "max", min: 0) ?? 1;
            if (min > max) r.Error($"{at}.min", $"min headcount {min} is above max {max}; lower min or raise max");
            var minGrade = r.Int(e, at, "minGrade");
            var maxGrade = r.Int(e, at, "maxGrade");
            if (minGrade > maxGrade)
                r.Error($"{at}.minGrade", $"minGrade {minGrade} is above maxGrade {maxGrade}; swap or correct them");
            var post = new Post(id ?? "", office ?? "", nature ?? "", r.String(e, at, "title"), min, max,
                r.Bool(e, at, "critical") ?? false, r.Strings(e, at, "requires"), minGrade, maxGrade,
                r.String(e, at, "reviewer"), r.Strings(e, at, "handoverItems"));
            return id is null || office is null || nature is null ? null : post;
        }

        private Cadre? ReadCadre(JsonElement e, string at)
        {
            if (!r.IsObject(e, at, "a cadre")) return null;
            r.ExpectOnly(e, at, "id", "name", "grade", "post", "since", "competencies", "pastOffices", "preferences",
                "unavailable", "joins", "leaves", "locked", "avoid", "pins");
            var id = r.Id(e, at);
            if (id is not null) _cadreIds.Add(id);
            var grade = r.Int(e, at, "grade", required: true, fix: "give the cadre's grade as a whole number, e.g. 2");
            var preferences = r.Array(e, at, "preferences", ReadPreference);
            var unavailable = r.Array(e, at, "unavailable", ReadRange);
            var pins = r.Array(e, at, "pins", ReadPin);
            var cadre = new Cadre(id ?? "", r.String(e, at, "name"), grade ?? 0, r.String(e, at, "post"),
                r.Month(e, at, "since"), r.Strings(e, at, "competencies"), r.Strings(e, at, "pastOffices"),
                preferences, unavailable, r.Month(e, at, "joins"), r.Month(e, at, "leaves"), r.Bool(e, at, "locked") ?? false,
                r.Strings(e, at, "avoid"), pins);
            return id is null || grade is null ? null : cadre;
        }

        private Preference? ReadPreference(JsonElement e, string at)
        {
            if (!r.IsObject(e, at, "a preference such as {\"office\": \"legal\", \"weight\": 3}")) return null;
            r.ExpectOnly(e, at, "post", "office", "workNature", "weight");
            var targets = new (PreferenceTarget Kind, string? Id)[]
            {
                (PreferenceTarget.Post, r.String(e, at, "post")),
                (PreferenceTarget.Office, r.String(e, at, "office")),
                (PreferenceTarget.WorkNature, r.String(e, at, "workNature")),
            }.Where(t => t.Id is not null).ToArray();
            var weight = r.Int(e, at, "weight", required: true,
                fix: "give an integer weight (positive for a wish, negative for an aversion)");
            if (targets.Length != 1)
            {
                r.Error(at, targets.Length == 0
                    ? "names no target; give exactly one of \"post\", \"office\" or \"workNature\""
                    : $"names {targets.Length} targets ({string.Join(", ", targets.Select(t => Field(t.Kind)))}); keep exactly one and split the rest into separate preferences");
                return null;
            }
            return weight is null ? null : new Preference(targets[0].Kind, targets[0].Id!, weight.Value);
        }

        private Pin? ReadPin(JsonElement e, string at)
        {
            if (!r.IsObject(e, at, "a pin such as {\"post\": \"legal-review-1\", \"from\": \"2027-09\", \"to\": \"2027-12\"}")) return null;
            r.ExpectOnly(e, at, "post", "from", "to");
            var post = r.String(e, at, "post", required: true, fix: "give the id of the post the cadre is to hold");
            var months = ReadMonths(e, at);
            return post is null || months is null ? null : new Pin(post, months);
        }

        private MonthRange? ReadRange(JsonElement e, string at)
        {
            if (!r.IsObject(e, at, "a month range such as {\"from\": \"2027-05\", \"to\": \"2027-07\"}")) return null;
            r.ExpectOnly(e, at, "from", "to");
            return ReadMonths(e, at);
        }

        private MonthRange? ReadMonths(JsonElement e, string at)
        {
            var from = r.Month(e, at, "from", required: true);
            var to = r.Month(e, at, "to", required: true);
            if (from is null || to is null) return null;
            if (to < from)
            {
                r.Error(at, $"ends ({to}) before it starts ({from}); put the earlier month in \"from\"");
                return null;
            }
            return new MonthRange(from.Value, to.Value);
        }

        private Located<Policy>? ReadPolicy(JsonElement root)
        {
            const string at = "$.policy";
            var p = JsonReader.Get(root, "policy");
            if (p is null) return new Located<Policy>(Policy.Defaults, at);
            if (!r.IsObject(p, at, "the rotation policy")) return null;
            var e = p.Value;
            r.ExpectOnly(e, at, "tenure", "maxMovesPerMonth", "maxDeparturesPerOfficePerMonth", "noReturnMonths",
                "fairMoves", "handoverDays", "checkpointMonths", "freezeMonths", "weights");
            var d = Policy.Defaults;
            var checkpoints = JsonReader.Get(e, "checkpointMonths") is null
                ? d.CheckpointMonths
                : r.Array(e, at, "checkpointMonths", (v, path) => r.IntValue(v, path, 1, Limits.MaxHorizonMonths))
                    .Select(x => x!.Value).ToImmutableArray();
            foreach (var repeated in checkpoints.GroupBy(x => x).Where(g => g.Count() > 1))
                r.Error($"{at}.checkpointMonths", $"{repeated.Key} is listed {repeated.Count()} times; list each month once");
            return new Located<Policy>(new Policy(
                ReadTenure(e, $"{at}.tenure"),
                r.Int(e, at, "maxMovesPerMonth", min: 0),
                r.Int(e, at, "maxDeparturesPerOfficePerMonth", min: 0),
                r.Int(e, at, "noReturnMonths", min: 0) ?? d.NoReturnMonths,
                r.Int(e, at, "fairMoves", min: 0) ?? d.FairMoves,
                r.Int(e, at, "handoverDays", min: 1, max: 250) ?? d.HandoverDays,
                [.. checkpoints.Distinct().Order()],
                r.Int(e, at, "freezeMonths", min: 0, max: Limits.MaxHorizonMonths) ?? d.FreezeMonths,
                ReadWeights(e, $"{at}.weights")), at);
        }

        private TenurePolicy ReadTenure(JsonElement policy, string at)
        {
            var t = JsonReader.Get(policy, "tenure");
            if (t is null) return Policy.Defaults.Tenure;
            if (!r.IsObject(t, at, "the rotation cycle")) return Policy.Defaults.Tenure;
            r.ExpectOnly(t.Value, at, "default", "byWorkNature");
            var fallback = ReadCycle(JsonReader.Get(t.Value, "default"), $"{at}.default", Tenure.Default);
            var byNature = ImmutableDictionary.CreateBuilder<string, Tenure>();
            if (JsonReader.Get(t.Value, "byWorkNature") is { } map && r.IsObject(map, $"{at}.byWorkNature", "cycles by work nature"))
                foreach (var entry in map.EnumerateObject())
                    byNature[entry.Name] = ReadCycle(entry.Value, $"{at}.byWorkNature.{entry.Name}", fallback);
            return new TenurePolicy(fallback, byNature.ToImmutable());
        }

        private Tenure ReadCycle(JsonElement? element, string at, Tenure fallback)
        {
            if (element is null) return fallback;
            if (!r.IsObject(element, at, "a cycle such as {\"min\": 12, \"max\": 36}")) return fallback;
            r.ExpectOnly(element.Value, at, "min", "max");
            var min = r.Int(element.Value, at, "min", min: 1, max: Limits.MaxHorizonMonths * 10) ?? fallback.Min;
            var max = r.Int(element.Value, at, "max", min: 1, max: Limits.MaxHorizonMonths * 10) ?? fallback.Max;
            if (min > max) r.Error(at, $"min {min} months is above max {max}; a stint cannot be both");
            return new Tenure(min, max);
        }

        private Weights ReadWeights(JsonElement policy, string at)
        {
            var w = JsonReader.Get(policy, "weights");
            var d = Weights.Defaults;
            if (w is null || !r.IsObject(w, at, "objective weights")) return d;
            var e = w.Value;
            r.ExpectOnly(e, at, "vacancy", "move", "excessMoves", "trainingCost", "crossOffice", "preference", "change");
            return new Weights(
                r.Int(e, at, "vacancy") ?? d.Vacancy, r.Int(e, at, "move") ?? d.Move, r.Int(e, at, "excessMoves") ?? d.ExcessMoves,
                r.Int(e, at, "trainingCost") ?? d.TrainingCost, r.Int(e, at, "crossOffice") ?? d.CrossOffice,
                r.Int(e, at, "preference") ?? d.Preference, r.Int(e, at, "change") ?? d.Change);
        }

        private PublishedInput? ReadPublished(JsonElement root)
        {
            const string at = "$.published";
            var p = JsonReader.Get(root, "published");
            if (p is null) return null;
            if (!r.IsObject(p, at, "the published plan: {\"months\": [...], \"assignments\": [...]}")) return null;
            var e = p.Value;
            var months = r.Array(e, at, "months", (v, path) => r.MonthValue(v, path) is { } m ? m.ToString() : null,
                required: true, "list the plan's months, e.g. [\"2027-01\", \"2027-02\"]");
            // Rows are measured against the months as written, so that a malformed month is not also a wrong row length.
            int? monthCount = JsonReader.Get(e, "months") is { ValueKind: JsonValueKind.Array } written ? written.GetArrayLength() : null;
            foreach (var repeated in months.GroupBy(m => m).Where(g => g.Count() > 1))
                r.Error($"{at}.months", $"month {repeated.Key} is listed {repeated.Count()} times; list each month once");
            var rows = r.Array(e, at, "assignments", (v, path) =>
            {
                if (!r.IsObject(v, path, "a row {\"cadre\": ..., \"posts\": [...]}")) return null;
                var cadre = r.Id(v, path, "cadre", "give the cadre's id");
                var posts = r.Array(v, path, "posts", (x, xp) =>
                {
                    if (x.ValueKind == JsonValueKind.Null) return new Box(null);
                    if (x.ValueKind == JsonValueKind.String) return new Box(x.GetString());
                    r.Error(xp, $"must be a post id or null, not {JsonReader.Describe(x)}");
                    return null;
                }, required: true, "list one post (or null) per month");
                if (JsonReader.Get(v, "posts") is { ValueKind: JsonValueKind.Array } list && monthCount is not null &&
                    list.GetArrayLength() != monthCount)
                    r.Error($"{path}.posts", $"has {Count(list.GetArrayLength(), "entry", "entries")} but the plan has " +
                                             $"{Count(monthCount.Value, "month", "months")}; give one per month");
                return cadre is null ? null : new Located<PublishedRow>(new PublishedRow(cadre, [.. posts.Select(b => b.Value)]), path);
            }, required: true, "list one row per cadre");
            foreach (var repeated in rows.GroupBy(x => x.Value.Cadre).Where(g => g.Count() > 1))
                r.Error(repeated.Last().Path, $"cadre \"{repeated.Key}\" has {repeated.Count()} rows; keep one row per cadre");
            r.ExpectOnly(e, at, "months", "assignments", "scenario", "status", "objective", "bestBound", "solveSeconds",
                "terms", "trainings", "handovers", "checkpoints", "conflicts");
            return new PublishedInput(new PublishedPlan(months, [.. rows.Select(x => x.Value)]), rows);
        }

        private sealed record Box(string? Value);

        private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

        private static string Field(PreferenceTarget kind) => kind switch
        {
            PreferenceTarget.Post => "post",
            PreferenceTarget.Office => "office",
            _ => "workNature",
        };
    }
}
