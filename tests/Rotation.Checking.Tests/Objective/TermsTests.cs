using Rotation.Checking.Objective;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Checking.Tests.Objective;

/// <summary>
/// One four-month example (2027-01..04) whose seven terms are counted by hand in the test classes below.
/// pa (office a, nature w) wants 2, pb (b, x) wants 1, pd (d, w) wants 0, pc (d, x) is critical.
/// c1 starts in pa, has worked in b, likes office d (+3) and is unavailable in 2027-03.
/// c2 starts in pb, likes nature w (+2) and dislikes post pa (-1). c3 joins in 2027-02. c4 stays in pc.
/// The published plan names c1 and c3 in 2027-02, 2027-03 and 2027-05 (outside the horizon).
/// </summary>
public static class TermsExample
{
    private const string Json = """
        { "name": "terms", "horizon": { "start": "2027-01", "months": 4 },
          "offices": [ { "id": "a" }, { "id": "b" }, { "id": "d" } ], "workNatures": [ { "id": "w" }, { "id": "x" } ],
          "competencies": [ "s1", "s2" ],
          "courses": [ { "id": "k1", "grants": "s1", "months": 1, "cost": 5, "sessions": [ "2027-01", "2027-02" ] },
                       { "id": "k2", "grants": "s2", "months": 1, "cost": 3, "sessions": [ "2027-03" ] } ],
          "posts": [ { "id": "pa", "office": "a", "workNature": "w", "min": 2, "max": 2 },
                     { "id": "pb", "office": "b", "workNature": "x", "min": 1, "max": 2 },
                     { "id": "pd", "office": "d", "workNature": "w", "min": 0, "max": 1 },
                     { "id": "pc", "office": "d", "workNature": "x", "min": 1, "max": 1, "critical": true } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "pa", "since": "2026-01", "pastOffices": [ "b" ],
                        "preferences": [ { "office": "d", "weight": 3 } ], "unavailable": [ { "from": "2027-03", "to": "2027-03" } ] },
                      { "id": "c2", "grade": 1, "post": "pb", "since": "2026-01",
                        "preferences": [ { "workNature": "w", "weight": 2 }, { "post": "pa", "weight": -1 } ] },
                      { "id": "c3", "grade": 1, "joins": "2027-02" },
                      { "id": "c4", "grade": 1, "post": "pc", "since": "2026-01" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 99 } } POLICY } PUBLISHED }
        """;

    private const string Published = """
        , "published": { "months": [ "2027-02", "2027-03", "2027-05" ],
                         "assignments": [ { "cadre": "c1", "posts": [ "pb", "pd", "pa" ] },
                                          { "cadre": "c3", "posts": [ null, "pb", "pb" ] } ] }
        """;

    public static readonly Scenario S = With(policy: "");

    /// <summary>The example with extra policy fields (each starting with a comma) and with or without its published plan.</summary>
    public static Scenario With(string policy, bool published = true) =>
        Scenario(Json.Replace("POLICY", policy).Replace("PUBLISHED", published ? Published : ""));

    public const string C4 = "pc pc pc pc";

    /// <summary>c1 pa→pb at 2027-02 and pb→pd at 2027-04; c2 pb→pa at 2027-02; c3 joins pb, moves to pa at 2027-03.</summary>
    public static Plan Plan(Scenario? s = null, string c4 = C4) =>
        Build(s ?? S, [("c1", "pa pb pb pd"), ("c2", "pb pa pa pa"), ("c3", "- pb pa pa"), ("c4", c4)],
            Course("c2", "k1", "2027-01"), Course("c2", "k2", "2027-03"), Course("c3", "k1", "2027-02"));

    /// <summary>The seven counts below, by hand.</summary>
    public static readonly Terms Hand = new(Vacancy: 4, Moves: 4, ExcessMoves: 1, TrainingCost: 13, CrossOffice: 3, Preference: 6, Changes: 2);

    public static long Count(ITerm term, Scenario s, Plan plan) => term.Count(new PlanView(s, plan));
}

public class VacancyTermTests
{
    [Fact]
    public void Vacancy_counts_missing_available_holders_of_non_critical_posts()
    {
        // pa (min 2): 1 holder in 2027-01 and in 2027-02, 2 after → 2. pb (min 1): in 2027-03 its only holder c1 is
        // unavailable → 1; nobody in 2027-04 → 1. pd wants nobody. 2 + 1 + 1 = 4.
        Assert.Equal(4, TermsExample.Count(new VacancyTerm(), TermsExample.S, TermsExample.Plan()));
    }

    [Fact]
    public void A_critical_posts_shortfall_is_not_a_vacancy()
    {
        // c4 leaves critical pc for pb in 2027-04: pb's 2027-04 shortfall goes, pc's (an H3 matter) is not counted. 4 - 1 = 3.
        Assert.Equal(3, TermsExample.Count(new VacancyTerm(), TermsExample.S, TermsExample.Plan(c4: "pc pc pc pb")));
    }
}

public class MovesTermTests
{
    [Fact]
    public void Moves_count_post_changes_but_not_joining()
    {
        // c1: 2, c2: 1, c3: 1 (its join is not a move), c4: 0.
        Assert.Equal(4, TermsExample.Count(new MovesTerm(), TermsExample.S, TermsExample.Plan()));
    }
}

public class ExcessMovesTermTests
{
    [Fact]
    public void Excess_moves_count_each_cadres_moves_beyond_fairMoves()
    {
        // fairMoves 1: only c1's second move is excess.
        Assert.Equal(1, TermsExample.Count(new ExcessMovesTerm(), TermsExample.S, TermsExample.Plan()));
    }

    [Fact]
    public void With_fairMoves_zero_every_move_is_excess()
    {
        var s = TermsExample.With(policy: ", \"fairMoves\": 0");

        Assert.Equal(4, TermsExample.Count(new ExcessMovesTerm(), s, TermsExample.Plan(s)));
    }
}

public class TrainingCostTermTests
{
    [Fact]
    public void Training_cost_sums_the_cost_of_every_enrolment()
    {
        // c2: k1 (5) + k2 (3); c3: k1 (5).
        Assert.Equal(13, TermsExample.Count(new TrainingCostTerm(), TermsExample.S, TermsExample.Plan()));
    }
}

public class CrossOfficeTermTests
{
    [Fact]
    public void Cross_office_counts_offices_neither_past_nor_of_the_starting_post()
    {
        // c1 home {b (past), a (start)}: a, b, d held → d. c2 home {b}: b, a → a. c3 home {b} (the post it joins): b, a → a.
        // c4 home {d}: d only. 1 + 1 + 1 + 0 = 3.
        Assert.Equal(3, TermsExample.Count(new CrossOfficeTerm(), TermsExample.S, TermsExample.Plan()));
    }
}

public class PreferenceTermTests
{
    [Fact]
    public void Preference_sums_the_matching_weights_over_months_including_aversions()
    {
        // c1: office d held in 2027-04 → 3. c2: pb (b, x) in 2027-01 → 0; pa (a, w) three months → (2 - 1) × 3 = 3. 3 + 3 = 6.
        Assert.Equal(6, TermsExample.Count(new PreferenceTerm(), TermsExample.S, TermsExample.Plan()));
    }
}

public class ChangesTermTests
{
    [Fact]
    public void Changes_count_only_compared_cells_that_differ()
    {
        // c1: 2027-02 pb = pb; 2027-03 pd ≠ pb → 1; 2027-05 is outside the horizon. c3: 2027-02 has no published post;
        // 2027-03 pb ≠ pa → 1. c2 and c4 are not in the published plan. 2.
        Assert.Equal(2, TermsExample.Count(new ChangesTerm(), TermsExample.S, TermsExample.Plan()));
    }

    [Fact]
    public void Without_a_published_plan_there_are_no_changes()
    {
        var s = TermsExample.With(policy: "", published: false);

        Assert.Equal(0, TermsExample.Count(new ChangesTerm(), s, TermsExample.Plan(s)));
    }
}
