using System.Diagnostics;
using Google.OrTools.LinearSolver;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Search;
using Lp = Google.OrTools.LinearSolver.Solver;

namespace Rotation.Solver.Careers;

/// <summary>
/// The LP relaxation of choosing one career per cadre under the linking rows, solved by column generation on GLOP.
/// Its bound is the Lagrangian one, Σ y·rhs + Σ (least reduced cost per cadre) + the vacancy slacks' share: valid for
/// any duals of the right sign, so GLOP's tolerances never make it wrong, and tight once no column prices out.
/// </summary>
internal sealed class ColumnGeneration : IDisposable
{
    /// <summary>The cost of an artificial unit that keeps the LP feasible before the careers that cover a row exist.</summary>
    private const double Artificial = 5000;

    /// <summary>
    /// What the LP's work costs on the benchmark machine (<see cref="Search.Effort"/>): per simplex iteration and row or
    /// column, and per coefficient of a column added.
    /// </summary>
    private const double LpCellNanoseconds = 35, CoefficientNanoseconds = 1_160;

    /// <summary>New columns per cadre and round.</summary>
    private const int ColumnsPerRound = 20;

    /// <summary>The first weight of the best bound's duals in the duals a round prices at, and its step per round.</summary>
    private const double FirstSmoothing = 0.5;
    private const double SmoothingStep = 0.1;

    private readonly Scenario _scenario;
    private readonly IReadOnlyList<CareerSpace> _spaces;
    private readonly LinkingRows _rows;
    private readonly Lp _lp = Lp.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available");
    private readonly Constraint[] _linking;
    private readonly Constraint[] _convexity;
    private readonly List<Career>[] _columns;
    private readonly List<Variable>[] _variables;
    private readonly HashSet<string>[] _keys;
    private readonly List<Variable> _artificials = [];
    private readonly int _workers;
    private readonly Effort _effort;
    private double _smoothing = FirstSmoothing;

    /// <param name="effort">Counts the work of the LP and the pricing, for a stop that goes by work.</param>
    public ColumnGeneration(Scenario scenario, IReadOnlyList<CareerSpace> spaces, LinkingRows rows, int workers, Effort? effort = null)
    {
        _effort = effort ?? new Effort();
        _scenario = scenario;
        _spaces = spaces;
        _rows = rows;
        _workers = Math.Max(1, workers);
        // Without presolve GLOP restarts each round from the last basis: new columns leave it primal feasible. Scaling
        // and devex column norms are computed anew on every solve over every column; with 0/1 columns and costs of one
        // magnitude neither pays for its time.
        _lp.SetSolverSpecificParametersAsString("use_preprocessing:false use_scaling:false initialize_devex_with_column_norms:false");
        var objective = _lp.Objective();
        objective.SetMinimization();
        _linking = new Constraint[rows.Rows.Count];
        for (var r = 0; r < rows.Rows.Count; r++)
        {
            var row = rows.Rows[r];
            _linking[r] = row.Sense switch
            {
                RowSense.AtMost => _lp.MakeConstraint(double.NegativeInfinity, row.Rhs, row.Name),
                RowSense.AtLeast => _lp.MakeConstraint(row.Rhs, double.PositiveInfinity, row.Name),
                _ => _lp.MakeConstraint(row.Rhs, row.Rhs, row.Name),
            };
            if (row.Sense == RowSense.AtMost) continue;
            var slack = row.HasVacancy ? _lp.MakeNumVar(0, row.Rhs, $"vacancy:{row.Name}") : _lp.MakeNumVar(0, double.PositiveInfinity, $"art:{row.Name}");
            if (!row.HasVacancy) _artificials.Add(slack);
            _linking[r].SetCoefficient(slack, 1);
            objective.SetCoefficient(slack, row.HasVacancy ? scenario.Policy.Weights.Vacancy : Artificial);
        }
        _convexity = new Constraint[spaces.Count];
        for (var c = 0; c < spaces.Count; c++)
        {
            _convexity[c] = _lp.MakeConstraint(1, 1, $"one[{spaces[c].Cadre.Id}]");
            var artificial = _lp.MakeNumVar(0, 1, $"art:one[{spaces[c].Cadre.Id}]");
            _convexity[c].SetCoefficient(artificial, 1);
            _artificials.Add(artificial);
            objective.SetCoefficient(artificial, Artificial);
        }
        _columns = [.. spaces.Select(_ => new List<Career>())];
        _variables = [.. spaces.Select(_ => new List<Variable>())];
        _keys = [.. spaces.Select(_ => new HashSet<string>())];
    }

    /// <summary>The best Lagrangian bound seen.</summary>
    public double Bound { get; private set; } = double.NegativeInfinity;

    /// <summary>True once a round priced out no column: the LP is solved and the bound is the LP optimum.</summary>
    public bool Converged { get; private set; }

    /// <summary>The duals of the round that gave <see cref="Bound"/>, with each cadre's least reduced cost under them.</summary>
    public double[] Duals { get; private set; } = [];
    public double[] Least { get; private set; } = [];

    public int Rounds { get; private set; }
    public IReadOnlyList<Career>[] Columns => _columns;

    /// <summary>Adds a career as a column, once.</summary>
    public bool Add(Career career)
    {
        var c = career.Space.CadreIndex;
        if (!_keys[c].Add(career.Key)) return false;
        var variable = _lp.MakeNumVar(0, double.PositiveInfinity, "");
        _lp.Objective().SetCoefficient(variable, career.Cost);
        _convexity[c].SetCoefficient(variable, 1);
        var rows = _rows.Of(career);
        foreach (var row in rows) _linking[row].SetCoefficient(variable, 1);
        _effort.Spend((rows.Count + 2) * CoefficientNanoseconds);
        _columns[c].Add(career);
        _variables[c].Add(variable);
        return true;
    }

    /// <summary>
    /// Runs rounds until no column prices out or <paramref name="timeUp"/>. Each round prices at duals smoothed towards
    /// those of the best bound so far (Wentges), which damps the oscillation of raw LP duals; a round whose smoothed
    /// pricing finds nothing the LP wants is priced again at the LP's own duals, so convergence is never claimed early.
    /// </summary>
    /// <param name="afterRound">
    /// Called after each round whose LP uses no artificial unit, with the careers the LP weighs (a copy): where a plan
    /// near the LP's optimum is most likely found.
    /// </param>
    public void Run(Func<bool> timeUp, Action<IReadOnlyList<Career>[]>? afterRound = null)
    {
        while (!Converged && !timeUp())
        {
            var lpStarted = Stopwatch.GetTimestamp();
            var solved = _lp.Solve();
            _effort.Spend((double)_lp.Iterations() * (_linking.Length + _convexity.Length + _columns.Sum(c => c.Count)) * LpCellNanoseconds);
            if (solved != Lp.ResultStatus.OPTIMAL) return;
            var lpSeconds = Stopwatch.GetElapsedTime(lpStarted).TotalSeconds;
            var value = _lp.Objective().Value();
            IReadOnlyList<Career>[]? support = afterRound is not null && _artificials.All(a => a.SolutionValue() < 1e-9) ? Weighted() : null;
            Rounds++;
            var lpDuals = Clamped();
            var entry = _convexity.Select(c => c.DualValue()).ToArray();
            var added = 0;
            var stopped = false;
            foreach (var alpha in Duals.Length > 0 ? new[] { _smoothing, 0 } : [0])
            {
                var duals = alpha == 0 ? lpDuals : [.. lpDuals.Select((y, r) => alpha * Duals[r] + (1 - alpha) * y)];
                var priced = new (double Least, IReadOnlyList<(double Reduced, Career Career)> Careers)[_spaces.Count];
                Parallel.For(0, _spaces.Count, new ParallelOptions { MaxDegreeOfParallelism = _workers }, c =>
                {
                    var pricer = new CareerPricer(_scenario, _spaces[c], _rows, duals, timeUp);
                    priced[c] = pricer.Price(alpha == 0 ? entry[c] : double.PositiveInfinity, ColumnsPerRound);
                    _effort.Spend(pricer.Work);
                });
                var least = priced.Select(p => p.Least).ToArray();
                // A stopped search leaves some cadre's least unknown, and the round bounds nothing; its careers still help.
                stopped = least.Any(double.IsNaN);
                var bound = stopped ? double.NegativeInfinity : Lagrangian(duals, least);
                if (alpha > 0 && !stopped) Adjust(priced, duals, lpDuals);
                if (bound > Bound)
                {
                    Bound = bound;
                    Duals = duals;
                    Least = least;
                }
                for (var c = 0; c < priced.Length; c++)
                    foreach (var (_, career) in priced[c].Careers)
                        if (Reduced(career, lpDuals) - entry[c] < -1e-6 && Add(career)) added++;
                if (added > 0 || stopped) break;
            }
            Converged = added == 0 && !stopped;
            CareerSolver.Trace?.Invoke($"round {Rounds}: LP {value:F1} ({_lp.Iterations()} iterations), bound {Bound:F1}, added {added}, smoothing {_smoothing:F2}, LP {lpSeconds:F2}s, pricing {Stopwatch.GetElapsedTime(lpStarted).TotalSeconds - lpSeconds:F2}s");
            if (support is not null) afterRound!(support);
        }
    }

    private IReadOnlyList<Career>[] Weighted() =>
        [.. _columns.Select((careers, c) => (IReadOnlyList<Career>)[.. careers.Where((_, i) => _variables[c][i].SolutionValue() > 1e-9)])];

    /// <summary>
    /// Self-adjusting smoothing (Pessoa, Sadykov, Uchoa and Vanderbeck, 2018): where the Lagrangian's subgradient at the
    /// smoothed duals points towards the LP's duals, the next round moves closer to them; else it stays nearer the best
    /// bound's. It converges in fewer rounds than a fixed weight.
    /// </summary>
    private void Adjust((double Least, IReadOnlyList<(double Reduced, Career Career)> Careers)[] priced, double[] duals, double[] lpDuals)
    {
        if (priced.Any(p => p.Careers.Count == 0)) return;
        var vacancy = _scenario.Policy.Weights.Vacancy;
        var slope = 0.0;
        var used = new int[_rows.Rows.Count];
        foreach (var (_, careers) in priced)
            foreach (var r in _rows.Of(careers[0].Career)) used[r]++;
        for (var r = 0; r < used.Length; r++)
        {
            var row = _rows.Rows[r];
            var gradient = row.Rhs - used[r] - (row.HasVacancy && duals[r] > vacancy ? row.Rhs : 0);
            slope += gradient * (lpDuals[r] - Duals[r]);
        }
        _smoothing = slope > 0 ? Math.Max(0, _smoothing - SmoothingStep) : Math.Min(0.99, _smoothing + (1 - _smoothing) * SmoothingStep);
    }

    /// <summary>Each cadre's careers with their weights in the LP optimum over the columns so far.</summary>
    public (Career Career, double Weight)[][] Solution()
    {
        _lp.Solve();
        return [.. _columns.Select((careers, c) => careers.Select((k, i) => (k, _variables[c][i].SolutionValue())).Where(x => x.Item2 > 1e-9).ToArray())];
    }

    /// <summary>How far the career's reduced cost under <see cref="Duals"/> exceeds its cadre's least.</summary>
    public double Slack(Career career) => Reduced(career, Duals) - Least[career.Space.CadreIndex];

    private double Reduced(Career career, double[] duals) => career.Cost - _rows.Of(career).Sum(r => duals[r]);

    /// <summary>GLOP's duals with the sign each row's sense requires (≤ 0 on an upper limit, ≥ 0 on a lower one, any on an equality).</summary>
    private double[] Clamped()
    {
        var duals = new double[_linking.Length];
        for (var r = 0; r < duals.Length; r++)
        {
            var y = _linking[r].DualValue();
            duals[r] = _rows.Rows[r].Sense switch
            {
                RowSense.AtMost => Math.Min(0, y),
                RowSense.AtLeast => Math.Max(0, y),
                _ => y,
            };
        }
        return duals;
    }

    private double Lagrangian(double[] duals, double[] least)
    {
        if (least.Any(double.IsPositiveInfinity)) return double.PositiveInfinity;
        var bound = least.Sum();
        var vacancy = _scenario.Policy.Weights.Vacancy;
        for (var r = 0; r < duals.Length; r++)
        {
            var row = _rows.Rows[r];
            bound += duals[r] * row.Rhs;
            if (row.HasVacancy) bound += Math.Min(0, vacancy - duals[r]) * row.Rhs;
        }
        return bound;
    }

    public void Dispose() => _lp.Dispose();
}
