using Rotation.Solver.Bounds;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Bounds;

public class TrainedCoverTests
{
    // p needs k, which c2 can only get from a one-month course costing 5; r is a post of the same office open to all.
    private static string Posts(int minOfP, bool critical = false) => $$"""
        [ { "id": "p", "office": "a", "workNature": "w", "min": {{minOfP}}, "max": 1, "requires": ["k"], "critical": {{(critical ? "true" : "false")}} },
          { "id": "r", "office": "a", "workNature": "w", "min": 0, "max": 2 },
          { "id": "q", "office": "b", "workNature": "w", "min": 0, "max": 2 } ]
        """;

    private const string Course = """[ { "id": "kc", "grants": "k", "months": 1, "capacity": 2, "cost": 5, "sessions": ["2027-01"] } ]""";

    // c1's stint in p reaches its 36-month maximum after month 1, so c1 leaves p by month 2.
    private const string Cadres = """
        [ { "id": "c1", "grade": 1, "post": "p", "since": "2024-03", "competencies": ["k"] },
          { "id": "c2", "grade": 1, "post": "q", "since": "2024-03" } ]
        """;

    private const string Weights = "";

    [Fact]
    public void Prices_the_last_month_of_posts_with_a_minimum_at_their_courses_cost()
    {
        var scenario = Tiny.Build(6, Posts(minOfP: 1), Cadres, weights: Weights, courses: Course);

        Assert.Equal([5.0, 0.0, 0.0], TrainedCover.LastMonth(scenario));
    }

    /// <summary>
    /// Alone, each cadre's best is one move into the other office (−30 each), c2 into r with no course. But p must be
    /// covered once c1 leaves, and only c2 can be trained for it: the optimum pays the course, and so does the bound,
    /// whether p's cover is penalised or, for a critical post, a rule.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Binds_where_a_post_left_by_its_holder_needs_someone_to_train(bool critical)
    {
        var scenario = Tiny.Build(6, Posts(minOfP: 1, critical), Cadres, weights: Weights, courses: Course);

        var plan = Tiny.SolveOptimal(scenario);

        Assert.Equal(-55, plan.Objective);
        Assert.Equal((-60, -55), LowerBound.Bounds(scenario));
        Assert.Equal(-55, LowerBound.Of(scenario));
    }

    [Fact]
    public void Adds_nothing_where_nobody_must_cover_the_post()
    {
        var scenario = Tiny.Build(6, Posts(minOfP: 0), Cadres, weights: Weights, courses: Course);

        Assert.All(TrainedCover.LastMonth(scenario), price => Assert.Equal(0.0, price));
        Assert.Equal(-60, Tiny.SolveOptimal(scenario).Objective);
        Assert.Equal((-60, null), LowerBound.Bounds(scenario));
    }
}
