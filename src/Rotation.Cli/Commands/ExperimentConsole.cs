using System.Globalization;
using Rotation.Experiments;
using Rotation.Experiments.Cells;
using Spectre.Console;

namespace Rotation.Cli.Commands;

/// <summary>
/// What <c>rotation experiment</c> says while its cells run, on stderr: on a terminal a progress bar with the cells done
/// and failed and the time left; piped or redirected, one plain line per finished cell.
/// </summary>
internal sealed class ExperimentConsole(TextWriter error, bool live, TimeProvider clock) : IExperimentProgress
{
    private readonly object _gate = new();
    private ProgressTask? _task;
    private int _cells;
    private int _done;
    private int _failed;
    private long _started;

    public T Run<T>(Func<T> run)
    {
        if (!live) return run();
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        return terminal.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                lock (_gate) _task = context.AddTask("cells", autoStart: true, maxValue: 1);
                return run();
            });
    }

    public void Started(int cells, int parallel)
    {
        lock (_gate)
        {
            _cells = cells;
            _started = clock.GetTimestamp();
            if (_task is { } task)
            {
                task.MaxValue = Math.Max(1, cells);
                task.Description = Description();
            }
            else error.WriteLine($"Running {Words.Count(cells, "cell")}, {parallel} at a time.");
        }
    }

    public void CellFinished(CellResult result)
    {
        lock (_gate)
        {
            _done++;
            if (!result.HasPlan) _failed++;
            if (_task is { } task)
            {
                task.Increment(1);
                task.Description = Description();
                return;
            }
            error.WriteLine(Line(result));
        }
    }

    private string Description() => $"cells: {_done}/{_cells} done, {_failed} without a plan";

    private string Line(CellResult r)
    {
        var elapsed = clock.GetElapsedTime(_started).TotalSeconds;
        var left = _done == 0 ? 0 : elapsed / _done * (_cells - _done);
        var what = r.Measured is { } m ? $"{r.Status}, objective {m.Objective}" : $"{r.Status}: {Shorten(r.Error)}";
        return string.Create(CultureInfo.InvariantCulture,
            $"  [{_done}/{_cells}] {r.Variant}/{r.Replication}: {what}{(r.Reused ? " (kept from an earlier run)" : $", {r.Seconds:0.0} s")}; " +
            $"{_failed} without a plan, about {left:0} s left");
    }

    /// <summary>Long conflict lists are cut: results.csv has every cell's whole error.</summary>
    internal static string Shorten(string? error, int length = 160) =>
        error is null || error.Length <= length ? error ?? "" : error[..(length - 1)] + "… (whole error in results.csv)";
}
