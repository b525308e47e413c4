using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Objective;

/// <summary>Each objective term of SPEC §4 tips a small decision one way or the other as its weight changes.</summary>
public class TermsTests
{
    private const string PostsPQ = """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
          { "id": "q", "office": "b", "workNature": "w", "min": 0 } ]
        """;

    [Theory]
    [InlineData(5, "q q q", 10)] // three vacant months cost 15, a move 10
    [InlineData(3, "p p p", 9)] // three vacant months cost 9
    public void Vacancy_weight_decides_whether_filling_a_vacant_post_is_worth_a_move(int vacancy, string row, long objective)
    {
        var scenario = Tiny.Build(3, weights: $""" "vacancy": {vacancy}, "move": 10, "excessMoves": 0, "crossOffice": 0 """,
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 1 } ]
                """,
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" } ]""");

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", row);
        Assert.Equal(objective, plan.Objective);
    }

    [Theory]
    [InlineData(10, "q q q", -2)] // 3·4 of preference against a move of 10
    [InlineData(13, "p p p", 0)]
    public void Move_weight_decides_whether_a_preference_is_worth_a_move(int move, string row, long objective)
    {
        var scenario = Tiny.Build(3, weights: $""" "move": {move}, "excessMoves": 0, "crossOffice": 0 """, posts: PostsPQ,
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "q", "weight": 4 } ] } ]""");

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", row);
        Assert.Equal(objective, plan.Objective);
    }

    [Theory]
    [InlineData(30, "q q q q", 10)] // a second move costs 10 + 30 against 3·10 of preference
    [InlineData(0, "q p p p", -10)]
    public void Excess_moves_weight_decides_whether_a_second_move_beyond_the_fair_one_is_worth_it(int excessMoves, string row, long objective)
    {
        // c1 has served p for the max and must leave at month 0, but likes p.
        var scenario = Tiny.Build(4, tenure: """{ "min": 1, "max": 12 }""", policy: """ "fairMoves": 1, """,
            weights: $""" "move": 10, "excessMoves": {excessMoves}, "crossOffice": 0 """, posts: PostsPQ,
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "p", "weight": 10 } ] } ]""");

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", row);
        Assert.Equal(objective, plan.Objective);
    }

    [Theory]
    [InlineData(20, "p q q", -10)] // 2·20 of preference against a move of 10 and a course of 20
    [InlineData(40, "p p p", 0)]
    public void Training_cost_decides_whether_a_course_that_opens_a_preferred_post_is_worth_it(int cost, string row, long objective)
    {
        var scenario = Tiny.Build(3,
            courses: $$"""[ { "id": "k101", "grants": "k", "months": 1, "cost": {{cost}}, "sessions": ["2027-01"] } ]""",
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 },
                  { "id": "q", "office": "b", "workNature": "w", "min": 0, "requires": ["k"] } ]
                """,
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "q", "weight": 20 } ] } ]""");

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", row);
        Assert.Equal(objective, plan.Objective);
    }

    [Theory]
    [InlineData("[]", "q", -30)] // a new office is worth 40, a move costs 10
    [InlineData("""["b"]""", "p", 0)] // b is a past office: nothing new to gain
    public void Cross_office_rewards_working_in_an_office_that_is_new_to_the_cadre(string pastOffices, string lastPost, long objective)
    {
        var scenario = Tiny.Build(3, weights: """ "move": 10, "excessMoves": 0, "crossOffice": 40 """, posts: PostsPQ,
            cadres: $$"""[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "pastOffices": {{pastOffices}} } ]""");

        var plan = Tiny.SolveOptimal(scenario);

        // The move may fall in any month, so only where the cadre ends up is the same in every optimal plan.
        Assert.Equal(lastPost, plan.Assignments.Single(a => a.Cadre == "c1").Posts[^1]);
        Assert.Equal(objective, plan.Objective);
    }

    [Fact]
    public void Cross_office_counts_the_office_a_joiner_joins_in_as_their_own()
    {
        // The joiner's first office is home; the other one is worth 40 for a move of 10. Were the first office counted
        // too, the optimum would be −70 (join one office, move to the other).
        var scenario = Tiny.Build(3, weights: """ "move": 10, "excessMoves": 0, "crossOffice": 40 """, posts: PostsPQ,
            cadres: """[ { "id": "c2", "grade": 1, "joins": "2027-01" } ]""");

        var plan = Tiny.SolveOptimal(scenario);

        Assert.Equal(1, plan.Terms.CrossOffice);
        Assert.Equal(1, plan.Terms.Moves);
        Assert.Equal(-30, plan.Objective);
    }

    [Fact]
    public void Preferences_for_the_post_its_office_and_its_work_nature_add_up()
    {
        // q matches all three (1 + 3 + 5 = 9 a month), r only the office (3), s only the work nature (5).
        var scenario = Tiny.Build(3,
            posts: """
                [ { "id": "p", "office": "a", "workNature": "w", "min": 0 }, { "id": "q", "office": "b", "workNature": "v", "min": 0 },
                  { "id": "r", "office": "b", "workNature": "w", "min": 0 }, { "id": "s", "office": "a", "workNature": "v", "min": 0 } ]
                """,
            cadres: """
                [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01",
                    "preferences": [ { "post": "q", "weight": 1 }, { "office": "b", "weight": 3 }, { "workNature": "v", "weight": 5 } ] } ]
                """);

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "q q q");
        Assert.Equal(27, plan.Terms.Preference);
        Assert.Equal(-17, plan.Objective);
    }

    [Fact]
    public void A_negative_preference_pushes_a_cadre_out_of_a_post()
    {
        // −6 a month in p over three months outweighs a move of 10.
        var scenario = Tiny.Build(3, posts: PostsPQ,
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "p", "weight": -6 } ] } ]""");

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", "q q q");
        Assert.Equal(10, plan.Objective);
    }

    [Theory]
    [InlineData(20, "p q q", 10)] // following the published move costs 10; leaving it 2 changes · 20
    [InlineData(4, "p p p", 8)] // 2 changes · 4 are cheaper than the move
    public void Change_weight_decides_whether_to_follow_a_published_move(int change, string row, long objective)
    {
        var scenario = Tiny.Build(3, weights: $""" "move": 10, "excessMoves": 0, "crossOffice": 0, "change": {change} """, posts: PostsPQ,
            published: """{ "months": ["2027-01", "2027-02", "2027-03"], "assignments": [ { "cadre": "c1", "posts": ["p", "q", "q"] } ] }""",
            cadres: """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" } ]""");

        var plan = Tiny.SolveOptimal(scenario);

        Tiny.AssertRow(plan, "c1", row);
        Assert.Equal(objective, plan.Objective);
    }
}
