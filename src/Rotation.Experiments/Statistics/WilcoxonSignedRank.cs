using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace Rotation.Experiments.Statistics;

/// <summary>
/// The Wilcoxon signed-rank test of paired differences, two-sided, by the normal approximation with the tie correction
/// of the variance and a continuity correction (as R's <c>wilcox.test(..., exact = FALSE)</c>). Zero differences are
/// dropped; <see cref="V"/> is the sum of the ranks of the positive differences. P is null when no difference is left
/// or the variance is zero. The approximation is rough below about ten pairs; it is a check beside the t-test.
/// </summary>
public sealed record WilcoxonSignedRank(int N, double V, double? P)
{
    public static WilcoxonSignedRank Of(IReadOnlyList<double> differences)
    {
        var nonZero = differences.Where(d => d != 0).ToArray();
        var n = nonZero.Length;
        if (n == 0) return new WilcoxonSignedRank(0, 0, null);
        var ranks = nonZero.Select(Math.Abs).Ranks(RankDefinition.Average);
        var v = nonZero.Select((d, i) => d > 0 ? ranks[i] : 0).Sum();
        var ties = nonZero.GroupBy(Math.Abs).Select(g => (double)g.Count()).Sum(t => t * t * t - t);
        var variance = n * (n + 1.0) * (2 * n + 1) / 24 - ties / 48;
        if (variance <= 0) return new WilcoxonSignedRank(n, v, null);
        var centred = v - n * (n + 1.0) / 4;
        var z = (centred - 0.5 * Math.Sign(centred)) / Math.Sqrt(variance);
        return new WilcoxonSignedRank(n, v, Math.Min(1, 2 * Normal.CDF(0, 1, -Math.Abs(z))));
    }
}
