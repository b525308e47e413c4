using System.Text.Json;
using System.Text.Json.Serialization;
using Rotation.Comparison;
using Rotation.Outputs.Files;
using Rotation.Runs;
using Rotation.Service.Storage;

namespace Rotation.Service.Api;

/// <summary>
/// A run as the API shows it: the stored run (state, live progress, plan status) and links to the files written so far;
/// for a candidates run, each candidate found with its files; for a suggest run, each suggestion with its files; the answer to a submission adds the scenario's warnings
/// (unknown fields, ignored).
/// </summary>
public sealed record RunView(RunRecord Run, IReadOnlyList<RunFileLink> Files,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<CandidateView>? Candidates = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Warnings = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SuggestionView>? Suggestions = null)
{
    public static RunView Of(RunRecord run, IRunFolders folders)
    {
        var folder = folders.Of(run);
        return new(run, Links(folder, OutputFiles.Names(run), $"/api/runs/{run.Id}"), CandidatesOf(run, folder),
            Suggestions: SuggestionsOf(run, folder));
    }

    /// <summary>The suggestions as suggestions.json lists them once the run has written it; null before, or for another run.</summary>
    private static List<SuggestionView>? SuggestionsOf(RunRecord run, string folder)
    {
        var list = Path.Combine(folder, SuggestRun.ListFile);
        if (run.Question is null || !File.Exists(list)) return null;
        using var json = JsonDocument.Parse(File.ReadAllBytes(list));
        return [.. json.RootElement.EnumerateArray().Select(s =>
        {
            // The names are looked up among those the run may hold before they name a file.
            var names = new[] { s.GetProperty("scenario").GetString()!, s.GetProperty("plan").GetString()! }
                .Select(name => OutputFiles.Find(name, run)).OfType<string>().ToList();
            return new SuggestionView(s.GetProperty("rank").GetInt32(), s.GetProperty("cadre").GetString()!, s.GetProperty("post").GetString()!,
                s.GetProperty("objective").GetInt64(), [.. s.GetProperty("changes").EnumerateArray().Select(c => c.GetString()!)],
                s.GetProperty("text").GetString()!, Links(folder, names, $"/api/runs/{run.Id}"));
        })];
    }

    /// <summary>The candidates as candidates.json lists them once the run has written it; null before, or for a single plan.</summary>
    private static List<CandidateView>? CandidatesOf(RunRecord run, string folder)
    {
        var list = Path.Combine(folder, CandidatesJson.File);
        if (run.Candidates is null || !File.Exists(list)) return null;
        using var json = JsonDocument.Parse(File.ReadAllBytes(list));
        return [.. json.RootElement.EnumerateArray().Select(c =>
        {
            var name = c.GetProperty("name").GetString()!;
            // The name is looked up among those the run asked for before it names a folder.
            var files = OutputFiles.FindCandidate(name, run) is { } listed
                ? Links(Path.Combine(folder, listed), OutputSet.Files, $"/api/runs/{run.Id}/{listed}")
                : [];
            return new CandidateView(name, c.GetProperty("objective") is { ValueKind: JsonValueKind.Number } o ? o.GetInt64() : null,
                c.GetProperty("status").GetString()!,
                c.GetProperty("distances").EnumerateObject().ToDictionary(d => d.Name, d => d.Value.GetInt32()), files);
        })];
    }

    private static List<RunFileLink> Links(string folder, IReadOnlyList<string> names, string href) =>
        [.. names.Where(name => File.Exists(Path.Combine(folder, name))).Select(name => new RunFileLink(name, $"{href}/{name}"))];
}

public sealed record RunFileLink(string Name, string Href);

/// <summary>One candidate of a candidates run: its rank's name, objective and status, its distance in cells to each other candidate, and its files.</summary>
public sealed record CandidateView(string Name, long? Objective, string Status, IReadOnlyDictionary<string, int> Distances,
    IReadOnlyList<RunFileLink> Files);

/// <summary>One suggestion of a suggest run, as suggestions.json has it, with links to its scenario and plan.</summary>
public sealed record SuggestionView(int Rank, string Cadre, string Post, long Objective, IReadOnlyList<string> Changes, string Text,
    IReadOnlyList<RunFileLink> Files);

/// <summary>The answer to a scenario that does not load: every problem, as the CLI prints them ("$.path: message").</summary>
public sealed record InvalidScenario(string Title, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);
