using System.Collections.Immutable;
using Rotation.Domain.Loading;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Outputs.Handovers;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Tests.Handovers;

public class HandoverSheetTests
{
    // One office, three posts; p needs "law", which c2 gains from course k (2027-01, two months) before moving in March.
    private static readonly Scenario Tiny = ScenarioLoader.Load("""
        { "name": "tiny", "horizon": { "start": "2027-01", "months": 4 },
          "offices": [ { "id": "a" } ], "workNatures": [ { "id": "w" } ], "competencies": ["law"],
          "courses": [ { "id": "k", "grants": "law", "months": 2, "sessions": ["2027-01"] } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w", "requires": ["law"], "handoverItems": ["印章", "register"] },
                     { "id": "q", "office": "a", "workNature": "w", "handoverItems": ["vault keys"] },
                     { "id": "r", "office": "a", "workNature": "w", "min": 0, "reviewer": "Head of a", "handoverItems": ["r account"] } ],
          "cadres": [ { "id": "c1", "name": "张伟", "grade": 1, "post": "p", "since": "2025-01", "competencies": ["law"] },
                      { "id": "c2", "grade": 1, "post": "q", "since": "2025-01" },
                      { "id": "c3", "grade": 1, "post": "r", "since": "2025-01" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 36 } }, "handoverDays": 3 } }
        """).Value!;

    private static PlanView ViewOf(params (string Cadre, string?[] Posts)[] rows)
    {
        var decisions = new Decisions(rows.ToDictionary(r => r.Cadre, r => (IReadOnlyList<string?>)r.Posts), [new Training("c2", "k", "2027-01")]);
        return new PlanView(Tiny, PlanAssembler.Assemble(Tiny, decisions, PlanStatus.Feasible, Terms.Zero, 0, 0, 0));
    }

    private static ImmutableArray<HandoverLine> LinesFor(params (string Cadre, string?[] Posts)[] rows) => HandoverSheet.Lines(ViewOf(rows));

    [Fact]
    public void A_holder_who_takes_a_post_while_handing_over_their_own_links_a_chain()
    {
        // March: c1 leaves p to c2, c2 leaves q to c3, c3 leaves r empty.
        var lines = LinesFor(("c1", ["p", "p", null, null]), ("c2", ["q", "q", "p", "p"]), ("c3", ["r", "r", "q", "q"]));

        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.Equal(["p", "q", "r"], l.Chain.Select(r => r.Post)));
        Assert.Equal("p: c1 → c2; q: c2 → c3; r: c3 → (vacant)", Wording.Chain(lines[0]));
    }

    [Fact]
    public void A_swap_is_a_chain_that_returns_to_its_start()
    {
        var lines = LinesFor(("c1", ["p", "p", "q", "q"]), ("c2", ["q", "q", "p", "p"]), ("c3", ["r", "r", "r", "r"]));

        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Equal(2, l.Chain.Length));
        Assert.All(lines, l => Assert.Equal(l.Chain[0].From, l.Chain[1].To));
    }

    [Fact]
    public void The_incoming_holder_training_is_the_course_that_grants_a_missing_requirement()
    {
        var lines = LinesFor(("c1", ["p", "p", "r", "r"]), ("c2", ["q", "q", "p", "p"]), ("c3", ["r", "r", "q", "q"]));

        var p = lines.Single(l => l.Row.Post == "p");
        Assert.Equal([new RequiredTraining("k", "law", "2027-01", "2027-02")], p.Training.ToArray());
        Assert.Empty(lines.Single(l => l.Row.Post == "q").Training);
    }

    [Fact]
    public void Only_access_items_are_revoked_and_a_vacated_post_returns_them_to_the_reviewer_or_office()
    {
        // March: c1 hands p to c2, c2 hands q to c3, c3 leaves r empty. The window ends Friday 2027-02-26.
        var view = ViewOf(("c1", ["p", "p", null, null]), ("c2", ["q", "q", "p", "p"]), ("c3", ["r", "r", "q", "q"]));
        var lines = HandoverSheet.Lines(view);

        var p = lines.Single(l => l.Row.Post == "p");
        Assert.Equal(["印章"], p.AccessItems.ToArray());
        Assert.Equal("张伟 (c1): revoke own access to 印章 by 2027-02-26 and transfer it to c2", Wording.Revoke(view, p));
        Assert.Equal("c3: revoke own access to r account by 2027-02-26 and transfer it to Head of a until the post is filled",
            Wording.Revoke(view, lines.Single(l => l.Row.Post == "r")));
    }
}
