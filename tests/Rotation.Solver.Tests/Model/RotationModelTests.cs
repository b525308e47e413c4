using Rotation.Solver.Model;
using Rotation.Solver.Tests.Support;

namespace Rotation.Solver.Tests.Model;

public class RotationModelTests
{
    private static readonly Domain.Scenarios.Scenario Scenario = Tiny.Build(3, """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0 }, { "id": "q", "office": "b", "workNature": "w", "min": 0 },
          { "id": "r", "office": "b", "workNature": "w", "min": 0 } ]
        """, """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-06" } ]""");

    [Fact]
    public void Every_admissible_post_is_a_candidate_by_default()
    {
        var model = new RotationModel(Scenario, explaining: false);

        Assert.Equal(["p", "q", "r"], model.Cadres[0].Posts.Select(p => p.Id).Order());
    }

    [Fact]
    public void A_narrowed_model_keeps_the_admitted_posts_and_the_starting_post()
    {
        var model = new RotationModel(Scenario, explaining: false, admits: (_, post) => post.Id == "r");

        Assert.Equal(["p", "r"], model.Cadres[0].Posts.Select(p => p.Id).Order());
        Assert.Equal(0, model.Cadres[0].StartingPost);
    }

    [Fact]
    public void A_narrowed_model_keeps_the_published_posts_that_the_freeze_and_the_changes_compare_against()
    {
        var published = Tiny.Build(3, """
            [ { "id": "p", "office": "a", "workNature": "w", "min": 0 }, { "id": "q", "office": "b", "workNature": "w", "min": 0 },
              { "id": "r", "office": "b", "workNature": "w", "min": 0 } ]
            """, """[ { "id": "c1", "grade": 1, "post": "p", "since": "2026-06" } ]""",
            published: """{ "months": ["2027-01", "2027-02", "2027-03"], "assignments": [ { "cadre": "c1", "posts": ["p", "q", "q"] } ] }""");

        var model = new RotationModel(published, explaining: false, admits: (_, post) => post.Id == "r");

        Assert.Equal(["p", "q", "r"], model.Cadres[0].Posts.Select(p => p.Id).Order());
    }
}
