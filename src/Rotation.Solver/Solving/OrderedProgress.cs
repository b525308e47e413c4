using Rotation.Domain.Plans;

namespace Rotation.Solver.Solving;

/// <summary>
/// The progress a caller sees, whichever phase of a solve reports: times counted from the solve's start, plans numbered
/// in order, and a line only when the plan improves or the bound rises. Each phase's bound holds for the whole
/// scenario, so the best of them is shown, never a weaker one reported later.
/// </summary>
internal sealed class OrderedProgress(IProgress<SolveProgress> target, Func<double> elapsed) : IProgress<SolveProgress>
{
    private readonly object _gate = new();
    private long? _objective;
    private double _bound = double.NegativeInfinity;
    private int _plans;

    /// <summary>When the first plan was reported, from the solve's start.</summary>
    public double? FirstSeconds { get; private set; }

    public void Report(SolveProgress value) => Offer(value.Objective, value.Bound);

    /// <summary>The plan the solve returns, reported when no phase reported it (or its bound) before.</summary>
    public void Final(Plan plan)
    {
        if (plan.Objective is { } objective) Offer(objective, plan.BestBound ?? double.NegativeInfinity);
    }

    private void Offer(long objective, double bound)
    {
        lock (_gate)
        {
            var better = _objective is not { } best || objective < best;
            var tighter = bound > _bound;
            if (!better && !tighter) return;
            if (better) (_objective, _plans) = (objective, _plans + 1);
            _bound = Math.Max(_bound, Math.Min(bound, _objective!.Value));
            var now = elapsed();
            FirstSeconds ??= now;
            target.Report(new SolveProgress(now, _objective!.Value, _bound, _plans));
        }
    }
}
