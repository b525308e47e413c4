using System.Text.Json.Serialization;
using Rotation.Outputs.Files;
using Rotation.Service.Storage;

namespace Rotation.Service.Api;

/// <summary>
/// A run as the API shows it: the stored run (state, live progress, plan status) and links to the files written so far;
/// the answer to a submission adds the scenario's warnings (unknown fields, ignored).
/// </summary>
public sealed record RunView(RunRecord Run, IReadOnlyList<RunFileLink> Files,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Warnings = null)
{
    public static RunView Of(RunRecord run, string runsDirectory) => new(run,
        [.. OutputSet.Files
            .Where(name => File.Exists(Path.Combine(runsDirectory, run.Id, name)))
            .Select(name => new RunFileLink(name, $"/api/runs/{run.Id}/{name}"))]);
}

public sealed record RunFileLink(string Name, string Href);

/// <summary>The answer to a scenario that does not load: every problem, as the CLI prints them ("$.path: message").</summary>
public sealed record InvalidScenario(string Title, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);
