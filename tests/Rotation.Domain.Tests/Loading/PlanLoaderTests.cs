using System.Text.Json.Nodes;
using Rotation.Domain.Loading;
using Rotation.Domain.Plans;

namespace Rotation.Domain.Tests.Loading;

public class PlanLoaderTests
{
    // The example plan of SPEC §5.
    private const string SpecExample = """
        {
          "scenario": "name", "status": "Optimal",
          "objective": -208, "bestBound": -208, "solveSeconds": 1.7,
          "terms": { "vacancy": 0, "moves": 9, "excessMoves": 1, "trainingCost": 6,
                     "crossOffice": 8, "preference": 14, "changes": 0 },
          "months": ["2027-01", "2027-02"],
          "assignments": [ { "cadre": "c01", "posts": ["cyber-ops-1", "legal-review-1"] } ],
          "trainings": [ { "cadre": "c03", "course": "sec-101", "start": "2027-07" } ],
          "handovers": [ { "post": "cyber-ops-1", "month": "2027-02", "from": "c01", "to": "c05",
                           "windowStart": "2027-01-18", "windowEnd": "2027-01-29",
                           "items": ["server root credentials", "incident runbook"] } ],
          "checkpoints": [ { "cadre": "c05", "post": "cyber-ops-1", "kind": "onboarding",
                             "month": "2027-03", "date": "2027-03-01", "reviewer": "Head of cyber office" } ],
          "conflicts": []
        }
        """;

    private static JsonObject Example() => JsonNode.Parse(SpecExample)!.AsObject();

    private static LoadResult<Plan> Load(JsonObject plan) => PlanLoader.Load(plan.ToJsonString());

    [Fact]
    public void The_example_plan_of_the_contract_loads_with_every_field()
    {
        var result = PlanLoader.Load(SpecExample);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Warnings);
        var plan = result.Value!;
        Assert.Equal(("name", PlanStatus.Optimal, -208L, -208.0, 1.7), (plan.Scenario, plan.Status, plan.Objective, plan.BestBound, plan.SolveSeconds));
        Assert.Equal(new Terms(0, 9, 1, 6, 8, 14, 0), plan.Terms);
        Assert.Equal(["2027-01", "2027-02"], plan.Months.ToArray());
        Assert.Equal<IEnumerable<string?>>(["cyber-ops-1", "legal-review-1"], plan.Assignments.Single().Posts);
        Assert.Equal(new Training("c03", "sec-101", "2027-07"), plan.Trainings.Single());
        var handover = plan.Handovers.Single();
        Assert.Equal(("c01", "c05", new DateOnly(2027, 1, 18), new DateOnly(2027, 1, 29)),
            (handover.From, handover.To, handover.WindowStart, handover.WindowEnd));
        Assert.Equal(["server root credentials", "incident runbook"], handover.Items.ToArray());
        Assert.Equal(new Checkpoint("c05", "cyber-ops-1", "onboarding", "2027-03", new DateOnly(2027, 3, 1), "Head of cyber office"),
            plan.Checkpoints.Single());
        Assert.Empty(plan.Conflicts);
    }

    [Fact]
    public void A_plan_written_by_the_plan_writer_loads_back_unchanged()
    {
        var original = PlanLoader.Load(SpecExample).Value!;

        var reloaded = PlanLoader.Load(PlanWriter.ToUtf8(original)).Value!;

        Assert.Equal(PlanWriter.ToJson(original), PlanWriter.ToJson(reloaded));
        Assert.Equal((original.Status, original.Objective, original.Terms), (reloaded.Status, reloaded.Objective, reloaded.Terms));
    }

    [Fact]
    public void An_infeasible_plan_with_no_assignments_and_named_conflicts_loads()
    {
        const string json = """
            { "status": "Infeasible", "objective": null, "bestBound": null, "months": ["2027-01"], "assignments": [],
              "conflicts": ["tenure.max:c03", "blackout:cyber:2027-09"] }
            """;

        var plan = PlanLoader.Load(json).Value!;

        Assert.False(plan.HasAssignments);
        Assert.Null(plan.Objective);
        Assert.Equal(["tenure.max:c03", "blackout:cyber:2027-09"], plan.Conflicts.ToArray());
    }

    [Theory]
    [InlineData("Optimum")]
    [InlineData("optimal")]
    [InlineData("0")]
    [InlineData("2")]
    [InlineData(" Optimal")]
    [InlineData("Optimal, Feasible")]
    public void A_status_that_is_not_one_of_the_four_names_is_reported_at_status(string status)
    {
        var plan = Example();
        plan["status"] = status;

        var problem = Load(plan).SingleProblem("$.status");

        Assert.StartsWith($"\"{status}\" is not a status", problem.Message);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("months")]
    [InlineData("assignments")]
    public void A_plan_without_a_required_field_is_reported_at_that_field(string field)
    {
        var plan = Example();
        plan.Remove(field);

        var problem = Load(plan).SingleProblem($"$.{field}");

        Assert.StartsWith("required", problem.Message);
    }

    [Fact]
    public void An_objective_written_as_text_is_reported_at_objective()
    {
        var plan = Example();
        plan["objective"] = "-208";

        Load(plan).SingleProblem("$.objective");
    }

    [Fact]
    public void A_fractional_term_is_reported_at_that_term()
    {
        var plan = Example();
        plan["terms"]!["moves"] = 9.5;

        Load(plan).SingleProblem("$.terms.moves");
    }

    [Fact]
    public void A_post_cell_that_is_not_text_or_null_is_reported_at_its_month_index()
    {
        var plan = Example();
        plan["assignments"]![0]!["posts"] = new JsonArray("cyber-ops-1", 4);

        var problem = Load(plan).SingleProblem("$.assignments[0].posts[1]");

        Assert.Equal("must be a post id or null, not the number 4", problem.Message);
    }

    [Fact]
    public void An_unknown_checkpoint_kind_is_reported_at_its_kind_field()
    {
        var plan = Example();
        plan["checkpoints"]![0]!["kind"] = "audit";

        var problem = Load(plan).SingleProblem("$.checkpoints[0].kind");

        Assert.StartsWith("\"audit\" is not a checkpoint kind", problem.Message);
    }

    [Fact]
    public void A_handover_without_a_window_start_is_reported_at_that_field()
    {
        var plan = Example();
        plan["handovers"]![0]!.AsObject().Remove("windowStart");

        Load(plan).SingleProblem("$.handovers[0].windowStart");
    }

    [Fact]
    public void A_malformed_checkpoint_date_is_reported_at_its_date_field()
    {
        var plan = Example();
        plan["checkpoints"]![0]!["date"] = "2027-03-32";

        Load(plan).SingleProblem("$.checkpoints[0].date");
    }

    [Fact]
    public void A_malformed_training_start_is_reported_at_its_start_field()
    {
        var plan = Example();
        plan["trainings"]![0]!["start"] = "2027-7";

        Load(plan).SingleProblem("$.trainings[0].start");
    }

    [Fact]
    public void Every_problem_in_a_plan_is_reported_at_once()
    {
        var plan = Example();
        plan["status"] = "Done";
        plan["months"] = new JsonArray("2027-01", "2027-13");
        plan["checkpoints"]![0]!["kind"] = "audit";
        plan["handovers"]![0]!["windowEnd"] = "29 Jan";

        var paths = Load(plan).Problems.Select(p => p.Path).Order(StringComparer.Ordinal);

        Assert.Equal(["$.checkpoints[0].kind", "$.handovers[0].windowEnd", "$.months[1]", "$.status"], paths);
    }

    [Fact]
    public void A_plan_file_that_is_not_json_is_reported_at_the_root_with_its_line()
    {
        var problem = PlanLoader.Load("{\n \"status\": Optimal\n}").SingleProblem("$");

        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void A_plan_file_holding_a_list_is_reported_at_the_root()
    {
        var problem = PlanLoader.Load("[]").SingleProblem("$");

        Assert.StartsWith("a plan file holds one JSON object", problem.Message);
    }

    [Fact]
    public void An_unknown_plan_field_is_a_warning_with_a_suggestion()
    {
        var plan = Example();
        plan["conflict"] = new JsonArray();

        var result = Load(plan);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("$.conflict", "unknown field, ignored; did you mean \"conflicts\"?"), (warning.Path, warning.Message));
    }
}
