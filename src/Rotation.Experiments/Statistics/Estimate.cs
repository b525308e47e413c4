using MathNet.Numerics.Distributions;

namespace Rotation.Experiments.Statistics;

/// <summary>
/// A mean over replications with its sample standard deviation and 95 % interval by Student's t; the standard deviation
/// and the interval are null for fewer than two values, where they are not defined.
/// </summary>
public sealed record Estimate(int N, double Mean, double? Sd, double? CiLow, double? CiHigh)
{
    public const double Level = 0.95;

    public static Estimate Of(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return new Estimate(0, double.NaN, null, null, null);
        var mean = MathNet.Numerics.Statistics.Statistics.Mean(values);
        if (values.Count < 2) return new Estimate(1, mean, null, null, null);
        var sd = MathNet.Numerics.Statistics.Statistics.StandardDeviation(values);
        var half = HalfWidth(sd, values.Count);
        return new Estimate(values.Count, mean, sd, mean - half, mean + half);
    }

    /// <summary>Half the interval's width: t(0.975, n − 1) standard errors.</summary>
    internal static double HalfWidth(double sd, int n) =>
        StudentT.InvCDF(0, 1, n - 1, 1 - (1 - Level) / 2) * sd / Math.Sqrt(n);
}
