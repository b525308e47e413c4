using System.Text.Json.Nodes;
using Rotation.Domain.Scenarios;
using Rotation.Domain.Time;

namespace Rotation.Domain.Tests.Loading;

/// <summary>SPEC §2 "Also invalid: …" and the ranges in its field notes.</summary>
public class ScenarioLoaderRuleTests
{
    private static JsonObject Cycle(int? min, int? max)
    {
        var cycle = new JsonObject();
        if (min is not null) cycle["min"] = min;
        if (max is not null) cycle["max"] = max;
        return cycle;
    }

    [Fact]
    public void A_default_tenure_with_min_above_max_is_reported_at_the_cycle()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.Policy()["tenure"] = new JsonObject { ["default"] = Cycle(24, 12) };

        var problem = scenario.Load().SingleProblem("$.policy.tenure.default");

        Assert.StartsWith("min 24 months is above max 12", problem.Message);
    }

    [Fact]
    public void A_work_nature_tenure_with_min_above_max_is_reported_at_its_entry()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.Policy()["tenure"] = new JsonObject
        {
            ["byWorkNature"] = new JsonObject { ["legal-review"] = Cycle(30, 20) },
        };

        scenario.Load().SingleProblem("$.policy.tenure.byWorkNature.legal-review");
    }

    [Fact]
    public void A_work_nature_min_above_the_inherited_default_max_is_reported_at_its_entry()
    {
        // The entry's max comes from the default (36), which its own min of 40 exceeds.
        var scenario = ScenarioJson.Scenario();
        scenario.Policy()["tenure"] = new JsonObject
        {
            ["byWorkNature"] = new JsonObject { ["legal-review"] = Cycle(40, null) },
        };

        var problem = scenario.Load().SingleProblem("$.policy.tenure.byWorkNature.legal-review");

        Assert.StartsWith("min 40 months is above max 36", problem.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-6)]
    public void A_tenure_min_below_one_is_reported_at_its_min_field(int min)
    {
        var scenario = ScenarioJson.Scenario();
        scenario.Policy()["tenure"] = new JsonObject { ["default"] = Cycle(min, 36) };

        scenario.Load().SingleProblem("$.policy.tenure.default.min");
    }

    [Fact]
    public void A_tenure_of_exactly_one_month_min_and_max_is_valid()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.Policy()["tenure"] = new JsonObject { ["default"] = Cycle(1, 1) };

        Assert.Equal(new Tenure(1, 1), scenario.LoadValid().Policy.Tenure.Default);
    }

    [Fact]
    public void A_post_min_grade_above_its_max_grade_is_reported_at_min_grade()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("posts", 0)["minGrade"] = 4;
        scenario.At("posts", 0)["maxGrade"] = 2;

        var problem = scenario.Load().SingleProblem("$.posts[0].minGrade");

        Assert.StartsWith("minGrade 4 is above maxGrade 2", problem.Message);
    }

    [Fact]
    public void Equal_min_and_max_grade_are_valid()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("posts", 0)["minGrade"] = 3;
        scenario.At("posts", 0)["maxGrade"] = 3;

        var post = scenario.LoadValid().Posts[0];

        Assert.Equal((3, 3), (post.MinGrade, post.MaxGrade));
    }

    [Fact]
    public void A_post_min_headcount_above_max_is_reported_at_its_min_field()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("posts", 1)["min"] = 2;

        var problem = scenario.Load().SingleProblem("$.posts[1].min");

        Assert.StartsWith("min headcount 2 is above max 1", problem.Message);
    }

    [Fact]
    public void A_negative_post_min_headcount_is_reported_at_its_min_field()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("posts", 1)["min"] = -1;

        scenario.Load().SingleProblem("$.posts[1].min");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void A_course_capacity_below_one_is_reported_at_its_capacity_field(int capacity)
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("courses", 0)["capacity"] = capacity;

        scenario.Load().SingleProblem("$.courses[0].capacity");
    }

    [Fact]
    public void A_negative_course_cost_is_reported_at_its_cost_field()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("courses", 0)["cost"] = -1;

        scenario.Load().SingleProblem("$.courses[0].cost");
    }

    [Theory]
    [InlineData(1_000_001, "1000001 is out of range; use a whole number of at most 1000000")]
    [InlineData(-1_000_001, "-1000001 is out of range; use a whole number of at least -1000000")]
    public void A_weight_past_the_limit_on_magnitude_is_told_the_side_it_passed(int weight, string message)
    {
        var scenario = ScenarioJson.Scenario();
        scenario.Policy()["weights"] = new System.Text.Json.Nodes.JsonObject { ["move"] = weight };

        var problem = scenario.Load().SingleProblem("$.policy.weights.move");

        Assert.Equal(message, problem.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_course_with_zero_or_negative_months_is_reported_at_its_months_field(int months)
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("courses", 0)["months"] = months;

        var problem = scenario.Load().SingleProblem("$.courses[0].months");

        Assert.Contains("out of range", problem.Message);
    }

    [Fact]
    public void A_repeated_checkpoint_month_is_reported_at_checkpoint_months()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.Policy()["checkpointMonths"] = new JsonArray(1, 3, 3, 12);

        var problem = scenario.Load().SingleProblem("$.policy.checkpointMonths");

        Assert.StartsWith("3 is listed 2 times", problem.Message);
    }

    [Fact]
    public void A_checkpoint_month_of_zero_is_reported_at_its_index()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.Policy()["checkpointMonths"] = new JsonArray(0, 3);

        scenario.Load().SingleProblem("$.policy.checkpointMonths[0]");
    }

    [Fact]
    public void Zero_handover_days_are_reported_at_handover_days()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.Policy()["handoverDays"] = 0;

        scenario.Load().SingleProblem("$.policy.handoverDays");
    }

    [Fact]
    public void Since_after_the_horizon_start_is_reported_at_since()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 0)["since"] = "2027-02";

        var problem = scenario.Load().SingleProblem("$.cadres[0].since");

        Assert.StartsWith("2027-02 is after the horizon start 2027-01", problem.Message);
    }

    [Fact]
    public void Since_equal_to_the_horizon_start_is_valid()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 0)["since"] = "2027-01";

        Assert.Equal(new YearMonth(2027, 1), scenario.LoadValid().Cadres[0].Since);
    }

    [Theory]
    [InlineData("2027-01")]
    [InlineData("2026-12")]
    public void Leaves_not_after_the_horizon_start_is_reported_at_leaves(string leaves)
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 0)["leaves"] = leaves;

        scenario.Load().SingleProblem("$.cadres[0].leaves");
    }

    [Fact]
    public void Leaving_the_month_after_the_horizon_start_is_valid()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 0)["leaves"] = "2027-02";

        Assert.Equal(new YearMonth(2027, 2), scenario.LoadValid().Cadres[0].Leaves);
    }

    [Theory]
    [InlineData("2027-04")]
    [InlineData("2027-03")]
    public void Leaves_not_after_joins_is_reported_at_leaves(string leaves)
    {
        // c03 joins in 2027-04.
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 2)["leaves"] = leaves;

        var problem = scenario.Load().SingleProblem("$.cadres[2].leaves");

        Assert.Contains("not after the joining month 2027-04", problem.Message);
    }

    [Fact]
    public void A_joiner_unavailable_in_the_joining_month_is_reported_at_joins()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 2)["unavailable"] = new JsonArray(new JsonObject { ["from"] = "2027-02", ["to"] = "2027-04" });

        scenario.Load().SingleProblem("$.cadres[2].joins");
    }

    [Fact]
    public void A_joiner_unavailable_only_after_joining_is_valid()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 2)["unavailable"] = new JsonArray(new JsonObject { ["from"] = "2027-05", ["to"] = "2027-05" });

        Assert.Single(scenario.LoadValid().Cadres[2].Unavailable);
    }

    [Fact]
    public void A_joiner_joining_before_the_horizon_start_is_reported_at_joins()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 2)["joins"] = "2026-12";

        scenario.Load().SingleProblem("$.cadres[2].joins");
    }

    [Theory]
    [InlineData("post", "cyber-ops-1")]
    [InlineData("since", "2026-01")]
    public void A_joiner_with_a_starting_post_or_since_is_reported_at_that_field(string field, string value)
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 2)[field] = value;

        scenario.Load().SingleProblem($"$.cadres[2].{field}");
    }

    [Fact]
    public void A_preference_with_two_targets_is_reported_at_the_preference_naming_both()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 0)["preferences"] = new JsonArray(
            new JsonObject { ["office"] = "legal", ["post"] = "legal-review-1", ["weight"] = 3 });

        var problem = scenario.Load().SingleProblem("$.cadres[0].preferences[0]");

        Assert.StartsWith("names 2 targets (post, office)", problem.Message);
    }

    [Fact]
    public void A_preference_with_no_target_is_reported_at_the_preference()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 0)["preferences"] = new JsonArray(new JsonObject { ["weight"] = 3 });

        var problem = scenario.Load().SingleProblem("$.cadres[0].preferences[0]");

        Assert.StartsWith("names no target", problem.Message);
    }

    [Fact]
    public void An_unavailable_range_ending_before_it_starts_is_reported_at_the_range()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 1)["unavailable"] = new JsonArray(new JsonObject { ["from"] = "2027-07", ["to"] = "2027-05" });

        scenario.Load().SingleProblem("$.cadres[1].unavailable[0]");
    }

    [Theory]
    [InlineData("2027-13")]
    [InlineData("27-01")]
    [InlineData("2027-1")]
    [InlineData("2027-01-01")]
    public void A_malformed_month_is_reported_at_its_field_quoting_it(string month)
    {
        var scenario = ScenarioJson.Scenario();
        scenario["horizon"]!["start"] = month;

        var problem = scenario.Load().SingleProblem("$.horizon.start");

        Assert.StartsWith($"\"{month}\" is not a month; write it YYYY-MM", problem.Message);
    }

    [Fact]
    public void A_malformed_course_session_is_reported_at_its_index()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.At("courses", 0)["sessions"] = new JsonArray("2027-01", "2027-7");

        scenario.Load().SingleProblem("$.courses[0].sessions[1]");
    }

    [Theory]
    [InlineData("2027-02-30")]
    [InlineData("2027-10-1")]
    [InlineData("2027/10/01")]
    [InlineData("2027-10")]
    public void A_malformed_holiday_is_reported_at_its_index(string day)
    {
        var scenario = ScenarioJson.Scenario();
        scenario["calendar"] = new JsonObject { ["holidays"] = new JsonArray("2027-10-01", day) };

        var problem = scenario.Load().SingleProblem("$.calendar.holidays[1]");

        Assert.StartsWith($"\"{day}\" is not a day; write it YYYY-MM-DD", problem.Message);
    }

    [Fact]
    public void A_day_listed_as_both_holiday_and_make_up_workday_is_reported_at_extra_workdays()
    {
        var scenario = ScenarioJson.Scenario();
        scenario["calendar"] = new JsonObject
        {
            ["holidays"] = new JsonArray("2027-10-01"),
            ["extraWorkdays"] = new JsonArray("2027-10-01"),
        };

        scenario.Load().SingleProblem("$.calendar.extraWorkdays");
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_at_once()
    {
        var scenario = ScenarioJson.Scenario();
        scenario["horizon"]!["start"] = "2027-13";
        scenario.At("posts", 0)["minGrade"] = 5;
        scenario.At("posts", 0)["maxGrade"] = 1;
        scenario.At("courses", 0)["months"] = 0;
        scenario.At("cadres", 1)["post"] = "legal-reveiw-1";
        scenario.At("cadres", 2)["leaves"] = "2027-02";
        scenario.Policy()["checkpointMonths"] = new JsonArray(6, 6);

        var paths = scenario.Load().Problems.Select(p => p.Path).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["$.cadres[1].post", "$.cadres[2].leaves", "$.courses[0].months", "$.horizon.start",
             "$.policy.checkpointMonths", "$.posts[0].minGrade"],
            paths);
    }
}
