using Rotation.Domain.Plans;
using Rotation.Solver.Tests.Support;
using static Rotation.Solver.Tests.Careers.CareerKit;

namespace Rotation.Solver.Tests.Careers;

public class CareerSpaceTests
{
    /// <summary>
    /// The course example of the pricer's tests (q requires k, which course ck grants in sessions at months 0 and 2), with
    /// a post r that requires m, which no course grants: r is no candidate of the cadre's.
    /// </summary>
    private static Domain.Scenarios.Scenario WithCourse() => Tiny.Build(4, """
        [ { "id": "p", "office": "a", "workNature": "w", "min": 0, "max": 1 },
          { "id": "q", "office": "a", "workNature": "w", "min": 0, "max": 1, "requires": ["k"] },
          { "id": "r", "office": "a", "workNature": "w", "min": 0, "max": 1, "requires": ["m"] } ]
        """, """[ { "id": "c1", "grade": 1, "post": "p", "since": "2027-01" } ]""", tenure: """{ "min": 2, "max": 36 }""", courses: """
        [ { "id": "ck", "grants": "k", "months": 1, "cost": 3, "sessions": ["2027-01", "2027-03"] } ]
        """);

    /// <summary>Each of the cadre's careers, written as a plan's row and enrolments, reads back as the same career at the same cost.</summary>
    [Fact]
    public void A_careers_plan_row_and_enrolments_read_back_as_the_same_career()
    {
        var scenario = WithCourse();
        var space = Spaces(scenario).Spaces[0];
        var careers = AllCareers(scenario);
        Assert.Equal(4, careers.Count);

        foreach (var career in careers)
        {
            var read = space.CareerOf(scenario, career.PostIds(), career.Enrolments(scenario));

            Assert.NotNull(read);
            Assert.Equal(career.Key, read.Key);
            Assert.Equal(career.Cost, read.Cost);
        }
    }

    /// <summary>A row in r, outside the candidates, or an enrolment in no session of ck is no career.</summary>
    [Fact]
    public void A_row_outside_the_candidates_or_an_enrolment_outside_the_sessions_is_no_career()
    {
        var scenario = WithCourse();
        var space = Spaces(scenario).Spaces[0];

        Assert.Null(space.CareerOf(scenario, ["p", "p", "r", "r"], []));
        Assert.Null(space.CareerOf(scenario, ["p", "p", "p", "q"], [new Training("c1", "ck", "2027-02")]));
        Assert.NotNull(space.CareerOf(scenario, ["p", "p", "p", "q"], [new Training("c1", "ck", "2027-03")]));
    }
}
