using System.Collections.Immutable;
using Rotation.Experiments.Cells;
using Rotation.Experiments.Statistics;

namespace Rotation.Experiments.Reports;

/// <summary>
/// The statistics of an experiment over the cells with a plan: per variant and figure an <see cref="Estimate"/>, and per
/// variant other than the baseline a <see cref="PairedDifference"/> over the replications where both have a plan.
/// </summary>
public sealed record ExperimentSummary(
    string Baseline,
    ImmutableArray<string> Variants,
    ImmutableDictionary<string, ImmutableDictionary<string, Estimate>> ByVariant,
    ImmutableDictionary<string, ImmutableDictionary<string, PairedDifference>> Paired,
    int Cells,
    int CellsWithPlan)
{
    public static ExperimentSummary Of(IReadOnlyList<string> variants, string baseline, IReadOnlyList<CellResult> results)
    {
        var withPlan = results.Where(r => r.HasPlan).ToArray();
        var byVariant = variants.ToImmutableDictionary(v => v, v => ExperimentKpis.All.ToImmutableDictionary(k => k.Key,
            k => Estimate.Of([.. withPlan.Where(r => r.Variant == v).OrderBy(r => r.Replication).Select(r => k.Value(r.Measured!))])));
        var baselineRows = withPlan.Where(r => r.Variant == baseline).ToDictionary(r => r.Replication);
        var paired = variants.Where(v => v != baseline).ToImmutableDictionary(v => v, v =>
        {
            var pairs = withPlan.Where(r => r.Variant == v && baselineRows.ContainsKey(r.Replication)).OrderBy(r => r.Replication)
                .Select(r => (Variant: r.Measured!, Baseline: baselineRows[r.Replication].Measured!)).ToArray();
            return ExperimentKpis.All.ToImmutableDictionary(k => k.Key,
                k => PairedDifference.Of([.. pairs.Select(p => k.Value(p.Variant))], [.. pairs.Select(p => k.Value(p.Baseline))]));
        });
        return new ExperimentSummary(baseline, [.. variants], byVariant, paired, results.Count, withPlan.Length);
    }
}
