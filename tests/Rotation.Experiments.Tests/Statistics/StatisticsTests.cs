using Rotation.Experiments.Statistics;

namespace Rotation.Experiments.Tests.Statistics;

public class StatisticsTests
{
    // R's `sleep` data (Cushny & Peebles 1905, as shipped in R's datasets package): extra hours of sleep of ten patients
    // under drug 1 and drug 2.
    private static readonly double[] Drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    private static readonly double[] Drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

    [Fact]
    public void The_paired_t_test_on_the_sleep_data_gives_what_R_gives()
    {
        var d = PairedDifference.Of(Drug1, Drug2);

        // R 4.x: with(sleep, t.test(extra[group == 1], extra[group == 2], paired = TRUE)) prints
        // t = -4.0621, df = 9, p-value = 0.002833; 95 percent confidence interval: -2.4598858 -0.7001142;
        // mean difference -1.58.
        Assert.Equal(10, d.N);
        Assert.Equal(-1.58, d.MeanDiff, 10);
        Assert.Equal(-4.0621, d.T!.Value, 4);
        Assert.Equal(0.002833, d.P!.Value, 6);
        Assert.Equal(-2.4598858, d.CiLow!.Value, 7);
        Assert.Equal(-0.7001142, d.CiHigh!.Value, 7);
    }

    [Fact]
    public void The_wilcoxon_signed_rank_test_on_the_sleep_data_gives_what_R_gives()
    {
        var d = PairedDifference.Of(Drug1, Drug2);

        // R 4.x: with(sleep, wilcox.test(extra[group == 1], extra[group == 2], paired = TRUE)) prints V = 0,
        // p-value = 0.009091, and warns that with ties and zeros it cannot compute an exact p-value (so it uses the normal
        // approximation with continuity correction, as this implementation always does). One zero difference is dropped.
        Assert.Equal(9, d.Wilcoxon.N);
        Assert.Equal(0, d.Wilcoxon.V);
        Assert.Equal(0.009091, d.Wilcoxon.P!.Value, 6);
    }

    [Fact]
    public void A_t_interval_of_one_to_five_is_worked_out_by_hand()
    {
        var e = Estimate.Of([1, 2, 3, 4, 5]);

        // By hand: mean 3, sd = sqrt(10 / 4) = 1.5811388, t(0.975, 4) = 2.7764451 (any t table), half width
        // 2.7764451 × 1.5811388 / sqrt(5) = 1.9632432; R's t.test(1:5) prints the same 1.036757 4.963243.
        Assert.Equal(5, e.N);
        Assert.Equal(3, e.Mean, 12);
        Assert.Equal(1.5811388, e.Sd!.Value, 7);
        Assert.Equal(1.036757, e.CiLow!.Value, 6);
        Assert.Equal(4.963243, e.CiHigh!.Value, 6);
    }

    [Fact]
    public void One_value_has_a_mean_but_no_spread_and_no_interval()
    {
        var e = Estimate.Of([7]);

        Assert.Equal(new Estimate(1, 7, null, null, null), e);
    }

    [Fact]
    public void Equal_differences_have_no_t_test_rather_than_a_division_by_zero()
    {
        var d = PairedDifference.Of([3, 4, 5], [1, 2, 3]);

        Assert.Equal(2, d.MeanDiff);
        Assert.Null(d.P);
        Assert.Null(d.T);
    }

    [Fact]
    public void Wilcoxon_ranks_ties_by_their_average_and_counts_the_positive_ranks()
    {
        // By hand: |d| = 1, 2, 2, 3 rank 1, 2.5, 2.5, 4; positive ranks 1 + 2.5 + 4 = 7.5.
        var w = WilcoxonSignedRank.Of([1, -2, 2, 3]);

        Assert.Equal(4, w.N);
        Assert.Equal(7.5, w.V);
    }
}
