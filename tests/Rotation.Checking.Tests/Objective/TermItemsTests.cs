using Rotation.Checking.Objective;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Checking.Tests.Objective;

/// <summary>Each term split into the items the comparison explains plans by: who, where and when, adding up to the count.</summary>
public class TermItemsTests
{
    // c1 (in p, wishing for q at 3 a month) moves to q in 2027-02 and back to p in 2027-04 after a course; p needs one
    // holder and is not critical; the published plan has c1 in p throughout.
    private static readonly Domain.Scenarios.Scenario S = Scenario("""
        { "horizon": { "start": "2027-01", "months": 4 },
          "offices": [ { "id": "a" }, { "id": "b" } ], "workNatures": [ { "id": "w" } ], "competencies": [ "k" ],
          "courses": [ { "id": "ck", "grants": "k", "months": 1, "cost": 4, "sessions": [ "2027-01" ] } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w", "min": 1, "max": 2 }, { "id": "q", "office": "b", "workNature": "w", "min": 0 } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "preferences": [ { "post": "q", "weight": 3 } ] } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 36 } }, "fairMoves": 1 },
          "published": { "months": [ "2027-01", "2027-02", "2027-03", "2027-04" ], "assignments": [ { "cadre": "c1", "posts": [ "p", "p", "p", "p" ] } ] } }
        """);

    private static readonly PlanView View = new(S, Build(S, [("c1", "p q q p")], Course("c1", "ck", "2027-01")));

    private static TermItem[] Items<T>() where T : ITerm, new() => [.. new T().Items(View)];

    [Fact]
    public void Vacancy_has_an_item_per_post_and_month_short() =>
        Assert.Equal([new TermItem(null, "p", 1, null, 1), new TermItem(null, "p", 2, null, 1)], Items<VacancyTerm>());

    [Fact]
    public void Moves_have_an_item_per_move_at_the_post_entered() =>
        Assert.Equal([new TermItem("c1", "q", 1, null, 1), new TermItem("c1", "p", 3, null, 1)], Items<MovesTerm>());

    [Fact]
    public void Excess_moves_have_an_item_per_cadre_over_the_fair_share() =>
        Assert.Equal([new TermItem("c1", null, null, null, 1)], Items<ExcessMovesTerm>());

    [Fact]
    public void Training_cost_has_an_item_per_enrolment() =>
        Assert.Equal([new TermItem("c1", null, 0, "ck", 4)], Items<TrainingCostTerm>());

    [Fact]
    public void Cross_office_has_an_item_per_new_office_at_its_first_post_and_month() =>
        Assert.Equal([new TermItem("c1", "q", 1, "b", 1)], Items<CrossOfficeTerm>());

    [Fact]
    public void Preference_has_an_item_per_post_held_with_a_wish_met() =>
        Assert.Equal([new TermItem("c1", "q", 1, null, 6)], Items<PreferenceTerm>());

    [Fact]
    public void Changes_have_an_item_per_cell_off_the_published_plan_naming_the_published_post() =>
        Assert.Equal([new TermItem("c1", "q", 1, "p", 1), new TermItem("c1", "q", 2, "p", 1)], Items<ChangesTerm>());

    [Fact]
    public void The_items_of_every_term_add_up_to_its_count() =>
        Assert.Equal(new Domain.Plans.Terms(2, 2, 1, 4, 1, 6, 2), ObjectiveRule.Count(View));
}
