using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Rotation.Domain.Loading;
using Rotation.Domain.Scenarios;
using Rotation.Experiments.Files;

namespace Rotation.Experiments;

/// <summary>
/// Reads an experiment file (SPEC §9, docs/experiments.md): every problem at once, each with its JSON path and the fix,
/// including those of the base scenario and of each variant once patched; an experiment only when all is valid.
/// </summary>
public static partial class ExperimentLoader
{
    public const int MaxReplications = 1000;
    public const int MaxVariants = 50;

    private static readonly string[] Keys = ["base", "variants", "baseline", "replications", "seed", "workforce", "solver"];
    private static readonly string[] WorkforceKeys = ["attritionPerYear", "leaveSpellsPerYear", "leaveMonths", "hiresPerYear"];
    private static readonly string[] SolverKeys = ["timeLimit", "workers", "seed"];

    /// <param name="path">The experiment file; <c>base</c> is resolved against its folder.</param>
    public static LoadResult<Experiment> Load(string path, ReadOnlySpan<byte> utf8Json) => Load(path, utf8Json, name => BaseFile(path, name));

    /// <summary>An experiment whose base scenario comes with it (the service's), not from the file <c>base</c> names.</summary>
    public static LoadResult<Experiment> Load(string name, ReadOnlySpan<byte> utf8Json, byte[] baseScenario) =>
        Load(name, utf8Json, _ => (baseScenario, null));

    private static LoadResult<Experiment> Load(string path, ReadOnlySpan<byte> utf8Json, Func<string?, (byte[]? Bytes, string? Problem)> readBase)
    {
        var problems = new List<LoadProblem>();
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(utf8Json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            return Failed(new LoadProblem("$", "not valid JSON; fix the syntax at this position", (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1));
        }
        if (root is not JsonObject o) return Failed(new LoadProblem("$", "an experiment file holds one JSON object {...}"));

        foreach (var (key, _) in o)
            if (!Keys.Contains(key))
                problems.Add(new LoadProblem($"$.{key}", $"unknown field \"{key}\"{DidYouMean(key, Keys)}; the fields are {string.Join(", ", Keys)}"));

        var (baseJson, baseScenario) = ReadBase(o, readBase, problems);
        var variants = ReadVariants(o, baseJson, problems);
        var baseline = ReadBaseline(o, variants, problems);
        var replications = (int)(Number(o, "$", "replications", 1, MaxReplications, 10, whole: true, problems));
        var seed = (int)Number(o, "$", "seed", 0, int.MaxValue, 1, whole: true, problems);
        var workforce = ReadWorkforce(o, problems);
        var solver = ReadSolver(o, problems);

        if (problems.Count > 0 || baseJson is null || baseScenario is null || baseline is null)
            return new LoadResult<Experiment>(null, problems, []);
        return new LoadResult<Experiment>(
            new Experiment(path, baseJson, baseScenario, variants, baseline, replications, seed, workforce, solver), [], []);
    }

    private static LoadResult<Experiment> Failed(LoadProblem problem) => new(null, [problem], []);

    private static (byte[]?, string?) BaseFile(string experimentPath, string? name)
    {
        if (name is null || name.Trim().Length == 0)
            return (null, "give the base scenario's file, relative to the experiment file, e.g. \"pku-branch.json\"");
        var file = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(experimentPath))!, name);
        return File.Exists(file) ? (File.ReadAllBytes(file), null) : (null, $"no such file {file}; the path is relative to the experiment file's folder");
    }

    private static (JsonObject?, Scenario?) ReadBase(JsonObject o, Func<string?, (byte[]? Bytes, string? Problem)> readBase, List<LoadProblem> problems)
    {
        var name = o["base"] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
        var (bytes, problem) = readBase(name);
        if (bytes is null)
        {
            problems.Add(new LoadProblem("$.base", problem!));
            return (null, null);
        }
        var loaded = ScenarioLoader.Load(bytes);
        if (!loaded.Succeeded)
        {
            problems.AddRange(loaded.Problems.Select(p => new LoadProblem("$.base", $"{name ?? "the base scenario"}: {p}")));
            return (null, null);
        }
        return (ScenarioEdit.Parse(bytes), loaded.Value);
    }

    private static ImmutableArray<Variant> ReadVariants(JsonObject o, JsonObject? baseJson, List<LoadProblem> problems)
    {
        if (o["variants"] is not JsonObject variants || variants.Count == 0)
        {
            problems.Add(new LoadProblem("$.variants", "give the variants to compare as an object of merge patches, e.g. {\"today\": {}, \"cycle-48\": {\"policy\": {...}}}"));
            return [];
        }
        if (variants.Count > MaxVariants)
            problems.Add(new LoadProblem("$.variants", $"{variants.Count} variants; at most {MaxVariants} are allowed, split the experiment"));
        var result = ImmutableArray.CreateBuilder<Variant>();
        foreach (var (name, patch) in variants)
        {
            var at = $"$.variants.{name}";
            if (!SafeName().IsMatch(name) || name is "." or "..")
            {
                problems.Add(new LoadProblem(at, "a variant's name is also a folder name: use letters, digits, '.', '-' and '_' only"));
                continue;
            }
            if (patch is not JsonObject patchObject)
            {
                problems.Add(new LoadProblem(at, "must be a JSON merge patch object of the base scenario; {} for the base as it is"));
                continue;
            }
            if (baseJson is null) continue;
            var patched = MergePatch.Apply(baseJson, patchObject)!.AsObject();
            var loaded = ScenarioLoader.Load(ScenarioEdit.ToUtf8(patched));
            if (!loaded.Succeeded)
            {
                problems.AddRange(loaded.Problems.Select(p =>
                    new LoadProblem(at, $"the patched scenario is invalid: {p}; fix the patch")));
                continue;
            }
            result.Add(new Variant(name, patchObject, patched, loaded.Value!));
        }
        return result.ToImmutable();
    }

    private static string? ReadBaseline(JsonObject o, ImmutableArray<Variant> variants, List<LoadProblem> problems)
    {
        var names = o["variants"] is JsonObject all ? all.Select(v => v.Key).ToArray() : [];
        if (o["baseline"] is null) return names.FirstOrDefault();
        if (o["baseline"] is JsonValue v && v.TryGetValue(out string? baseline) && names.Contains(baseline)) return baseline;
        var typed = o["baseline"]!.ToJsonString();
        problems.Add(new LoadProblem("$.baseline", $"{typed} is not a variant{DidYouMean(typed.Trim('"'), names)}; name one of {string.Join(", ", names)}"));
        return variants.IsDefaultOrEmpty ? null : variants[0].Name;
    }

    private static WorkforceRates ReadWorkforce(JsonObject o, List<LoadProblem> problems)
    {
        const string at = "$.workforce";
        if (o["workforce"] is null) return WorkforceRates.None;
        if (o["workforce"] is not JsonObject w)
        {
            problems.Add(new LoadProblem(at, "give the workforce rates as an object, e.g. {\"attritionPerYear\": 0.06}"));
            return WorkforceRates.None;
        }
        Unknown(w, at, WorkforceKeys, problems);
        var d = WorkforceRates.None;
        return new WorkforceRates(
            Number(w, at, "attritionPerYear", 0, 1, d.AttritionPerYear, whole: false, problems),
            Number(w, at, "leaveSpellsPerYear", 0, 12, d.LeaveSpellsPerYear, whole: false, problems),
            Number(w, at, "leaveMonths", 1, 60, d.LeaveMonths, whole: false, problems),
            Number(w, at, "hiresPerYear", 0, 1, d.HiresPerYear, whole: false, problems));
    }

    private static SolverSettings ReadSolver(JsonObject o, List<LoadProblem> problems)
    {
        const string at = "$.solver";
        if (o["solver"] is null) return SolverSettings.Defaults;
        if (o["solver"] is not JsonObject s)
        {
            problems.Add(new LoadProblem(at, "give the solver settings as an object, e.g. {\"timeLimit\": 20, \"workers\": 1}"));
            return SolverSettings.Defaults;
        }
        Unknown(s, at, SolverKeys, problems);
        var d = SolverSettings.Defaults;
        return new SolverSettings(
            Number(s, at, "timeLimit", 0.1, 86_400, d.TimeLimit, whole: false, problems),
            (int)Number(s, at, "workers", 1, 256, d.Workers, whole: true, problems),
            (int)Number(s, at, "seed", 0, int.MaxValue, d.Seed, whole: true, problems));
    }

    private static void Unknown(JsonObject o, string at, string[] keys, List<LoadProblem> problems)
    {
        foreach (var (key, _) in o)
            if (!keys.Contains(key))
                problems.Add(new LoadProblem($"{at}.{key}", $"unknown field \"{key}\"{DidYouMean(key, keys)}; the fields are {string.Join(", ", keys)}"));
    }

    private static double Number(JsonObject o, string at, string key, double min, double max, double fallback, bool whole, List<LoadProblem> problems)
    {
        var node = o[key];
        if (node is null) return fallback;
        var range = string.Create(CultureInfo.InvariantCulture, $"{min} to {max}");
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out double x) && x >= min && x <= max &&
            (!whole || x == Math.Floor(x)))
            return x;
        problems.Add(new LoadProblem($"{at}.{key}", $"{node.ToJsonString()} is not {(whole ? "a whole number" : "a number")} from {range}; give one in that range"));
        return fallback;
    }

    private static string DidYouMean(string typed, IEnumerable<string> known) =>
        Suggest.Closest(typed, known) is { } closest ? $"; did you mean \"{closest}\"?" : "";

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex SafeName();
}
