using Rotation.Domain.Loading;
using Rotation.Service.Web;

namespace Rotation.Service.Tests.Web;

public class VacanciesTests
{
    // Posts p and q need one holder each, r is critical; one cadre, in p for two months, then q, then absent (left).
    private const string Scenario = """
        { "name": "v", "horizon": { "start": "2027-01", "months": 5 },
          "offices": [ { "id": "a" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w" }, { "id": "q", "office": "a", "workNature": "w" },
                     { "id": "r", "office": "a", "workNature": "w", "min": 0 } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01", "leaves": "2027-05" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 36 } } } }
        """;

    private const string Plan = """
        { "status": "Feasible", "months": ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05"],
          "assignments": [ { "cadre": "c1", "posts": ["p", "p", "q", "q", null] } ] }
        """;

    [Fact]
    public void Each_posts_consecutive_short_months_make_one_span_and_a_post_needing_no_one_is_never_short()
    {
        var spans = Vacancies.Of(ScenarioLoader.Load(Scenario).Value!, PlanLoader.Load(Plan).Value!);

        Assert.Equal(
        [
            new VacancySpan("p", "2027-03", "2027-05", 1),
            new VacancySpan("q", "2027-01", "2027-02", 1),
            new VacancySpan("q", "2027-05", "2027-05", 1),
        ], spans);
    }
}
