using Rotation.Domain.Loading;

namespace Rotation.Cli.Tests.Commands;

/// <summary>A scenario of one cadre in one post for two months: enough for the lines a solve prints about its plan.</summary>
internal static class OneCadre
{
    public static readonly Domain.Scenarios.Scenario Scenario = ScenarioLoader.Load("""
        { "name": "one", "horizon": { "start": "2027-01", "months": 2 },
          "offices": [ { "id": "a" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "p", "office": "a", "workNature": "w" } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "p", "since": "2026-01" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 36 } } } }
        """).Value!;
}
