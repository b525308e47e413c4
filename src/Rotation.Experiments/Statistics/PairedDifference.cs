using MathNet.Numerics.Distributions;

namespace Rotation.Experiments.Statistics;

/// <summary>
/// A variant against the baseline over the replications where both have a value: the mean of the differences
/// (variant − baseline) with its 95 % t-interval and the paired t-test's two-sided p-value, and the Wilcoxon
/// signed-rank test as a check that does not lean on normal differences. A p-value is null where the test is not
/// defined: fewer than two pairs, or differences that are all equal (no spread to test against).
/// </summary>
public sealed record PairedDifference(int N, double MeanDiff, double? CiLow, double? CiHigh, double? T, double? P, WilcoxonSignedRank Wilcoxon)
{
    public static PairedDifference Of(IReadOnlyList<double> variant, IReadOnlyList<double> baseline)
    {
        if (variant.Count != baseline.Count) throw new ArgumentException("paired samples have the same length", nameof(baseline));
        var differences = variant.Select((v, i) => v - baseline[i]).ToArray();
        var estimate = Estimate.Of(differences);
        var wilcoxon = WilcoxonSignedRank.Of(differences);
        if (estimate.Sd is not { } sd || sd == 0)
            return new PairedDifference(estimate.N, estimate.Mean, estimate.CiLow, estimate.CiHigh, null, null, wilcoxon);
        var t = estimate.Mean / (sd / Math.Sqrt(estimate.N));
        var p = 2 * StudentT.CDF(0, 1, estimate.N - 1, -Math.Abs(t));
        return new PairedDifference(estimate.N, estimate.Mean, estimate.CiLow, estimate.CiHigh, t, p, wilcoxon);
    }
}
