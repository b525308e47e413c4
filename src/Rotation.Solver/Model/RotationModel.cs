using Google.OrTools.Sat;
using Rotation.Domain.Scenarios;

namespace Rotation.Solver.Model;

/// <summary>
/// The CP-SAT model of one scenario: the decision variables per cadre and the helpers the rules post through.
/// When explaining infeasibility, every constraint a rule posts is guarded by one assumption literal per rule group
/// (<c>tenure.max:c03</c>, <c>blackout:cyber:2027-09</c>…) so that a core names the groups that clash.
/// </summary>
internal sealed class RotationModel
{
    private readonly Dictionary<string, BoolVar> _guards = [];

    /// <param name="background">What cadres outside the scenario's own do, fixed (<see cref="Model.Background"/>); none by default.</param>
    /// <param name="admits">Of each cadre's candidate posts, those the model keeps besides the starting post, the published
    /// ones (which the freeze and the changes term compare against) and the pinned ones; all by default.</param>
    public RotationModel(Scenario scenario, bool explaining, Background? background = null, Func<Cadre, Post, bool>? admits = null)
    {
        Scenario = scenario;
        Explaining = explaining;
        Background = background ?? Background.None;
        Index = new ScenarioIndex(scenario);
        var cadres = new List<CadreVars>(scenario.Cadres.Length);
        for (var i = 0; i < scenario.Cadres.Length; i++)
        {
            var cadre = scenario.Cadres[i];
            var presence = Presence.Of(scenario, cadre);
            var posts = Candidates.PostsFor(scenario, cadre, presence, everyPost: explaining);
            if (admits is not null)
            {
                var kept = Published.PostsOf(scenario, cadre.Id, presence).Concat(FixedCells.PinnedPostIds(scenario, cadre, presence)).ToHashSet();
                posts = [.. posts.Where(p => p.Id == cadre.Post || kept.Contains(p.Id) || admits(cadre, p))];
            }
            var prior = ScenarioFacts.Of(scenario).PriorMonths[i];
            cadres.Add(CreateVars(new CadreVars(cadre, i, presence, posts, prior)));
        }
        Cadres = cadres;
    }

    public CpModel Cp { get; } = new();
    public Scenario Scenario { get; }
    public ScenarioIndex Index { get; }
    public bool Explaining { get; }
    public Background Background { get; }
    public int Months => Scenario.Horizon.Months;
    public IReadOnlyList<CadreVars> Cadres { get; }
    public IReadOnlyDictionary<string, BoolVar> Guards => _guards;

    public string Label(int t) => Scenario.Horizon.MonthAt(t).ToString();

    /// <summary>Posts a linear constraint of rule group <paramref name="group"/>.</summary>
    public void Require(BoundedLinearExpression constraint, string group) => Guard(Cp.Add(constraint), group);

    /// <summary>Posts a linear constraint of rule group <paramref name="group"/> that holds only when <paramref name="when"/> is true.</summary>
    public void RequireIf(ILiteral when, BoundedLinearExpression constraint, string group)
    {
        var posted = Cp.Add(constraint);
        posted.OnlyEnforceIf(when);
        Guard(posted, group);
    }

    /// <summary>Guards an already-built constraint when explaining.</summary>
    public void Guard(Constraint constraint, string group)
    {
        if (!Explaining) return;
        if (!_guards.TryGetValue(group, out var literal)) _guards[group] = literal = Cp.NewBoolVar(group);
        constraint.OnlyEnforceIf(literal);
    }

    /// <summary>Every (cadre, candidate) pair holding a post, for the holders of a post in a month.</summary>
    public IEnumerable<(CadreVars Cadre, BoolVar X)> Holders(string post, int t)
    {
        foreach (var c in Cadres)
        {
            var k = c.CandidateOf(post);
            if (k >= 0 && c.X[k][t] is { } x) yield return (c, x);
        }
    }

    private CadreVars CreateVars(CadreVars c)
    {
        var x = new BoolVar?[c.Posts.Count][];
        var start = new BoolVar?[c.Posts.Count][];
        for (var k = 0; k < c.Posts.Count; k++)
        {
            x[k] = new BoolVar?[Months];
            start[k] = new BoolVar?[Months];
            for (var t = c.Join; t < c.Leave; t++)
                x[k][t] = Cp.NewBoolVar($"x[{c.Id},{c.Posts[k].Id},{Label(t)}]");
        }
        c.X = x;
        c.Start = start;
        for (var k = 0; k < c.Posts.Count; k++)
            for (var t = c.Join; t < c.Leave; t++)
                if (c.IsStartMonth(t))
                    start[k][t] = Cp.NewBoolVar($"start[{c.Id},{c.Posts[k].Id},{Label(t)}]");
        c.StartsSoFar = [.. Enumerable.Range(0, c.Posts.Count)
            .Select(k => RunningSum(c, t => start[k][t], $"starts[{c.Id},{c.Posts[k].Id}"))];
        c.MovesSoFar = RunningSum(c, t => c.IsMoveMonth(t) ? c.MovesAt(t) : null, $"moves[{c.Id}");
        return c;
    }

    /// <summary>sums[t] = Σ term(s) for Join ≤ s ≤ t, where a null term is a month in which it cannot occur.</summary>
    private IntVar[] RunningSum(CadreVars c, Func<int, LinearExpr?> term, string name)
    {
        var sums = new IntVar[Months];
        var possible = 0;
        for (var t = c.Join; t < c.Leave; t++)
        {
            var here = term(t);
            if (here is not null) possible++;
            sums[t] = Cp.NewIntVar(0, possible, $"{name},..{Label(t)}]");
            LinearExpr before = t == c.Join ? LinearExpr.Constant(0) : sums[t - 1];
            Cp.Add(sums[t] == before + (here ?? LinearExpr.Constant(0)));
        }
        return sums;
    }
}
