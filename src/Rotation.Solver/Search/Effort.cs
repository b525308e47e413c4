namespace Rotation.Solver.Search;

/// <summary>
/// The work a solve has done, counted from the steps its phases take and priced in seconds of the benchmark machine at
/// rates measured there (thread CPU time against the counts, over small cases of both generator families). With one
/// worker, phases end by this count instead of the clock, so that two runs do the same work and give the same plan on a
/// machine of any speed, unless the whole solve runs out of real time first (SPEC §6).
/// </summary>
/// <param name="share">The share of a phase's seconds its work takes on the benchmark machine.</param>
internal sealed class Effort(double share = FixedWork.Share)
{
    /// <summary>One look at the stop of a local search or negotiation: the move tried around it.</summary>
    private const double LookNanoseconds = 8_000;

    /// <summary>A best response, per candidate post and month of its program.</summary>
    public const double ResponseCellNanoseconds = 61;

    /// <summary>Counting a plan's holders for best responses, per cadre and month.</summary>
    public const double FieldCellNanoseconds = 1_440;

    private long _nanoseconds;

    public double Seconds => Interlocked.Read(ref _nanoseconds) / 1e9;

    /// <summary>The seconds of the time limit that the work so far stands for: what a phase's share is compared with.</summary>
    public double LimitSeconds => Seconds / share;

    /// <summary>A solve's count, at the work share its options set.</summary>
    public static Effort Of(SolveOptions options) => new(options.WorkShare ?? FixedWork.Share);

    public void Spend(double nanoseconds) => Interlocked.Add(ref _nanoseconds, (long)nanoseconds);

    /// <summary>Spends one look at a search's stop.</summary>
    public void Look() => Spend(LookNanoseconds);

    /// <summary>Spends a CP-SAT call's deterministic time, which is near a second of the benchmark machine each.</summary>
    public void SpendDeterministic(double deterministicSeconds) => Spend(deterministicSeconds * 1e9);
}
