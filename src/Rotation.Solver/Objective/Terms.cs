using Google.OrTools.Sat;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;

namespace Rotation.Solver.Objective;

/// <summary>vacancy: missing available holders of non-critical posts, per month.</summary>
internal sealed class VacancyTerm : IObjectiveTerm
{
    private readonly List<(int Min, LinearExpr Available)> _shortfalls = [];
    public string Id => "vacancy";
    public long Weight(Weights w) => w.Vacancy;

    public LinearExpr Build(RotationModel m)
    {
        var total = LinearExpr.NewBuilder();
        foreach (var post in m.Scenario.Posts.Where(p => !p.Critical && p.Min > 0))
            for (var t = 0; t < m.Months; t++)
            {
                var month = m.Scenario.Horizon.MonthAt(t);
                var available = LinearExpr.Sum(m.Holders(post.Id, t).Where(h => !h.Cadre.Cadre.IsUnavailableIn(month)).Select(h => h.X))
                                + m.Background.Available(post.Id, t);
                _shortfalls.Add((post.Min, available));
                var shortfall = m.Cp.NewIntVar(0, post.Min, $"vacancy[{post.Id},{m.Label(t)}]");
                if (Weight(m.Scenario.Policy.Weights) > 0) m.Cp.Add(shortfall >= post.Min - available);
                else m.Cp.AddMaxEquality(shortfall, [LinearExpr.Constant(0), post.Min - available]);
                total.Add(shortfall);
            }
        return total;
    }

    public long Evaluate(Func<LinearExpr, long> value) => _shortfalls.Sum(s => Math.Max(0, s.Min - value(s.Available)));
}

/// <summary>moves: the number of moves (H2).</summary>
internal sealed class MovesTerm : IObjectiveTerm
{
    private readonly List<LinearExpr> _moves = [];
    public string Id => "moves";
    public long Weight(Weights w) => w.Move;

    public LinearExpr Build(RotationModel m)
    {
        foreach (var c in m.Cadres)
            for (var t = c.Join; t < c.Leave; t++)
                if (c.IsMoveMonth(t)) _moves.Add(c.MovesAt(t));
        return LinearExpr.Sum(_moves);
    }

    public long Evaluate(Func<LinearExpr, long> value) => _moves.Sum(value);
}

/// <summary>excessMoves: each cadre's moves beyond fairMoves.</summary>
internal sealed class ExcessMovesTerm : IObjectiveTerm
{
    private readonly List<LinearExpr> _movesPerCadre = [];
    private int _fair;
    public string Id => "excessMoves";
    public long Weight(Weights w) => w.ExcessMoves;

    public LinearExpr Build(RotationModel m)
    {
        _fair = m.Scenario.Policy.FairMoves;
        var total = LinearExpr.NewBuilder();
        foreach (var c in m.Cadres)
        {
            var months = Enumerable.Range(c.Join, c.Leave - c.Join).Where(c.IsMoveMonth).ToList();
            if (months.Count <= _fair) continue;
            var moves = LinearExpr.Sum(months.Select(c.MovesAt));
            _movesPerCadre.Add(moves);
            var excess = m.Cp.NewIntVar(0, months.Count - _fair, $"excess[{c.Id}]");
            if (Weight(m.Scenario.Policy.Weights) > 0) m.Cp.Add(excess >= moves - _fair);
            else m.Cp.AddMaxEquality(excess, [LinearExpr.Constant(0), moves - _fair]);
            total.Add(excess);
        }
        return total;
    }

    public long Evaluate(Func<LinearExpr, long> value) => _movesPerCadre.Sum(moves => Math.Max(0, value(moves) - _fair));
}

/// <summary>trainingCost: the cost of every enrolment.</summary>
internal sealed class TrainingCostTerm : IObjectiveTerm
{
    private LinearExpr _cost = LinearExpr.Constant(0);
    public string Id => "trainingCost";
    public long Weight(Weights w) => w.TrainingCost;

    public LinearExpr Build(RotationModel m)
    {
        var enrolments = m.Cadres.SelectMany(c => c.Enrolments).ToList();
        _cost = LinearExpr.WeightedSum(enrolments.Select(e => e.Taken), enrolments.Select(e => (long)e.Course.Cost));
        return _cost;
    }

    public long Evaluate(Func<LinearExpr, long> value) => value(_cost);
}

/// <summary>
/// crossOffice: (cadre, office) pairs where the cadre works in an office that is neither a past office nor the office
/// of their starting (or joining) post. Entering such an office always takes a stint start, which ties the reward to
/// the cost of the move in the LP relaxation.
/// </summary>
internal sealed class CrossOfficeTerm : IObjectiveTerm
{
    private readonly List<BoolVar> _pairs = [];
    public string Id => "crossOffice";
    public long Weight(Weights w) => -w.CrossOffice; // a reward: SPEC §4 subtracts it

    public LinearExpr Build(RotationModel m)
    {
        foreach (var c in m.Cadres)
        {
            var home = c.Cadre.PastOffices.ToHashSet();
            if (!c.Cadre.IsJoiner && c.Cadre.Post is { } starting) home.Add(m.Index.Post(starting).Office);
            foreach (var office in c.Posts.Select(p => p.Office).Distinct().Where(o => !home.Contains(o)))
            {
                var candidates = Enumerable.Range(0, c.Posts.Count).Where(k => c.Posts[k].Office == office).ToList();
                var entries = candidates.SelectMany(k => Enumerable.Range(c.Join, c.Leave - c.Join)
                    .Where(c.IsMoveMonth).Select(t => c.Start[k][t]!)).ToList();
                LinearExpr joinedHere = c.Cadre.IsJoiner && c.Presence.Contains(c.Join)
                    ? LinearExpr.Sum(candidates.Select(k => c.X[k][c.Join]!))
                    : LinearExpr.Constant(0);
                var worked = m.Cp.NewBoolVar($"crossOffice[{c.Id},{office}]");
                // worked ⇔ (some move into the office) ∧ ¬(joined in it).
                m.Cp.Add(worked <= LinearExpr.Sum(entries));
                m.Cp.Add(worked + joinedHere <= 1);
                foreach (var entry in entries) m.Cp.Add(worked >= entry - joinedHere);
                _pairs.Add(worked);
            }
        }
        return LinearExpr.Sum(_pairs);
    }

    public long Evaluate(Func<LinearExpr, long> value) => _pairs.Sum(p => value(p));
}

/// <summary>preference: the weights of matching preferences, summed over the months each post is held.</summary>
internal sealed class PreferenceTerm : IObjectiveTerm
{
    private LinearExpr _total = LinearExpr.Constant(0);
    public string Id => "preference";
    public long Weight(Weights w) => -w.Preference; // a reward: SPEC §4 subtracts it

    public LinearExpr Build(RotationModel m)
    {
        var total = LinearExpr.NewBuilder();
        foreach (var c in m.Cadres.Where(c => c.Cadre.Preferences.Length > 0))
            for (var k = 0; k < c.Posts.Count; k++)
            {
                var weight = Liking(c.Cadre, c.Posts[k]);
                if (weight == 0) continue;
                for (var t = c.Join; t < c.Leave; t++) total.AddTerm(c.X[k][t]!, weight);
            }
        _total = total;
        return _total;
    }

    public long Evaluate(Func<LinearExpr, long> value) => value(_total);

    /// <summary>The summed weights of the cadre's preferences that match the post (by post id, office or work nature).</summary>
    public static long Liking(Cadre cadre, Post post) => cadre.Preferences.Where(p => p.Target switch
    {
        PreferenceTarget.Post => p.Id == post.Id,
        PreferenceTarget.Office => p.Id == post.Office,
        _ => p.Id == post.WorkNature,
    }).Sum(p => (long)p.Weight);
}

/// <summary>changes: compared cells whose post differs from the published plan.</summary>
internal sealed class ChangesTerm : IObjectiveTerm
{
    private LinearExpr _total = LinearExpr.Constant(0);
    public string Id => "changes";
    public long Weight(Weights w) => w.Change;

    public LinearExpr Build(RotationModel m)
    {
        var total = LinearExpr.NewBuilder();
        foreach (var (c, t, k) in Published.Cells(m))
        {
            total.Add(1);
            total.AddTerm(c.X[k][t]!, -1);
        }
        _total = total;
        return _total;
    }

    public long Evaluate(Func<LinearExpr, long> value) => value(_total);
}
