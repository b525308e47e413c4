using Rotation.Service.Storage;

namespace Rotation.Service.Api;

/// <summary>A run as the API shows it: state, live progress of the best plan so far, and links to the files written.</summary>
public sealed record RunView(
    string Id,
    string State,
    string Source,
    double TimeLimitSeconds,
    DateTimeOffset Submitted,
    DateTimeOffset? Started,
    DateTimeOffset? Finished,
    RunProgress? Progress,
    string? PlanStatus,
    string? Error,
    bool CancelRequested,
    IReadOnlyList<RunFileLink> Files)
{
    public static RunView Of(RunRecord run, string runsDirectory) => new(
        run.Id, run.State.ToString().ToLowerInvariant(), run.Source, run.TimeLimitSeconds, run.Submitted, run.Started,
        run.Finished, run.Progress, run.PlanStatus, run.Error, run.CancelRequested,
        [.. Outputs.Files.OutputSet.Files
            .Where(name => File.Exists(Path.Combine(runsDirectory, run.Id, name)))
            .Select(name => new RunFileLink(name, $"/api/runs/{run.Id}/{name}"))]);
}

public sealed record RunFileLink(string Name, string Href);

/// <summary>The answer to a scenario that does not load: every problem, as the CLI prints them ("$.path: message").</summary>
public sealed record InvalidScenario(string Title, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);
