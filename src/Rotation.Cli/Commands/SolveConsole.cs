using System.Globalization;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver;
using Spectre.Console;

namespace Rotation.Cli.Commands;

/// <summary>
/// What <c>rotation solve</c> says while it works, on stderr: a line on what is solved and how, then each better plan as
/// it comes; on a terminal also a live line with the time and the best plan so far. Piped or redirected, the lines are
/// plain text, so logs and scripts read them as before.
/// </summary>
internal sealed class SolveConsole(TextWriter error, bool live) : IProgress<SolveProgress>
{
    private readonly object _gate = new();
    private IAnsiConsole? _terminal;
    private SolveProgress? _best;

    /// <summary>Whether <paramref name="error"/> is the process's own stderr and a terminal that shows a live line.</summary>
    public static bool IsTerminal(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") is not (null or "dumb");

    /// <summary>What is solved and how: the first thing a user sees, before the model is built.</summary>
    public static string StartLine(Scenario scenario, double timeLimit, int? workers, int seed) => string.Create(CultureInfo.InvariantCulture,
        $"Solving {scenario.Name}: {Words.Count(scenario.Cadres.Length, "cadre")}, {Words.Count(scenario.Posts.Length, "post")}, " +
        $"{Words.Count(scenario.Offices.Length, "office")}, {Words.Count(scenario.Horizon.Months, "month")} from {scenario.Horizon.Start}. " +
        $"Time limit {timeLimit:0.#} s, {(workers is { } w ? Words.Count(w, "worker") : $"{Words.Count(Environment.ProcessorCount, "worker")} (one per core)")}, seed {seed}.");

    /// <summary>Runs <paramref name="solve"/>, with the live line on a terminal.</summary>
    public T Run<T>(Func<T> solve)
    {
        if (!live) return solve();
        _terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        var started = TimeProvider.System.GetTimestamp();
        return _terminal.Status().Spinner(Spinner.Known.Dots).Start("Searching", context =>
        {
            using var timer = new Timer(_ => context.Status(Markup.Escape(Status(TimeProvider.System.GetElapsedTime(started).TotalSeconds))),
                null, TimeSpan.Zero, TimeSpan.FromMilliseconds(250));
            return solve();
        });
    }

    public void Report(SolveProgress progress)
    {
        lock (_gate)
        {
            _best = progress;
            var line = Line(progress);
            if (_terminal is { } terminal) terminal.WriteLine(line);
            else error.WriteLine(line);
        }
    }

    /// <summary>The live line: the time so far and the best plan.</summary>
    private string Status(double seconds)
    {
        lock (_gate)
            return _best is { } best
                ? string.Create(CultureInfo.InvariantCulture, $"Searching, {seconds:0} s: best objective {best.Objective}, bound {best.Bound:0.#}, gap {best.Gap * 100:0.0} %")
                : string.Create(CultureInfo.InvariantCulture, $"Searching for a first plan, {seconds:0} s");
    }

    /// <summary>One line per better plan: elapsed, objective, bound, gap.</summary>
    internal static string Line(SolveProgress p) => string.Create(CultureInfo.InvariantCulture,
        $"  {p.ElapsedSeconds,7:0.0} s  plan #{p.Solutions,-3} objective {p.Objective,8}  bound {p.Bound,10:0.#}  gap {p.Gap * 100,6:0.0} %");

    /// <summary>
    /// The lines after the summary: every file written, where to start reading, and what to try when the result is poor.
    /// </summary>
    /// <param name="written">The files written, plan.json last.</param>
    /// <param name="stopped">Whether a signal stopped the solve before its time limit.</param>
    public static IEnumerable<string> Closing(Plan plan, IReadOnlyList<string> written, string outDir, double timeLimit, bool stopped)
    {
        var names = written.Select(Path.GetFileName).Order(StringComparer.Ordinal);
        yield return $"Files in {outDir}: {string.Join(", ", names)}.";
        var report = written.FirstOrDefault(f => Path.GetFileName(f) == "report.html");
        if (report is not null) yield return plan.HasAssignments ? $"Open {report} to read the plan." : $"Open {report} for the status and the reasons.";
        if (Advice(plan, timeLimit, stopped) is { } advice) yield return $"Tip: {advice}";
    }

    /// <summary>A gap above this is worth more time: the plans of a few minutes' search usually end well inside it.</summary>
    private const double PoorGap = 0.2;

    private static string? Advice(Plan plan, double timeLimit, bool stopped)
    {
        var longer = string.Create(CultureInfo.InvariantCulture, $"--time-limit {Math.Max(2 * timeLimit, 30):0}");
        if (stopped)
            return plan.HasAssignments ? "the solve was stopped early; this is the best plan found by then." : null;
        if (plan.Status == PlanStatus.Unknown)
            return $"no plan came within {timeLimit.ToString("0.#", CultureInfo.InvariantCulture)} s. Run again with more time, " +
                   $"such as {longer}: tight or large scenarios can take minutes to a first plan.";
        if (plan.HasAssignments && plan.Terms.Vacancy > 0)
            return $"{Words.Count(plan.Terms.Vacancy, "post-month")} of cover stay short (see vacancy in report.html). More time " +
                   $"({longer}) may fill them; if not, the rules leave too few people for those posts.";
        if (plan.Status == PlanStatus.Feasible && plan.Objective is { } objective && plan.BestBound is { } bound &&
            Math.Abs(objective - bound) / Math.Max(1.0, Math.Abs(objective)) is var gap and > PoorGap)
            return string.Create(CultureInfo.InvariantCulture, $"the plan is not proven best: its objective is {gap * 100:0} % from the bound. ") +
                   $"More time ({longer}) may find a better one; the bound may also be loose.";
        return null;
    }

}
