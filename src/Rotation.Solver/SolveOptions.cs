namespace Rotation.Solver;

/// <summary>How to run a solve.</summary>
public sealed record SolveOptions
{
    /// <summary>Wall-clock limit for the search, in seconds. Default 60 (SPEC §6).</summary>
    public double TimeLimitSeconds { get; init; } = 60;

    /// <summary>CP-SAT search workers; null = all cores. With 1 worker and a fixed seed, runs repeat exactly.</summary>
    public int? Workers { get; init; }

    /// <summary>Random seed of the search. Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>Look for a small set of conflicting rules when the scenario is infeasible. Default true.</summary>
    public bool ExplainInfeasibility { get; init; } = true;

    /// <summary>Receives every improving plan's objective and the current bound.</summary>
    public IProgress<SolveProgress>? Progress { get; init; }

    /// <summary>
    /// With one worker, how much work a decomposed scenario's local search does before it stops, counted in its looks
    /// at the clock; null = sized from the time limit for the benchmark machine. A test sets it to stop well before the
    /// limit on any machine, so that two runs repeat.
    /// </summary>
    internal long? FixedWork { get; init; }

    /// <summary>
    /// With one worker, the share of each phase's seconds that its counted work takes on the benchmark machine, for the
    /// phases that count their work (the careers' phases, the whole model's closing search); null = <c>FixedWork.Share</c>.
    /// A test sets it low, so that a clock that runs fast (a slower machine) still leaves the work to end every phase.
    /// </summary>
    internal double? WorkShare { get; init; }

    /// <summary>Extra CP-SAT parameters (text format) for solves the solver runs for itself, such as a cluster's. Default none.</summary>
    internal string Tuning { get; init; } = "";

    /// <summary>Posts further constraints on every model the solve builds, such as what other clusters leave of a shared limit. Default none.</summary>
    internal Action<Model.RotationModel>? Constrain { get; init; }

    /// <summary>Stops the search; the best plan found so far is kept (status Feasible).</summary>
    public CancellationToken Cancellation { get; init; }
}

/// <summary>A point on the way to the optimum, for a progress line.</summary>
public sealed record SolveProgress(double ElapsedSeconds, long Objective, double Bound, int Solutions)
{
    /// <summary>Relative gap |objective − bound| / max(1, |objective|).</summary>
    public double Gap => Math.Abs(Objective - Bound) / Math.Max(1.0, Math.Abs(Objective));
}

/// <summary>The size of the CP model, for benchmarks.</summary>
public sealed record ModelSize(int Variables, int Constraints, int Cadres, int Months);
