using Rotation.Domain.Rules;
using static Rotation.Checking.Tests.Plans;

namespace Rotation.Checking.Tests.Rules;

public class AvoidanceRuleTests
{
    // c1 and c2 avoid each other, declared on either side or both; c3 avoids nobody.
    private static Domain.Scenarios.Scenario With(string c1Avoids, string c2Avoids) => Scenario($$"""
        { "horizon": { "start": "2027-01", "months": 3 },
          "offices": [ { "id": "a" }, { "id": "b" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "a1", "office": "a", "workNature": "w", "max": 2 }, { "id": "a2", "office": "a", "workNature": "w", "max": 2 },
                     { "id": "b1", "office": "b", "workNature": "w", "max": 2 } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "a1", "since": "2026-01", "avoid": [{{c1Avoids}}] },
                      { "id": "c2", "grade": 1, "post": "b1", "since": "2026-01", "avoid": [{{c2Avoids}}] },
                      { "id": "c3", "grade": 1, "post": "a2", "since": "2026-01" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 99 } } } }
        """);

    [Fact]
    public void Avoiding_cadres_in_different_offices_hold()
    {
        var s = With("\"c2\"", "");
        Holds(s, Build(s, ("c1", "a1 a1 a1"), ("c2", "b1 b1 b1"), ("c3", "a2 a2 a2")));
    }

    [Theory]
    [InlineData("\"c2\"", "")]
    [InlineData("", "\"c1\"")]
    [InlineData("\"c2\"", "\"c1\"")]
    public void Avoiding_cadres_in_one_office_are_reported_once_a_month_whichever_side_declares_it(string c1Avoids, string c2Avoids)
    {
        var s = With(c1Avoids, c2Avoids);

        // c2 moves into a different post of c1's office.
        Assert.Equal([new Found("H11", RuleIds.Avoidance, "c1", null, "2027-02"), new Found("H11", RuleIds.Avoidance, "c1", null, "2027-03")],
            Check(s, Build(s, ("c1", "a1 a1 a1"), ("c2", "b1 a2 a2"), ("c3", "a2 a2 a2"))));
    }
}
