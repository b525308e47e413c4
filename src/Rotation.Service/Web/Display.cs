using System.Globalization;
using Rotation.Service.Queue;
using Rotation.Service.Storage;

namespace Rotation.Service.Web;

/// <summary>How the pages word and format a run: its kind, its state, its times.</summary>
public static class Display
{
    /// <summary>The ViewData key of a page's refresh interval in seconds: set while something on it is still changing.</summary>
    public const string Refresh = "RefreshSeconds";

    /// <summary>How often a page showing a queued or running run reloads itself.</summary>
    public const int RefreshSeconds = 2;

    public static bool InFlight(RunRecord run) => run.State is RunState.Queued or RunState.Running;

    public static string State(RunRecord run) => run.State.ToString().ToLowerInvariant();

    /// <summary>The scenario's file name; for a re-plan or a question, the run it came from; else "sent as JSON".</summary>
    public static string Scenario(RunRecord run) => RunSource.FileName(run.Source) ?? run switch
    {
        { Parent: { } parent, Question: null } => $"run {parent}'s, with pins",
        { Parent: { } parent } => $"run {parent}'s",
        _ => "sent as JSON",
    };

    public static string Kind(RunRecord run) => run switch
    {
        { Question: { Post: { } post } question } => $"who could fill {post} from {question.Month}?",
        { Question: { Cadre: { } cadre } question } => $"where could {cadre} go in {question.Month}?",
        { Candidates: { } asked } => $"{asked.Count} candidate plans, at least {asked.Diversity} cells apart",
        { Parent: not null } => "re-plan with pins",
        _ => "plan",
    };

    public static string When(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "—";

    public static string Seconds(double seconds) => seconds.ToString(seconds < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + " s";

    /// <summary>Seconds since the run started (its whole solve once finished), or 0 before.</summary>
    public static double Elapsed(RunRecord run, DateTimeOffset now) =>
        run.Started is { } started ? ((run.Finished ?? now) - started).TotalSeconds : 0;

    public static string Gap(double gap) => gap.ToString("0.0%", CultureInfo.InvariantCulture);
}
