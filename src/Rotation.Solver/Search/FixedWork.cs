namespace Rotation.Solver.Search;

/// <summary>
/// A local search's time as an amount of work, so that with one worker two runs give the same plan on any machine fast
/// enough (SPEC §6). The unit is one look at the clock by the search.
/// </summary>
internal static class FixedWork
{
    /// <summary>How many times a second the local search looks at the clock with one worker on the benchmark machine.</summary>
    public const double ChecksPerSecond = 27_000;

    /// <summary>
    /// Share of the search's time that its fixed work takes with one worker on that machine: a machine up to this much
    /// slower still ends by the work, and repeats its plan.
    /// </summary>
    public const double Share = 0.6;

    /// <summary>The looks at the clock that <paramref name="seconds"/> of search come to, unless the options set them.</summary>
    public static long For(SolveOptions options, double seconds) => options.FixedWork ?? (long)(seconds * Share * ChecksPerSecond);

    /// <summary>
    /// The search's stop: <paramref name="timeUp"/>, and with one worker also after the work that
    /// <paramref name="seconds"/> come to.
    /// </summary>
    public static Func<bool> Stop(SolveOptions options, double seconds, Func<bool> timeUp)
    {
        if (options.Workers != 1) return timeUp;
        var (work, limit) = (0L, For(options, seconds));
        return () => ++work > limit || timeUp();
    }
}
