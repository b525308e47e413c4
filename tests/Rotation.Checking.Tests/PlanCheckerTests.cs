using FsCheck;
using FsCheck.Fluent;
using Rotation.Domain.Plans;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Checking.Tests;

/// <summary>Valid plans stay valid under the checker; a mutation known to break a rule is always reported under it.</summary>
public class PlanCheckerTests
{
    // A year from 2027-01. Office a has a September blackout (month 8). a1 is critical with one seat; b1 needs grade 2+;
    // b2 needs competency s (course k: two months, one seat; k2: three months); d1 admits grades 1..2.
    // c2 and c5 avoid each other; c4 is locked; c5 is unavailable in 2027-05..06; c6 joins in 2027-03.
    // The first two months are frozen to the published plan, which is everyone in their starting post; c1 is pinned to a1
    // in 2027-03..04.
    private static readonly Domain.Scenarios.Scenario S = Scenario("""
        { "horizon": { "start": "2027-01", "months": 12 },
          "offices": [ { "id": "a", "blackoutMonthsOfYear": [9] }, { "id": "b" }, { "id": "d" } ],
          "workNatures": [ { "id": "w" } ], "competencies": [ "s" ],
          "courses": [ { "id": "k", "grants": "s", "months": 2, "capacity": 1, "sessions": [ "2027-01", "2027-04", "2027-07" ] },
                       { "id": "k2", "grants": "s", "months": 3,
                         "sessions": [ "2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06", "2027-07", "2027-08", "2027-09" ] } ],
          "posts": [ { "id": "a1", "office": "a", "workNature": "w", "min": 1, "max": 1, "critical": true },
                     { "id": "a2", "office": "a", "workNature": "w", "min": 0, "max": 2 },
                     { "id": "b1", "office": "b", "workNature": "w", "max": 1, "minGrade": 2 },
                     { "id": "b2", "office": "b", "workNature": "w", "max": 2, "requires": [ "s" ] },
                     { "id": "d1", "office": "d", "workNature": "w", "max": 2, "minGrade": 1, "maxGrade": 2 } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "a1", "since": "2026-01", "pins": [ { "post": "a1", "from": "2027-03", "to": "2027-04" } ] },
                      { "id": "c2", "grade": 2, "post": "a2", "since": "2026-01", "avoid": [ "c5" ] },
                      { "id": "c3", "grade": 3, "post": "b1", "since": "2026-06" },
                      { "id": "c4", "grade": 1, "post": "b2", "since": "2020-01", "locked": true, "competencies": [ "s" ] },
                      { "id": "c5", "grade": 2, "post": "d1", "since": "2026-01", "unavailable": [ { "from": "2027-05", "to": "2027-06" } ] },
                      { "id": "c6", "grade": 1, "joins": "2027-03" } ],
          "policy": { "tenure": { "default": { "min": 3, "max": 36 } }, "maxMovesPerMonth": 2, "maxDeparturesPerOfficePerMonth": 1,
                      "noReturnMonths": 6, "freezeMonths": 2 },
          "published": { "months": [ "2027-01", "2027-02" ],
                         "assignments": [ { "cadre": "c1", "posts": [ "a1", "a1" ] }, { "cadre": "c2", "posts": [ "a2", "a2" ] },
                                          { "cadre": "c3", "posts": [ "b1", "b1" ] }, { "cadre": "c4", "posts": [ "b2", "b2" ] },
                                          { "cadre": "c5", "posts": [ "d1", "d1" ] }, { "cadre": "c6", "posts": [ null, null ] } ] } }
        """);

    private static readonly string[] Posts = ["a1", "a2", "b1", "b2", "d1"];
    private static readonly string[] Rotating = ["c1", "c2", "c3", "c5"];

    private sealed record Base(string Name, (string Cadre, string Row)[] Rows, Training[] Trainings);

    private static readonly Base[] Bases =
    [
        new("everyone stays, c6 joins d1",
            [("c1", "a1 a1 a1 a1 a1 a1 a1 a1 a1 a1 a1 a1"), ("c2", "a2 a2 a2 a2 a2 a2 a2 a2 a2 a2 a2 a2"),
             ("c3", "b1 b1 b1 b1 b1 b1 b1 b1 b1 b1 b1 b1"), ("c4", "b2 b2 b2 b2 b2 b2 b2 b2 b2 b2 b2 b2"),
             ("c5", "d1 d1 d1 d1 d1 d1 d1 d1 d1 d1 d1 d1"), ("c6", "- - d1 d1 d1 d1 d1 d1 d1 d1 d1 d1")], []),
        // c3 takes over a1 as c1 moves to d1 in 2027-05; c2 trains for b2 and moves there in 2027-07.
        new("a rotation with training",
            [("c1", "a1 a1 a1 a1 d1 d1 d1 d1 d1 d1 d1 d1"), ("c2", "a2 a2 a2 a2 a2 a2 b2 b2 b2 b2 b2 b2"),
             ("c3", "b1 b1 b1 b1 a1 a1 a1 a1 a1 a1 a1 a1"), ("c4", "b2 b2 b2 b2 b2 b2 b2 b2 b2 b2 b2 b2"),
             ("c5", "d1 d1 d1 d1 d1 d1 d1 d1 d1 d1 d1 d1"), ("c6", "- - a2 a2 a2 a2 a2 a2 a2 a2 a2 a2")],
            [Course("c2", "k", "2027-04")]),
        // c3 moves to a2 in 2027-04 and c5, back from leave, takes b1 in 2027-08.
        new("two single moves",
            [("c1", "a1 a1 a1 a1 a1 a1 a1 a1 a1 a1 a1 a1"), ("c2", "a2 a2 a2 a2 a2 a2 a2 a2 a2 a2 a2 a2"),
             ("c3", "b1 b1 b1 a2 a2 a2 a2 a2 a2 a2 a2 a2"), ("c4", "b2 b2 b2 b2 b2 b2 b2 b2 b2 b2 b2 b2"),
             ("c5", "d1 d1 d1 d1 d1 d1 d1 b1 b1 b1 b1 b1"), ("c6", "- - d1 d1 d1 d1 d1 d1 d1 d1 d1 d1")], []),
    ];

    /// <summary>Changes a copy of a valid plan's rows and trainings using the random t and pick; returns the rule it breaks.</summary>
    private delegate string Mutation(Dictionary<string, string?[]> rows, List<Training> trainings, int t, int pick);

    private static string Other(int pick, params string?[] not)
    {
        var candidates = Posts.Where(p => !not.Contains(p)).ToArray();
        return candidates[pick % candidates.Length];
    }

    private static void From(string?[] row, int t, string post)
    {
        for (var u = t; u < row.Length; u++) row[u] = post;
    }

    private static readonly Mutation[] Mutations =
    [
        // A present cadre without a post.
        (rows, _, t, pick) => { rows[Rotating[pick % 4]][t] = null; return "H1"; },
        // One cadre-month in a1, whose one seat is always taken.
        (rows, _, t, pick) =>
        {
            var outside = rows.Where(r => r.Value[t] is { } p && p != "a1").Select(r => r.Key).Order().ToArray();
            rows[outside[pick % outside.Length]][t] = "a1";
            return "H3";
        },
        // A stint starting outside the grade range: c3 (grade 3) into d1, c1 (grade 1) into b1, or c6 joining b1.
        (rows, _, t, pick) =>
        {
            switch (pick % 3)
            {
                case 0: From(rows["c3"], t, "d1"); break;
                case 1: From(rows["c1"], t, "b1"); break;
                default: From(rows["c6"], Math.Max(t, 2), "b1"); break;
            }
            return "H4";
        },
        // A move into b2 without competency s or a course.
        (rows, _, t, pick) => { From(rows[pick % 2 == 0 ? "c1" : "c5"], t, "b2"); return "H5"; },
        // A one-month stint between two moves, below the min of 3.
        (rows, _, t, pick) =>
        {
            var cadre = Rotating[pick % 4];
            var row = rows[cadre];
            var u = 1 + t % 10;
            row[u] = Other(pick / 4, row[u - 1], row[u + 1], S.Cadres.Single(c => c.Id == cadre).Post);
            return "H6";
        },
        // c5 moves while unavailable.
        (rows, _, _, pick) => { var m = 4 + pick % 2; From(rows["c5"], m, Other(pick, rows["c5"][m - 1])); return "H7"; },
        // A move touching office a in September.
        (rows, _, _, pick) =>
        {
            var row = rows[new[] { "c1", "c2", "c3", "c5", "c6" }[pick % 5]];
            From(row, 8, row[7]!.StartsWith('a') ? "d1" : "a2");
            return "H8";
        },
        // Three moves in one month.
        (rows, _, t, pick) =>
        {
            var u = 1 + t % 11;
            foreach (var cadre in Rotating.Skip(pick % 4).Concat(Rotating.Take(pick % 4)).Take(3))
                From(rows[cadre], u, Other(pick, rows[cadre][u - 1]));
            return "H9";
        },
        // Two overlapping courses for one cadre, or two trainees in a one-seat session.
        (_, trainings, t, pick) =>
        {
            if (pick % 2 == 0)
            {
                var cadre = new[] { "c1", "c2", "c3", "c4" }[pick / 2 % 4];
                trainings.Add(Course(cadre, "k2", $"2027-{t % 8 + 1:D2}"));
                trainings.Add(Course(cadre, "k2", $"2027-{t % 8 + 2:D2}"));
            }
            else
            {
                var session = new[] { "2027-01", "2027-04", "2027-07" }[t % 3];
                trainings.Add(Course("c1", "k", session));
                trainings.Add(Course("c3", "k", session));
            }
            return "H10";
        },
        // c5 follows c2 into its posts.
        (rows, _, t, _) => { for (var u = t; u < 12; u++) rows["c5"][u] = rows["c2"][u]; return "H11"; },
        // The locked cadre moves.
        (rows, _, t, pick) => { From(rows["c4"], t, Other(pick, "b2")); return "H12"; },
        // A move out of a post and straight back.
        (rows, _, t, pick) =>
        {
            var row = rows[Rotating[pick % 4]];
            var u = 1 + t % 10;
            var left = row[u - 1];
            row[u] = Other(pick / 4, left);
            row[u + 1] = left;
            return "H13";
        },
        // A change in a frozen month.
        (rows, _, t, pick) =>
        {
            var row = rows[new[] { "c1", "c2", "c3", "c4", "c5" }[pick % 5]];
            row[t % 2] = Other(pick / 5, row[t % 2]);
            return "H14";
        },
        // A change in a pinned month.
        (rows, _, t, pick) =>
        {
            var row = rows["c1"];
            row[2 + t % 2] = Other(pick, "a1");
            return "H15";
        },
        // Rows untouched; the reported move count is made wrong below.
        (_, _, _, _) => "H2",
    ];

    private static Plan Mutated(Base valid, Mutation mutation, int t, int pick, out string rule)
    {
        var rows = valid.Rows.ToDictionary(r => r.Cadre, r => Row(r.Row));
        var trainings = valid.Trainings.ToList();
        rule = mutation(rows, trainings, t, pick);
        var plan = Build(S, rows, trainings);
        return rule == "H2" ? Reporting(S, plan, plan.Terms with { Moves = plan.Terms.Moves + 1 + pick % 3 }) : plan;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_valid_base_plan_holds(int index) => Holds(S, Build(S, Bases[index].Rows, Bases[index].Trainings));

    [Fact]
    public void Every_mutation_is_reported_under_its_rule_from_every_base_plan()
    {
        // One fixed draw per (base, mutation), so that each rule is seen to be caught whatever the random draws below.
        foreach (var valid in Bases)
            for (var m = 0; m < Mutations.Length; m++)
            {
                var plan = Mutated(valid, Mutations[m], 5, 7, out var rule);
                Assert.Contains(rule, PlanChecker.Check(S, plan).Violations.Select(v => v.Code));
            }
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property A_plan_mutated_to_break_a_rule_is_always_reported_under_that_rule()
    {
        var draws =
            from b in Gen.Choose(0, Bases.Length - 1)
            from m in Gen.Choose(0, Mutations.Length - 1)
            from t in Gen.Choose(0, 11)
            from pick in Gen.Choose(0, 999)
            select (Base: b, Mutation: m, T: t, Pick: pick);
        return Prop.ForAll(draws.ToArbitrary(), d =>
        {
            var plan = Mutated(Bases[d.Base], Mutations[d.Mutation], d.T, d.Pick, out var rule);
            var report = PlanChecker.Check(S, plan);
            return !report.Holds && report.Violations.Any(v => v.Code == rule);
        });
    }
}
