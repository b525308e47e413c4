using System.Numerics;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;

namespace Rotation.Solver.Careers;

/// <summary>
/// Searches one cadre's careers, stint by stint, for those whose reduced cost under the master's duals is low: the
/// cost of the career less what the rows it uses are worth. Branches are cut when even the cheapest post in every
/// month left and every new office still open could not bring the career under the cut-off.
/// <para>Two uses: <see cref="Price"/> finds the exact minimum (for the Lagrangian bound) and the few most negative
/// careers (new columns); <see cref="Enumerate"/> lists every career under a threshold, which is how reduced-cost
/// fixing keeps only the careers an improving plan could use.</para>
/// </summary>
internal sealed class CareerPricer
{
    private const double Tolerance = 1e-7;

    private readonly CareerSpace _space;
    private readonly double[][] _prefix;
    private readonly double[][] _move;
    private readonly double[] _optionValue;
    private readonly SessionOption[] _options;
    private readonly double[][][] _completion;
    private readonly double[][][] _credited;
    private readonly int[][] _fixedMismatch;
    private readonly int[] _readyFrom;
    private readonly Weights _weights;
    private readonly Policy _policy;
    private readonly int _fair;
    private readonly int _noReturn;
    private readonly List<(int Post, int Start)> _stints = [];

    /// <summary>Each competency the cadre may need, numbered for <see cref="NeedsKey"/>.</summary>
    private readonly Dictionary<string, int> _competencyNumbers;

    /// <summary>
    /// The cheapest course choice for each set of needs seen, or null when none grants them in time: many leaves share
    /// their needs, and the choice depends on nothing else while pricing.
    /// </summary>
    private readonly Dictionary<ulong, (SessionOption[] Trainings, double Value)?> _cheapest = [];

    /// <summary>
    /// CourseFloor[c][e]: the least value of a session that grants competency c and ends by month e; a career that first
    /// needs c in a stint from e pays at least that, which cuts branches the completion bound (which pays no course) keeps.
    /// </summary>
    private readonly double[][] _courseFloor;

    /// <summary>The numbers of the competencies each candidate post needs that the cadre lacks.</summary>
    private readonly int[][] _missingNumbers;

    /// <summary>Needs of at most this many competencies are kept in <see cref="_cheapest"/>, 16 bits each.</summary>
    private const int KeyedNeeds = 4;

    // The search's mode and results.
    private double _cutoff;
    private bool _enumerating;
    private double _entry;
    private int _keep;
    private int _limit;
    private readonly List<(double Reduced, Career Career)> _found = [];
    private double _best;
    private bool _overflow;
    private readonly Func<bool> _stopped;
    private int _nodes;

    /// <summary>Nodes searched between two looks at the clock.</summary>
    private const int NodesPerLook = 4096;

    /// <summary>
    /// What a pricer's work costs on the benchmark machine (<see cref="Search.Effort"/>): setting it up, each step of the
    /// completion program and of a branch's loop over next posts, each leaf, and each stint or month a leaf goes through.
    /// </summary>
    private const double SetupNanoseconds = 1_540_000, StepNanoseconds = 1.7, LeafNanoseconds = 630, LeafCellNanoseconds = 69;

    private long _steps, _leaves, _leafCells;

    /// <summary>The work this pricer has done so far, in nanoseconds of the benchmark machine: the same on any machine.</summary>
    public double Work => SetupNanoseconds + _steps * StepNanoseconds + _leaves * LeafNanoseconds + _leafCells * LeafCellNanoseconds;

    /// <param name="stopped">Polled during the search, which gives up when it turns true: a search of a large space can take longer than the solve has.</param>
    public CareerPricer(Scenario scenario, CareerSpace space, LinkingRows rows, double[] duals, Func<bool>? stopped = null)
    {
        _stopped = stopped ?? (() => false);
        _space = space;
        _policy = scenario.Policy;
        _weights = scenario.Policy.Weights;
        _fair = scenario.Policy.FairMoves;
        _noReturn = scenario.Policy.NoReturnMonths;
        var posts = space.Posts.Count;
        var months = space.Months;
        _prefix = new double[posts][];
        _move = new double[posts][];
        _fixedMismatch = new int[posts][];
        Span<int> used = stackalloc int[rows.CellRowsAtMost(space)];
        for (var k = 0; k < posts; k++)
        {
            _prefix[k] = new double[months + 1];
            _move[k] = new double[months];
            _fixedMismatch[k] = new int[months + 1];
            for (var t = 0; t < months; t++)
            {
                var cell = 0.0;
                if (space.Presence.Contains(t))
                {
                    cell = space.BaseCost[k][t];
                    var count = rows.CellRows(space, k, t, used);
                    for (var i = 0; i < count; i++) cell -= duals[used[i]];
                    var (moves, departures) = rows.MoveRowPair(space, k, t);
                    _move[k][t] = _weights.Move - (moves >= 0 ? duals[moves] : 0) - (departures >= 0 ? duals[departures] : 0);
                }
                _prefix[k][t + 1] = _prefix[k][t] + cell;
                _fixedMismatch[k][t + 1] = _fixedMismatch[k][t] + (FixedCells.Bars(space.FixedPost[t], k) ? 1 : 0);
            }
        }
        _options = [.. space.Options.Values.SelectMany(o => o)];
        _competencyNumbers = space.Missing.SelectMany(m => m).Distinct().Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        _optionValue = [.. _options.Select(o => o.Cost - (rows.SeatRow(o) is { } row ? duals[row] : 0))];
        // Floors are kept for up to 64 competencies, a bit each; beyond that (never seen) the search goes without them.
        _missingNumbers = [.. space.Missing.Select(m => _competencyNumbers.Count <= 64 ? m.Select(c => _competencyNumbers[c]).ToArray() : [])];
        _courseFloor = [.. _competencyNumbers.Select(_ => Enumerable.Repeat(double.PositiveInfinity, months + 1).ToArray())];
        for (var i = 0; i < _options.Length; i++)
            if (_competencyNumbers.TryGetValue(_options[i].Grants, out var c) && _options[i].End <= months)
                _courseFloor[c][_options[i].End] = Math.Min(_courseFloor[c][_options[i].End], _optionValue[i]);
        foreach (var floor in _courseFloor)
            for (var e = 1; e <= months; e++) floor[e] = Math.Min(floor[e], floor[e - 1]);
        _readyFrom = [.. space.Missing.Select(missing => missing.Length == 0 ? 0
            : missing.Max(c => space.Options.TryGetValue(c, out var o) ? o.Min(x => x.End) : int.MaxValue))];
        _completion = Completion(credit: false);
        _credited = Completion(credit: true);
    }

    /// <summary>
    /// Completion[m][k][s]: the least value of the months from s on for a stint in k that starts at s after m moves
    /// (m capped at fairMoves + 1), over the careers that keep the tenure, availability, blackout, grade and
    /// course-in-time rules but may return, ignore frozen cells and pay no course: a lower bound, by dynamic programming
    /// over (moves, post, month), that cuts the search. With <paramref name="credit"/> every move into an office new to
    /// the cadre earns the crossOffice reward (optimistic: the office may be entered twice); without, none does.
    /// </summary>
    private double[][][] Completion(bool credit)
    {
        var s = _space;
        var posts = s.Posts.Count;
        var levels = _fair + 2;
        var completion = new double[levels][][];
        var first = new double[levels][];
        var firstPost = new int[levels][];
        var second = new double[levels][];
        for (var m = 0; m < levels; m++)
        {
            completion[m] = new double[posts][];
            for (var k = 0; k < posts; k++) completion[m][k] = Enumerable.Repeat(double.PositiveInfinity, s.Months + 1).ToArray();
            first[m] = new double[s.Months + 1];
            firstPost[m] = new int[s.Months + 1];
            second[m] = new double[s.Months + 1];
        }
        var reward = credit && _weights.CrossOffice > 0 ? _weights.CrossOffice : 0;
        for (var start = s.Leave - 1; start >= s.Join; start--)
        {
            for (var m = 0; m < levels; m++)
            {
                var after = Math.Min(m + 1, levels - 1);
                var excess = m + 1 > _fair ? _weights.ExcessMoves : 0;
                for (var k = 0; k < posts; k++)
                {
                    var cycle = s.Cycles[k];
                    var best = s.Leave - start <= cycle.Max ? Cells(k, start, s.Leave) : double.PositiveInfinity;
                    _steps += Math.Max(0, Math.Min(start + cycle.Max, s.Leave - 1) - start - cycle.Min + 1);
                    for (var e = start + cycle.Min; e <= Math.Min(start + cycle.Max, s.Leave - 1); e++)
                    {
                        if (s.Unavailable[e] || s.Blocked[k][e]) continue;
                        // Best and second-best entry over the posts one may move into at e, so "any post but k" is one lookup.
                        var next = firstPost[after][e] == k ? second[after][e] : first[after][e];
                        if (double.IsPositiveInfinity(next)) continue;
                        best = Math.Min(best, Cells(k, start, e) + _move[k][e] + excess + next);
                    }
                    completion[m][k][start] = best;
                }
            }
            _steps += levels * posts;
            for (var m = 0; m < levels; m++)
            {
                first[m][start] = second[m][start] = double.PositiveInfinity;
                firstPost[m][start] = -1;
                for (var q = 0; q < posts; q++)
                {
                    if (!s.GradeAdmits[q] || s.Blocked[q][start] || _readyFrom[q] > start) continue;
                    var value = completion[m][q][start] - (s.OfficeBit[q] >= 0 ? reward : 0);
                    if (value < first[m][start])
                    {
                        second[m][start] = first[m][start];
                        first[m][start] = value;
                        firstPost[m][start] = q;
                    }
                    else if (value < second[m][start]) second[m][start] = value;
                }
            }
        }
        return completion;
    }

    /// <summary>
    /// The least reduced cost of any career (NaN when the search was stopped: the least is then unknown), and up to
    /// <paramref name="keep"/> careers below <paramref name="entry"/>.
    /// </summary>
    public (double Least, IReadOnlyList<(double Reduced, Career Career)> Careers) Price(double entry, int keep)
    {
        _enumerating = false;
        _entry = entry - Tolerance;
        _keep = keep;
        _best = double.PositiveInfinity;
        _cutoff = double.PositiveInfinity;
        Search();
        return (Halted ? double.NaN : _best, _found.OrderBy(f => f.Reduced).ToList());
    }

    /// <summary>Every career whose reduced cost is at most <paramref name="threshold"/>, or null when there are more than <paramref name="limit"/> or the search was stopped.</summary>
    public IReadOnlyList<(double Reduced, Career Career)>? Enumerate(double threshold, int limit)
    {
        _enumerating = true;
        _cutoff = threshold + Tolerance;
        _limit = limit;
        _best = double.PositiveInfinity;
        Search();
        return _overflow || Halted ? null : _found;
    }

    private void Search()
    {
        _found.Clear();
        _overflow = false;
        Halted = false;
        var s = _space;
        if (s.Join >= s.Leave)
        {
            Leaf(0);
            return;
        }
        if (!s.Cadre.IsJoiner)
        {
            Stint(s.StartingPost, s.Join, starting: true, moves: 0, mask: 0, value: 0, needed: 0, floor: 0);
            return;
        }
        for (var q = 0; q < s.Posts.Count; q++)
            if (s.GradeAdmits[q] && s.Missing[q].Length == 0)
                Stint(q, s.Join, starting: false, moves: 0, mask: s.OfficeBit[q] >= 0 ? 1UL << s.OfficeBit[q] : 0, value: 0, needed: 0, floor: 0);
    }

    /// <summary>The last search was stopped before it finished.</summary>
    public bool Halted { get; private set; }

    private double Cells(int k, int from, int to) => _prefix[k][to] - _prefix[k][from];

    /// <summary>A lower bound on the value of a career from a stint in k that starts at <paramref name="start"/> on.</summary>
    private double Rest(int k, int start, int moves, ulong mask)
    {
        var m = Math.Min(moves, _fair + 1);
        return Math.Max(_completion[m][k][start] - OpenOffices(mask), _credited[m][k][start]);
    }

    private double OpenOffices(ulong mask) =>
        _weights.CrossOffice > 0 ? _weights.CrossOffice * (_space.NewOffices - BitOperations.PopCount(mask)) : 0;

    private double Cutoff => _enumerating ? _cutoff : Math.Max(_best, _found.Count < _keep ? _entry : Math.Min(_entry, _found[^1].Reduced));

    /// <param name="needed">The competencies the stints so far need, a bit each.</param>
    /// <param name="floor">The least their courses can cost (<see cref="_courseFloor"/>).</param>
    private void Stint(int k, int start, bool starting, int moves, ulong mask, double value, ulong needed, double floor)
    {
        if (++_nodes % NodesPerLook == 0 && _stopped()) Halted = true;
        var s = _space;
        // The completion bound keeps tenure, from which a locked cadre is exempt.
        if (_overflow || Halted || (!starting && !s.Cadre.Locked && value + floor + Rest(k, start, moves, mask) >= Cutoff)) return;
        var cycle = s.Cycles[k];
        var locked = s.Cadre.Locked;
        var prior = starting ? s.PriorMonths : 0;
        _stints.Add((k, start));
        if ((locked || prior + s.Leave - start <= cycle.Max) && KeepsFixed(k, start, s.Leave))
            Leaf(value + Cells(k, start, s.Leave));
        if (!locked)
            for (var e = start; e < s.Leave && !_overflow && !Halted; e++)
            {
                var length = e - start;
                if (!KeepsFixed(k, start, e)) break;
                if (starting ? length > 0 && prior + length > cycle.Max : length > cycle.Max) break;
                if (prior + length < cycle.Min || (!starting && length == 0)) continue;
                if (s.Unavailable[e] || s.Blocked[k][e]) continue;
                var excess = moves + 1 > _fair ? _weights.ExcessMoves : 0;
                var here = value + Cells(k, start, e) + _move[k][e] + excess;
                _steps += s.Posts.Count;
                for (var q = 0; q < s.Posts.Count; q++)
                {
                    if (q == k || !s.GradeAdmits[q] || s.Blocked[q][e] || _readyFrom[q] > e || Returns(q, e)) continue;
                    var bit = s.OfficeBit[q];
                    var next = bit >= 0 ? mask | (1UL << bit) : mask;
                    var (nextNeeded, nextFloor) = (needed, floor);
                    foreach (var c in _missingNumbers[q])
                        if ((nextNeeded & 1UL << c) == 0)
                        {
                            nextNeeded |= 1UL << c;
                            nextFloor += _courseFloor[c][e];
                        }
                    Stint(q, e, starting: false, moves + 1, next, here - (next != mask ? _weights.CrossOffice : 0), nextNeeded, nextFloor);
                }
            }
        _stints.RemoveAt(_stints.Count - 1);
    }

    /// <summary>H14, H15: no frozen or pinned cell of months [from, to) holds another post.</summary>
    private bool KeepsFixed(int k, int from, int to) => _fixedMismatch[k][to] - _fixedMismatch[k][from] == 0;

    /// <summary>H13: moving into q at month e returns to a post the cadre moved out of less than noReturnMonths ago.</summary>
    private bool Returns(int q, int e)
    {
        if (_noReturn <= 0) return false;
        for (var i = 0; i < _stints.Count - 1; i++)
            if (_stints[i].Post == q && e < _stints[i + 1].Start + _noReturn) return true;
        return false;
    }

    private void Leaf(double value)
    {
        _leaves++;
        _leafCells += _stints.Count;
        var needs = Needs();
        if (!_enumerating && NeedsKey(needs) is { } key)
        {
            if (!_cheapest.TryGetValue(key, out var cheapest))
                _cheapest[key] = cheapest = Trainings(needs).Select(t => ((SessionOption[], double)?)t).FirstOrDefault();
            if (cheapest is { } choice) Priced(value + choice.Value, choice.Trainings);
            return;
        }
        foreach (var (trainings, trainingValue) in Trainings(needs))
        {
            var reduced = value + trainingValue;
            if (_enumerating)
            {
                if (reduced < _best) _best = reduced;
                if (reduced > _cutoff) continue;
                if (_found.Count >= _limit)
                {
                    _overflow = true;
                    return;
                }
                _found.Add((reduced, Materialize(trainings)));
            }
            else Priced(reduced, trainings);
        }
    }

    /// <summary>A career of the given reduced cost while pricing: kept when it is among the most negative below the entry.</summary>
    private void Priced(double reduced, SessionOption[] trainings)
    {
        if (reduced < _best) _best = reduced;
        if (reduced >= _entry) return;
        var position = _found.FindIndex(f => f.Reduced > reduced);
        if (position < 0) position = _found.Count;
        if (position >= _keep) return;
        _found.Insert(position, (reduced, Materialize(trainings)));
        if (_found.Count > _keep) _found.RemoveAt(_found.Count - 1);
    }

    /// <summary>The needs as one number (competency and month, 16 bits each), or null when there are too many to key.</summary>
    private ulong? NeedsKey(List<(string Competency, int By)> needs)
    {
        if (needs.Count > KeyedNeeds) return null;
        var key = 0UL;
        foreach (var (competency, by) in needs)
        {
            var number = _competencyNumbers[competency];
            if (number >= byte.MaxValue || by >= byte.MaxValue) return null;
            key = key << 16 | (ulong)(number << 8 | by) + 1;
        }
        return key;
    }

    /// <summary>Each missing competency with the first month a stint needs it (H5).</summary>
    private List<(string Competency, int By)> Needs()
    {
        var needs = new List<(string, int)>();
        var first = _space.Cadre.IsJoiner ? 0 : 1;
        for (var i = first; i < _stints.Count; i++)
        {
            var (k, start) = _stints[i];
            foreach (var c in _space.Missing[k])
            {
                var at = needs.FindIndex(n => n.Item1 == c);
                if (at < 0) needs.Add((c, start));
            }
        }
        return needs;
    }

    /// <summary>
    /// The course sessions that grant the needs in time, one course at a time (H10), with their value: every such choice
    /// when enumerating (seats differ between sessions), else the cheapest.
    /// </summary>
    private IEnumerable<(SessionOption[] Trainings, double Value)> Trainings(List<(string Competency, int By)> needs)
    {
        if (needs.Count == 0)
        {
            yield return ([], 0);
            yield break;
        }
        var choices = needs.Select(n => Enumerable.Range(0, _options.Length)
            .Where(i => _options[i].Grants == n.Competency && _options[i].End <= n.By).ToArray()).ToArray();
        if (choices.Any(c => c.Length == 0)) yield break;
        var picked = new int[needs.Count];
        var all = new List<(SessionOption[], double)>();
        void Pick(int depth, double value)
        {
            if (depth == needs.Count)
            {
                all.Add(([.. picked.Select(i => _options[i])], value));
                return;
            }
            foreach (var option in choices[depth])
            {
                var o = _options[option];
                var clash = false;
                for (var j = 0; j < depth && !clash; j++)
                    clash = _options[picked[j]].Start < o.End && o.Start < _options[picked[j]].End;
                if (clash) continue;
                picked[depth] = option;
                Pick(depth + 1, value + _optionValue[option]);
            }
        }
        Pick(0, 0);
        foreach (var choice in _enumerating ? all : all.OrderBy(a => a.Item2).Take(1)) yield return choice;
    }

    private Career Materialize(SessionOption[] trainings)
    {
        var s = _space;
        _leafCells += s.Months;
        var posts = Enumerable.Repeat(-1, s.Months).ToArray();
        for (var i = 0; i < _stints.Count; i++)
        {
            var (k, start) = _stints[i];
            var end = i + 1 < _stints.Count ? _stints[i + 1].Start : s.Leave;
            for (var t = start; t < end; t++) posts[t] = k;
        }
        return new Career(s, posts, trainings, s.CostOf(posts, trainings, _policy));
    }
}
