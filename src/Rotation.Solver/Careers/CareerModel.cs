using Google.OrTools.Sat;
using Rotation.Domain.Scenarios;

namespace Rotation.Solver.Careers;

/// <summary>
/// The master problem as a CP-SAT model: exactly one career per cadre from a given set, every linking row kept, the
/// vacancy slacks priced. Its optimum over a set that holds every career an improving plan could use is the optimum.
/// </summary>
internal sealed class CareerModel
{
    private readonly IReadOnlyList<Career>[] _careers;
    private readonly BoolVar[][] _chosen;

    public CareerModel(Scenario scenario, LinkingRows rows, IReadOnlyList<Career>[] careers)
    {
        _careers = careers;
        _chosen = new BoolVar[careers.Length][];
        var uses = rows.Rows.Select(_ => new List<BoolVar>()).ToArray();
        var objective = LinearExpr.NewBuilder();
        for (var c = 0; c < careers.Length; c++)
        {
            var id = careers[c].Count > 0 ? careers[c][0].Space.Cadre.Id : c.ToString();
            _chosen[c] = [.. careers[c].Select((_, i) => Cp.NewBoolVar($"career[{id},{i}]"))];
            Cp.AddExactlyOne(_chosen[c]);
            for (var i = 0; i < careers[c].Count; i++)
            {
                objective.AddTerm(_chosen[c][i], careers[c][i].Cost);
                foreach (var row in rows.Of(careers[c][i])) uses[row].Add(_chosen[c][i]);
            }
        }
        for (var r = 0; r < rows.Rows.Count; r++)
        {
            var row = rows.Rows[r];
            var sum = LinearExpr.Sum(uses[r]);
            if (row.Sense == RowSense.AtMost)
            {
                if (uses[r].Count > row.Rhs) Cp.Add(sum <= row.Rhs);
            }
            else
            {
                LinearExpr covered = sum;
                if (row.HasVacancy)
                {
                    var vacancy = Cp.NewIntVar(0, row.Rhs, $"vacancy:{row.Name}");
                    covered = sum + vacancy;
                    objective.AddTerm(vacancy, scenario.Policy.Weights.Vacancy);
                }
                Cp.Add(row.Sense == RowSense.Exactly ? covered == row.Rhs : covered >= row.Rhs);
            }
        }
        _objective = objective;
    }

    private readonly LinearExprBuilder _objective;

    /// <summary>
    /// Minimises the objective, told a bound proven elsewhere: CP-SAT then stops as soon as a plan meets it instead of
    /// trying to prove it with its own, weaker relaxation.
    /// </summary>
    public void Minimize(long bound)
    {
        // The bound as the objective variable's domain: CP-SAT's own bound starts there, so a plan that meets it ends the search.
        var objective = Cp.NewIntVar(bound, long.MaxValue / 4, "objective");
        Cp.Add(objective == _objective);
        Cp.Minimize(objective);
    }

    public CpModel Cp { get; } = new();

    public int Variables => _chosen.Sum(c => c.Length);

    /// <summary>Hints the career each cadre has in a known plan.</summary>
    public void Hint(IReadOnlyList<Career> plan)
    {
        foreach (var career in plan)
        {
            var c = career.Space.CadreIndex;
            for (var i = 0; i < _careers[c].Count; i++) Cp.AddHint(_chosen[c][i], _careers[c][i].Key == career.Key);
        }
    }

    /// <summary>The career each cadre has in the solver's current solution.</summary>
    public Career[] Chosen(Func<BoolVar, bool> value) =>
        [.. _careers.Select((careers, c) => careers[Array.FindIndex(_chosen[c], v => value(v))])];
}
