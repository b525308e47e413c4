using Microsoft.AspNetCore.StaticFiles;
using Rotation.Comparison;
using Rotation.Outputs.Files;
using Rotation.Runs;
using Rotation.Service.Storage;

namespace Rotation.Service.Api;

/// <summary>
/// The files a client may download from a run, in runs/{id}/: a solve's outputs (<see cref="OutputSet.Files"/>), or for a
/// candidates run each candidate's outputs in candidate-N/ with candidates.json and compare.json beside them, or for a
/// suggest run suggestions.json and each suggestion's scenario and plan (suggestion-K.scenario.json, suggestion-K.json). A requested
/// name is only ever looked up in these lists, so nothing a request says becomes part of a path.
/// </summary>
public static class OutputFiles
{
    private static readonly FileExtensionContentTypeProvider Types = new();

    /// <summary>The names a run's folder may hold at its top.</summary>
    public static IReadOnlyList<string> RunFiles { get; } = [.. OutputSet.Files, CandidatesJson.File, .. CompareFiles.Names];

    /// <summary>The names <paramref name="run"/>'s folder may hold at its top: <see cref="RunFiles"/>, and a suggest run's files for as many suggestions as it asked.</summary>
    public static IReadOnlyList<string> Names(RunRecord run) => run.Question is { } asked
        ? [.. RunFiles, SuggestRun.ListFile, .. Enumerable.Range(1, asked.Top).SelectMany(k => new[] { SuggestRun.Files(k).Scenario, SuggestRun.Files(k).Plan })]
        : RunFiles;

    /// <summary>The name equal to <paramref name="requested"/> among those <paramref name="run"/> may hold, or null.</summary>
    public static string? Find(string requested, RunRecord run) => Find(requested, Names(run));

    /// <summary>The listed name equal to <paramref name="requested"/> among the files of one candidate (a solve's outputs), or null.</summary>
    public static string? FindCandidateFile(string requested) => Find(requested, OutputSet.Files);

    /// <summary>The folder name equal to <paramref name="requested"/> ("candidate-2") among the candidates <paramref name="run"/> asked for, or null.</summary>
    public static string? FindCandidate(string requested, RunRecord run) =>
        run.Candidates is { } asked ? Find(requested, [.. Enumerable.Range(1, asked.Count).Select(CandidatesRun.Name)]) : null;

    /// <summary>The rank K of "suggestion-K" when <paramref name="run"/> is a suggest run that asked for at least K suggestions, or null.</summary>
    public static int? FindSuggestion(string requested, RunRecord run) =>
        run.Question is { } asked && Enumerable.Range(1, asked.Top).FirstOrDefault(k => Suggestion(k) == requested) is var rank and > 0 ? rank : null;

    /// <summary>A suggestion's name in a plan's address: "suggestion-2".</summary>
    public static string Suggestion(int rank) => $"suggestion-{rank}";

    /// <summary>The folder of the run's own plan: candidate-1's for a candidates run, else the run's.</summary>
    public static string PlanFolder(IRunFolders folders, RunRecord run) =>
        run.Candidates is null ? folders.Of(run) : Path.Combine(folders.Of(run), CandidatesRun.Name(1));

    public static string ContentType(string name)
    {
        if (!Types.TryGetContentType(name, out var type)) return "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type == "application/json" ? type + "; charset=utf-8" : type;
    }

    private static string? Find(string requested, IReadOnlyList<string> names) => names.FirstOrDefault(name => name == requested);
}
