using System.Runtime.CompilerServices;
using Rotation.Domain.Scenarios;

namespace Rotation.Solver.Model;

/// <summary>
/// What the solver reads of a scenario again and again, worked out once per scenario and shared by the model, the
/// careers, the construction, the search and the bounds: numbers for ids, when each cadre is present and away, the months
/// each served before the horizon, each office's blackout months and each post's cycle. Read-only once built.
/// </summary>
internal sealed class ScenarioFacts
{
    private static readonly ConditionalWeakTable<Scenario, ScenarioFacts> Known = [];

    /// <summary>The facts of <paramref name="scenario"/>, built on first use and kept for as long as the scenario lives.</summary>
    public static ScenarioFacts Of(Scenario scenario) => Known.GetValue(scenario, s => new ScenarioFacts(s));

    private ScenarioFacts(Scenario scenario)
    {
        Scenario = scenario;
        Index = new ScenarioIndex(scenario);
        var horizon = scenario.Horizon;
        CadreNumber = Numbers(scenario.Cadres.Select(c => c.Id));
        PostNumber = Numbers(scenario.Posts.Select(p => p.Id));
        OfficeNumber = Numbers(scenario.Offices.Select(o => o.Id));
        Presence = [.. scenario.Cadres.Select(c => Model.Presence.Of(scenario, c))];
        Away = [.. scenario.Cadres.Select(c => Model.Presence.Away(scenario, c))];
        PriorMonths = [.. scenario.Cadres.Select(c => Model.Presence.MonthsBefore(scenario, c))];
        PresenceById = scenario.Cadres.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => Presence[x.i]);
        AwayById = scenario.Cadres.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => Away[x.i]);
        Blackout = scenario.Offices.ToDictionary(o => o.Id, o => Enumerable.Range(0, horizon.Months)
            .Select(t => o.BlackoutMonthsOfYear.Contains(horizon.MonthAt(t).Month)).ToArray());
        Cycles = [.. scenario.Posts.Select(scenario.TenureOf)];
        MonthOf = horizon.Labels().Select((label, t) => (label, t)).ToDictionary(x => x.label, x => x.t);
    }

    public Scenario Scenario { get; }
    public ScenarioIndex Index { get; }

    /// <summary>Each cadre's, post's and office's place in the scenario's own list.</summary>
    public Dictionary<string, int> CadreNumber { get; }
    public Dictionary<string, int> PostNumber { get; }
    public Dictionary<string, int> OfficeNumber { get; }

    /// <summary>Each month of the horizon ("YYYY-MM") and its index.</summary>
    public Dictionary<string, int> MonthOf { get; }

    /// <summary>Per cadre, in the scenario's order, the months present.</summary>
    public Presence[] Presence { get; }

    /// <summary>Per cadre and month of the horizon, whether they are unavailable (H7).</summary>
    public bool[][] Away { get; }

    /// <summary>Per cadre, the months they held their starting post before the horizon.</summary>
    public int[] PriorMonths { get; }

    public Dictionary<string, Presence> PresenceById { get; }
    public Dictionary<string, bool[]> AwayById { get; }

    /// <summary>Per office and month of the horizon, whether it is one of the office's blackout months (H8).</summary>
    public Dictionary<string, bool[]> Blackout { get; }

    /// <summary>Per post, in the scenario's order, its rotation cycle (H6).</summary>
    public Tenure[] Cycles { get; }

    public int PriorMonthsOf(Cadre cadre) => PriorMonths[CadreNumber[cadre.Id]];

    public Tenure CycleOf(Post post) => Cycles[PostNumber[post.Id]];

    private static Dictionary<string, int> Numbers(IEnumerable<string> ids) =>
        ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
}
