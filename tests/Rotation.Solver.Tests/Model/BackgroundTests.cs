using Google.OrTools.Sat;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;
using Rotation.Solver.Tests.Support;
using Rotation.Solver.WholeModel;

namespace Rotation.Solver.Tests.Model;

/// <summary>
/// A model of c2 alone, with c1 fixed in the background: each shared rule counts c1 beside the model's own cadre. c2 holds
/// p in office a and would rather hold q in office b (weight 20 a month, against 10 a move), so c2 moves at once unless the
/// background stops it.
/// </summary>
public class BackgroundTests
{
    private const string Posts = """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0 {{p}} },
          { "id": "q", "office": "b", "workNature": "w", "min": 0, "max": 1 {{q}} },
          { "id": "r", "office": "b", "workNature": "w", "min": 0 },
          { "id": "s", "office": "a", "workNature": "w", "min": 0 } ]
        """;

    [Fact]
    public void Without_a_background_c2_moves_at_once()
    {
        Assert.Equal("q q q", Best(Build(), "r r r"));
    }

    [Fact]
    public void A_fixed_holder_fills_the_post_up_to_its_headcount()
    {
        Assert.Equal("p p q", Best(Build(), "q q r"));
    }

    [Fact]
    public void A_fixed_holder_keeps_a_critical_post_covered()
    {
        var scenario = Build(p: """, "min": 1, "critical": true""");

        Assert.Equal("p p p", Best(scenario, "r r r"));
        Assert.Equal("p q q", Best(scenario, "r p p"));
    }

    [Fact]
    public void A_fixed_holder_keeps_a_post_from_vacancy()
    {
        // A month of p vacant costs 100, more than c2 gains in q.
        var scenario = Build(p: """, "min": 1""", weights: Tiny.PlainWeights + """, "vacancy": 100 """);

        Assert.Equal("p p p", Best(scenario, "r r r"));
        Assert.Equal("p q q", Best(scenario, "r p p"));
    }

    [Fact]
    public void A_fixed_move_takes_its_month_of_the_organisation_s_move_limit()
    {
        Assert.Equal("p q q", Best(Build(policy: """ "maxMovesPerMonth": 1, """), "s s s"));
    }

    [Fact]
    public void A_fixed_departure_takes_its_month_of_the_office_s_departure_limit()
    {
        // c1 starts in s, in office a too.
        Assert.Equal("p q q", Best(Build(policy: """ "maxDeparturesPerOfficePerMonth": 1, """, c1Post: "s"), "r r r"));
    }

    [Fact]
    public void A_fixed_cadre_s_office_is_closed_to_whoever_avoids_them()
    {
        Assert.Equal("p p q", Best(Build(avoid: """ "avoid": ["c1"], """), "r r s"));
    }

    [Fact]
    public void A_fixed_trainee_takes_their_seat_in_the_session()
    {
        // q needs k; its only session, in January, has one seat.
        var scenario = Build(q: """, "requires": ["k"]""",
            courses: """[{ "id": "ck", "grants": "k", "months": 1, "capacity": 1, "sessions": ["2027-01"] }]""");

        Assert.Equal("p q q", Best(scenario, "r r r"));
        Assert.Equal("p p p", Best(scenario, "r r r", new Training("c1", "ck", "2027-01")));
    }

    /// <summary>c2's best row in a model of c2 alone, with c1 fixed to <paramref name="c1Row"/> and their courses.</summary>
    private static string Best(Scenario scenario, string c1Row, params Training[] c1Trainings)
    {
        var rows = new Dictionary<string, string?[]> { ["c1"] = c1Row.Split(' ') };
        var part = scenario with { Cadres = [.. scenario.Cadres.Where(c => c.Id != "c1")] };
        var model = ModelBuilder.Build(part, explaining: false, out _, Background.Of(scenario, rows, c1Trainings, new HashSet<string> { "c1" }));
        using var solver = new CpSolver { StringParameters = "num_workers:1 random_seed:1" };
        Assert.Equal(CpSolverStatus.Optimal, solver.Solve(model.Cp));
        return string.Join(' ', Guess.From(model, solver.BooleanValue).Posts["c2"]);
    }

    private static Scenario Build(string p = "", string q = "", string policy = "", string weights = Tiny.PlainWeights, string avoid = "",
        string courses = "[]", string c1Post = "r") => Tiny.Build(3, Posts.Replace("{{p}}", p).Replace("{{q}}", q), $$"""
        [ { "id": "c1", "grade": 1, "post": "{{c1Post}}", "since": "2026-06" },
          { "id": "c2", "grade": 1, "post": "p", "since": "2026-06", {{avoid}} "preferences": [ { "post": "q", "weight": 20 } ] } ]
        """, policy: policy, weights: weights, courses: courses);
}
