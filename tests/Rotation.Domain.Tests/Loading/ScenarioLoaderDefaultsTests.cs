using System.Text.Json.Nodes;
using Rotation.Domain.Scenarios;
using Rotation.Domain.Time;

namespace Rotation.Domain.Tests.Loading;

/// <summary>The defaults in brackets in SPEC §2 and the default weights of SPEC §4, applied when a field is absent.</summary>
public class ScenarioLoaderDefaultsTests
{
    private static readonly Scenario Loaded = ScenarioJson.Scenario().LoadValid();

    [Fact]
    public void Without_a_policy_the_rotation_cycle_is_12_to_36_months_for_every_work_nature()
    {
        Assert.Equal(new Tenure(12, 36), Loaded.TenureOf(Loaded.Posts[0]));
        Assert.Empty(Loaded.Policy.Tenure.ByWorkNature);
    }

    [Fact]
    public void Without_a_policy_the_counts_take_their_contract_defaults()
    {
        var p = Loaded.Policy;

        Assert.Null(p.MaxMovesPerMonth);
        Assert.Null(p.MaxDeparturesPerOfficePerMonth);
        Assert.Equal(0, p.NoReturnMonths);
        Assert.Equal(1, p.FairMoves);
        Assert.Equal(10, p.HandoverDays);
        Assert.Equal([1, 3, 6, 12], p.CheckpointMonths.ToArray());
        Assert.Equal(0, p.FreezeMonths);
    }

    [Fact]
    public void Without_weights_the_objective_uses_the_contract_weights()
    {
        var w = Loaded.Policy.Weights;

        Assert.Equal((1000, 10, 30, 1, 40, 1, 20),
            (w.Vacancy, w.Move, w.ExcessMoves, w.TrainingCost, w.CrossOffice, w.Preference, w.Change));
    }

    [Fact]
    public void A_weight_left_out_keeps_its_default_while_the_given_ones_apply()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.Policy()["weights"] = new JsonObject { ["move"] = 25, ["preference"] = -2 };

        var w = scenario.LoadValid().Policy.Weights;

        Assert.Equal((1000, 25, 30, 1, 40, -2, 20),
            (w.Vacancy, w.Move, w.ExcessMoves, w.TrainingCost, w.CrossOffice, w.Preference, w.Change));
    }

    [Fact]
    public void An_empty_policy_object_gives_the_same_policy_as_none()
    {
        var scenario = ScenarioJson.Scenario();
        scenario["policy"] = new JsonObject();

        var policy = scenario.LoadValid().Policy;

        Assert.Equal(Loaded.Policy.Tenure.Default, policy.Tenure.Default);
        Assert.Equal(Loaded.Policy.CheckpointMonths.ToArray(), policy.CheckpointMonths.ToArray());
        Assert.Equal(Loaded.Policy.Weights, policy.Weights);
        Assert.Equal(
            (Loaded.Policy.HandoverDays, Loaded.Policy.FairMoves, Loaded.Policy.NoReturnMonths, Loaded.Policy.FreezeMonths),
            (policy.HandoverDays, policy.FairMoves, policy.NoReturnMonths, policy.FreezeMonths));
    }

    [Fact]
    public void A_post_without_headcount_or_flags_needs_exactly_one_holder_and_is_not_critical()
    {
        var post = Loaded.Posts[0];

        Assert.Equal((1, 1), (post.Min, post.Max));
        Assert.False(post.Critical);
        Assert.Empty(post.Requires);
        Assert.Null(post.MinGrade);
        Assert.Null(post.MaxGrade);
        Assert.Null(post.Reviewer);
        Assert.Empty(post.HandoverItems);
    }

    [Fact]
    public void A_cadre_without_optional_fields_is_unlocked_present_throughout_and_without_lists()
    {
        var cadre = Loaded.Cadres[0];

        Assert.False(cadre.Locked);
        Assert.Null(cadre.Joins);
        Assert.Null(cadre.Leaves);
        Assert.Empty(cadre.Competencies);
        Assert.Empty(cadre.PastOffices);
        Assert.Empty(cadre.Preferences);
        Assert.Empty(cadre.Unavailable);
        Assert.Empty(cadre.Avoid);
    }

    [Fact]
    public void A_course_without_capacity_or_cost_is_unlimited_and_free()
    {
        var course = Loaded.Courses[0];

        Assert.Null(course.Capacity);
        Assert.Equal(0, course.Cost);
    }

    [Fact]
    public void A_scenario_without_name_calendar_or_published_plan_gets_an_empty_name_weekdays_and_no_plan()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.Remove("name");

        var loaded = scenario.LoadValid();

        Assert.Equal("", loaded.Name);
        Assert.Equal(WorkingCalendar.WeekdaysOnly, loaded.Calendar);
        Assert.Null(loaded.Published);
    }

    [Fact]
    public void An_office_without_blackout_months_has_none_and_is_named_by_its_id()
    {
        var office = Loaded.Offices[0];

        Assert.Empty(office.BlackoutMonthsOfYear);
        Assert.Equal("cyber", office.Name);
    }

    [Fact]
    public void A_work_nature_entry_without_max_takes_max_from_the_default()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.Policy()["tenure"] = new JsonObject
        {
            ["default"] = new JsonObject { ["min"] = 6, ["max"] = 24 },
            ["byWorkNature"] = new JsonObject { ["security-ops"] = new JsonObject { ["min"] = 18 } },
        };

        var loaded = scenario.LoadValid();

        Assert.Equal(new Tenure(18, 24), loaded.TenureOf(loaded.Posts[0]));
        Assert.Equal(new Tenure(6, 24), loaded.TenureOf(loaded.Posts[1]));
    }

    [Fact]
    public void A_work_nature_entry_without_min_takes_min_from_the_contract_default_when_no_default_is_given()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.Policy()["tenure"] = new JsonObject
        {
            ["byWorkNature"] = new JsonObject { ["security-ops"] = new JsonObject { ["max"] = 48 } },
        };

        var loaded = scenario.LoadValid();

        Assert.Equal(new Tenure(12, 48), loaded.TenureOf(loaded.Posts[0]));
        Assert.Equal(new Tenure(12, 36), loaded.TenureOf(loaded.Posts[1]));
    }

    [Fact]
    public void Checkpoint_months_given_out_of_order_are_kept_in_increasing_order()
    {
        var scenario = ScenarioJson.Scenario();
        scenario.Policy()["checkpointMonths"] = new JsonArray(12, 1, 6);

        Assert.Equal([1, 6, 12], scenario.LoadValid().Policy.CheckpointMonths.ToArray());
    }

    [Fact]
    public void The_fields_given_in_the_file_are_what_the_scenario_holds()
    {
        var scenario = ScenarioJson.Scenario();
        var post = scenario.At("posts", 0);
        post["min"] = 0;
        post["max"] = 2;
        post["critical"] = true;
        post["requires"] = new JsonArray("network-security");
        post["handoverItems"] = new JsonArray("incident runbook", "server root credentials");
        scenario.At("offices", 0)["blackoutMonthsOfYear"] = new JsonArray(9, 3, 9);

        var loaded = scenario.LoadValid();

        Assert.Equal((0, 2, true), (loaded.Posts[0].Min, loaded.Posts[0].Max, loaded.Posts[0].Critical));
        Assert.Equal(["network-security"], loaded.Posts[0].Requires.ToArray());
        Assert.Equal(["incident runbook", "server root credentials"], loaded.Posts[0].HandoverItems.ToArray());
        Assert.Equal([3, 9], loaded.Offices[0].BlackoutMonthsOfYear.ToArray());
        Assert.Equal(new Horizon(new YearMonth(2027, 1), 12), loaded.Horizon);
        Assert.Equal([new YearMonth(2027, 1), new YearMonth(2027, 7)], loaded.Courses[0].Sessions.ToArray());
    }
}
