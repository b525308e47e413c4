using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Construction;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Construction;

public class CourseChoiceTests
{
    /// <summary>g needs nothing; q (post number 1) needs what <paramref name="requires"/> lists.</summary>
    private static Scenario Scenario(string courses, string cadres = """[ { "id": "c1", "grade": 1, "post": "g", "since": "2026-01" } ]""",
        string requires = """["k"]""") => Tiny.Build(6, $$"""
        [ { "id": "g", "office": "a", "workNature": "v", "min": 0, "max": 2 },
          { "id": "q", "office": "a", "workNature": "w", "min": 0, "max": 2, "requires": {{requires}} } ]
        """, cadres, courses: courses);

    private static string Course(string id, string sessions, string grants = "k", int months = 1, int cost = 1, string capacity = "null") =>
        $$"""{ "id": "{{id}}", "grants": "{{grants}}", "months": {{months}}, "cost": {{cost}}, "capacity": {{capacity}}, "sessions": {{sessions}} }""";

    /// <summary>c1 moves from g to q at month 3.</summary>
    private static readonly Dictionary<string, string?[]> IntoQAtMonth3 = new() { ["c1"] = ["g", "g", "g", "q", "q", "q"] };

    [Fact]
    public void The_latest_session_that_ends_by_the_stint_start_is_chosen()
    {
        var scenario = Scenario($"[{Course("ck", """["2027-01", "2027-02", "2027-03", "2027-04"]""")}]");

        var (trainings, unprepared) = Choose(scenario, IntoQAtMonth3);

        Assert.Equal([new Training("c1", "ck", "2027-03")], trainings);
        Assert.Empty(unprepared);
    }

    [Fact]
    public void A_session_in_an_unavailable_month_is_skipped()
    {
        var scenario = Scenario($"[{Course("ck", """["2027-01", "2027-02", "2027-03"]""")}]",
            """[ { "id": "c1", "grade": 1, "post": "g", "since": "2026-01", "unavailable": [ { "from": "2027-03", "to": "2027-03" } ] } ]""");

        var (trainings, _) = Choose(scenario, IntoQAtMonth3);

        Assert.Equal([new Training("c1", "ck", "2027-02")], trainings);
    }

    [Fact]
    public void A_session_that_overlaps_another_course_of_the_cadre_is_skipped()
    {
        // k is chosen first, in March; m's March session would overlap it.
        var scenario = Scenario($"""[{Course("ck", """["2027-02", "2027-03"]""")}, {Course("cm", """["2027-01", "2027-03"]""", grants: "m")}]""",
            requires: """["k", "m"]""");

        var (trainings, unprepared) = Choose(scenario, IntoQAtMonth3);

        Assert.Equal([new Training("c1", "ck", "2027-03"), new Training("c1", "cm", "2027-01")], trainings);
        Assert.Empty(unprepared);
    }

    [Fact]
    public void Two_courses_that_fit_only_one_way_round_are_both_taken()
    {
        // m has only the March session, so k must be taken in February: a choice of k's latest session first leaves none.
        var scenario = Scenario($"""[{Course("ck", """["2027-02", "2027-03"]""")}, {Course("cm", """["2027-03"]""", grants: "m")}]""",
            requires: """["k", "m"]""");

        var (trainings, unprepared) = Choose(scenario, IntoQAtMonth3);

        Assert.Empty(unprepared);
        Assert.Equal([new Training("c1", "ck", "2027-02"), new Training("c1", "cm", "2027-03")], trainings.OrderBy(t => t.Course));
    }

    [Theory]
    [InlineData(1, 1, "2027-02")]
    [InlineData(2, 1, "2027-03")]
    [InlineData(1, 0, "2027-03")]
    public void Seats_the_rest_of_the_organisation_took_count_against_the_capacity(int capacity, int taken, string chosen)
    {
        var scenario = Scenario($"""[{Course("ck", """["2027-02", "2027-03"]""", capacity: $"{capacity}")}]""");
        var shared = new SharedLimits(null, new Dictionary<(string, string), int> { [("ck", "2027-03")] = taken });

        var (trainings, _) = Choose(scenario, IntoQAtMonth3, shared);

        Assert.Equal([new Training("c1", "ck", chosen)], trainings);
    }

    [Fact]
    public void Two_cadres_share_the_seats_of_a_session()
    {
        var scenario = Scenario($"""[{Course("ck", """["2027-02", "2027-03"]""", capacity: "1")}]""", """
            [ { "id": "c1", "grade": 1, "post": "g", "since": "2026-01" },
              { "id": "c2", "grade": 1, "post": "g", "since": "2026-01" } ]
            """);

        var (trainings, _) = Choose(scenario, new() { ["c1"] = ["g", "g", "g", "q", "q", "q"], ["c2"] = ["g", "g", "g", "q", "q", "q"] });

        Assert.Equal([new Training("c1", "ck", "2027-03"), new Training("c2", "ck", "2027-02")], trainings);
    }

    [Fact]
    public void The_cheapest_course_is_chosen_even_when_a_dearer_one_ends_later()
    {
        var scenario = Scenario($"""[{Course("dear", """["2027-03"]""", cost: 5)}, {Course("cheap", """["2027-01"]""", cost: 1)}]""");

        var (trainings, _) = Choose(scenario, IntoQAtMonth3);

        Assert.Equal([new Training("c1", "cheap", "2027-01")], trainings);
    }

    [Fact]
    public void A_stint_no_session_prepares_in_time_is_reported_unprepared()
    {
        // The only session starts with the stint: it ends a month too late.
        var scenario = Scenario($"""[{Course("ck", """["2027-04"]""")}]""");

        var (trainings, unprepared) = Choose(scenario, IntoQAtMonth3);

        Assert.Empty(trainings);
        Assert.Equal([(0, 1, 3)], unprepared);
    }

    [Fact]
    public void A_competency_trained_for_one_stint_serves_a_later_one()
    {
        var scenario = Scenario($"""[{Course("ck", """["2027-01", "2027-02", "2027-04"]""")}]""");

        var (trainings, unprepared) = Choose(scenario, new() { ["c1"] = ["g", "g", "q", "g", "q", "q"] });

        Assert.Equal([new Training("c1", "ck", "2027-02")], trainings);
        Assert.Empty(unprepared);
    }

    [Fact]
    public void Nobody_trains_for_a_competency_they_hold_or_a_post_they_started_in()
    {
        var scenario = Scenario($"""[{Course("ck", """["2027-01"]""")}]""", """
            [ { "id": "c1", "grade": 1, "post": "g", "since": "2026-01", "competencies": ["k"] },
              { "id": "c2", "grade": 1, "post": "q", "since": "2026-01" } ]
            """);

        var (trainings, unprepared) = Choose(scenario, new() { ["c1"] = ["g", "g", "g", "q", "q", "q"], ["c2"] = ["q", "q", "q", "q", "q", "q"] });

        Assert.Empty(trainings);
        Assert.Empty(unprepared);
    }

    [Theory]
    [InlineData("g", "2027-02")]
    [InlineData("q", null)]
    public void A_joiner_trains_only_once_present(string firstPost, string? chosen)
    {
        // c1 joins at month 1 and holds q from month 2: January's session is before they are there, February's ends at 2.
        var scenario = Scenario($"""[{Course("ck", """["2027-01", "2027-02", "2027-03"]""")}]""",
            """[ { "id": "c1", "grade": 1, "post": null, "since": null, "joins": "2027-02" } ]""");

        var (trainings, unprepared) = Choose(scenario, new() { ["c1"] = [null, firstPost, "q", "q", "q", "q"] });

        Assert.Equal(chosen is null ? [] : [new Training("c1", "ck", chosen)], trainings);
        Assert.Equal(chosen is null ? [(0, 1, 1)] : [], unprepared);
    }

    [Fact]
    public void A_stint_left_without_a_seat_names_the_stint_that_holds_it()
    {
        var scenario = Scenario($"""[{Course("ck", """["2027-02"]""", capacity: "1")}]""", """
            [ { "id": "c1", "grade": 1, "post": "g", "since": "2026-01" },
              { "id": "c2", "grade": 1, "post": "g", "since": "2026-01" } ]
            """);
        var rows = new Dictionary<string, string?[]> { ["c1"] = ["g", "g", "g", "q", "q", "q"], ["c2"] = ["g", "g", "g", "g", "q", "q"] };

        var (trainings, unprepared, crowding) = new CourseChoice(scenario, SharedLimits.Of(scenario))
            .For(scenario.Cadres, rows, scenario.Posts.Select(p => p.Id).ToList().IndexOf);

        Assert.Equal([new Training("c1", "ck", "2027-02")], trainings);
        Assert.Equal([(1, 1, 4)], unprepared);
        Assert.Equal([(0, 1, 3)], crowding);
    }

    private static (List<Training> Trainings, List<(int Cadre, int Post, int Month)> Unprepared) Choose(Scenario scenario,
        Dictionary<string, string?[]> rows, SharedLimits? shared = null)
    {
        var posts = scenario.Posts.Select(p => p.Id).ToList();
        var (trainings, unprepared, _) = new CourseChoice(scenario, shared ?? SharedLimits.Of(scenario)).For(scenario.Cadres, rows, posts.IndexOf);
        return (trainings, unprepared);
    }
}
