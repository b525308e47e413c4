using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;
using Rotation.Solver.Objective;

namespace Rotation.Solver.Pricing;

/// <summary>
/// What a career pays for the rows it shares with other cadres, on top of its own terms: per post and month, holding the
/// post (<see cref="Hold"/>) and being an available holder of it (<see cref="Cover"/>, a gain); per office and month, a
/// move out of it (<see cref="Departure"/>); per month, any move (<see cref="Move"/>). Cells are post × months + month, in
/// the scenario's order of posts and of offices.
/// </summary>
internal sealed class Prices(Scenario scenario)
{
    private readonly Dictionary<string, int> _posts = scenario.Posts.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
    private readonly Dictionary<string, int> _offices = scenario.Offices.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i);

    public double[] Hold { get; } = new double[scenario.Posts.Length * scenario.Horizon.Months];
    public double[] Cover { get; } = new double[scenario.Posts.Length * scenario.Horizon.Months];

    /// <summary>Per post and month, what holding it costs a cadre who is away then: the seat they keep from someone who could cover it.</summary>
    public double[] Away { get; } = new double[scenario.Posts.Length * scenario.Horizon.Months];
    public double[] Departure { get; } = new double[scenario.Offices.Length * scenario.Horizon.Months];
    public double[] Move { get; } = new double[scenario.Horizon.Months];

    public int PostNumber(string post) => _posts[post];
    public int OfficeNumber(string office) => _offices[office];
}

/// <summary>
/// The least that one cadre's own objective terms (moves, excess moves, crossOffice, preference, changes) can come to
/// over their careers, with the rules that bind the cadre alone mostly kept: a lower bound for scenarios too large for
/// <c>Careers.CareerPricer</c>. A dynamic program over (moves made, post, month a stint starts) whose stint ends slide
/// through a window of the post's cycle: posts × months × (fairMoves + 1) steps.
/// <para>Kept: presence, tenure (H6, the starting stint with its months before the horizon), availability and blackout
/// for moves (H7, H8), grade and competency in time at every arrival (H4, H5), lock (H12), frozen and pinned cells (H14, H15), and no
/// return into the starting post (H13). Dropped: no return into other posts and the course rules. The crossOffice reward
/// is credited on every move into an office new to the cadre from another office, so an office entered twice is credited
/// twice; the training cost counts only as the courses an office's own competencies need, set against that credit
/// (<see cref="Training"/>). Every career that keeps the rules is thus a relaxed one at no higher value.</para>
/// <para>Under <see cref="Prices"/> (the rows shared with others, priced) the least career is a cadre's best response to
/// everyone else's plan, and <see cref="Trace"/> gives it.</para>
/// </summary>
internal sealed class RelaxedCareer
{
    /// <summary>What breaking a frozen cell costs: more than any career's value, so only a cadre with no other career pays it.</summary>
    public const double Barred = 1e12;

    private readonly Weights _weights;
    private readonly int _fair;
    private readonly int _months;
    private readonly int _join;
    private readonly int _leave;
    private readonly bool _locked;
    private readonly bool _joiner;
    private readonly int _starting;
    private readonly int _prior;
    private readonly int _returnFrom;
    private readonly int[] _office;
    private readonly int _offices;
    private readonly double[] _credit;
    private readonly int[] _min;
    private readonly int[] _max;
    private readonly bool[] _grade;
    private readonly int[] _readyFrom;
    private readonly double[] _liking;
    private readonly bool[] _unavailable;
    private readonly int[] _published;
    private readonly int[] _fixed;
    private readonly bool[][] _blocked;

    /// <summary>Per class of candidates, how many posts it stands for.</summary>
    private readonly int[] _siblings;

    private readonly List<Post> _posts;
    private Prices? _prices;
    private int[]? _all;
    private int[] _active = [];
    private int[]? _postNumber;
    private int[]? _officeNumber;

    // Where the last least was found: the first stint's post and end.
    private int _firstPost;
    private int _firstEnd;

    /// <param name="blackout">The scenario's <see cref="ScenarioFacts.Blackout"/>.</param>
    /// <param name="alike">Whether like posts are merged into classes: only where no prices tell them apart.</param>
    /// <param name="priceClass">Where prices tell some like posts apart: posts of different price classes are never merged.</param>
    public RelaxedCareer(Scenario scenario, ScenarioIndex index, Cadre cadre, IReadOnlyList<Post> candidates,
        IReadOnlyDictionary<string, bool[]> blackout, bool alike = true, Func<Post, int>? priceClass = null)
    {
        var horizon = scenario.Horizon;
        var presence = Presence.Of(scenario, cadre);
        var ready = Candidates.Readiness(scenario, cadre, presence);
        int ReadyFrom(Post p)
        {
            var from = 0;
            foreach (var r in p.Requires)
                if (!cadre.Competencies.Contains(r)) from = Math.Max(from, ready.GetValueOrDefault(r, int.MaxValue));
            return from;
        }
        var published = Published.PostsOf(scenario, cadre.Id, presence);
        var pinned = FixedCells.PinnedPostIds(scenario, cadre, presence).ToArray();
        var training = Training(scenario, cadre, candidates);
        if (alike) _posts = Classes(scenario, cadre, candidates, [.. published, .. pinned], p => (ReadyFrom(p), training(p), priceClass?.Invoke(p) ?? 0), out _siblings);
        else (_posts, _siblings) = ([.. candidates], [.. candidates.Select(_ => 1)]);
        candidates = _posts;
        _weights = scenario.Policy.Weights;
        _fair = scenario.Policy.FairMoves;
        _months = horizon.Months;
        _join = presence.Join;
        _leave = presence.Leave;
        _locked = cadre.Locked;
        _joiner = cadre.IsJoiner;
        var offices = new Dictionary<string, int>();
        _office = [.. candidates.Select(p => offices.TryGetValue(p.Office, out var o) ? o : offices[p.Office] = offices.Count)];
        _offices = offices.Count;
        _blocked = [.. offices.OrderBy(o => o.Value).Select(o => blackout[o.Key])];
        var home = cadre.PastOffices.ToHashSet();
        if (!cadre.IsJoiner) home.Add(index.Post(cadre.Post!).Office);
        _credit = [.. candidates.Select(p => home.Contains(p.Office) ? 0.0 : Math.Max(0, _weights.CrossOffice - training(p)))];
        var cycles = candidates.Select(scenario.TenureOf).ToArray();
        _min = [.. cycles.Select(c => c.Min)];
        _max = [.. cycles.Select(c => c.Max)];
        _grade = [.. candidates.Select(p => p.AdmitsGrade(cadre.Grade))];
        _liking = [.. candidates.Select(p => (double)PreferenceTerm.Liking(cadre, p))];
        _readyFrom = [.. candidates.Select(ReadyFrom)];
        var facts = ScenarioFacts.Of(scenario);
        _unavailable = facts.AwayById[cadre.Id];
        int CandidateOf(string? id)
        {
            for (var k = 0; k < candidates.Count; k++)
                if (candidates[k].Id == id) return k;
            return -1;
        }
        _starting = cadre.IsJoiner ? -1 : CandidateOf(cadre.Post);
        _prior = facts.PriorMonthsOf(cadre);
        var earliestMove = _starting < 0 ? _join : Math.Max(0, _min[_starting] - _prior);
        _returnFrom = earliestMove + Math.Max(1, scenario.Policy.NoReturnMonths);
        _published = [.. published.Select(CandidateOf)];
        Own = new bool[candidates.Count];
        foreach (var k in _published.Append(_starting).Concat(pinned.Select(CandidateOf)))
            if (k >= 0) Own[k] = true;
        _fixed = FixedCells.Candidates(scenario, cadre, presence, published, CandidateOf);
    }

    /// <summary>
    /// One post of each class of candidates that are alike to the cadre (office, cycle, grade, when they may enter and at
    /// what course cost, price class, liking), with each class's size in <paramref name="sizes"/>: the program runs over
    /// classes, and a class of two or more lets the cadre move within it. The starting post and published posts stay
    /// classes of their own (no return, changes), and so do pinned posts. An office's like posts (its specialists, say) make most of a generated
    /// scenario's candidates.
    /// </summary>
    private static List<Post> Classes(Scenario scenario, Cadre cadre, IReadOnlyList<Post> candidates, string?[] ownPosts,
        Func<Post, (int, double, int)> entry, out int[] sizes)
    {
        var own = ownPosts.OfType<string>().ToHashSet();
        if (!cadre.IsJoiner) own.Add(cadre.Post!);
        var classes = new List<Post>();
        var counts = new List<int>();
        var byKey = new Dictionary<(string, Tenure, bool, (int, double, int), long), int>();
        foreach (var p in candidates)
        {
            var alone = own.Contains(p.Id);
            var key = (p.Office, scenario.TenureOf(p), p.AdmitsGrade(cadre.Grade), entry(p), cadre.Preferences.IsEmpty ? 0 : PreferenceTerm.Liking(cadre, p));
            if (!alone && byKey.TryGetValue(key, out var k))
            {
                counts[k]++;
                continue;
            }
            if (!alone) byKey[key] = classes.Count;
            classes.Add(p);
            counts.Add(1);
        }
        sizes = [.. counts];
        return classes;
    }

    /// <summary>
    /// What entering a post costs the cadre in courses at least: the cheapest course for each competency it requires that
    /// the cadre lacks, counting only competencies that no candidate of another office requires. Such a course is paid
    /// once however often the office is entered, so it is set against the office's crossOffice credit, never beyond it:
    /// an office entered twice is credited twice, and the second credit covers the second charge.
    /// </summary>
    private static Func<Post, double> Training(Scenario scenario, Cadre cadre, IReadOnlyList<Post> candidates)
    {
        var weight = Math.Max(0, scenario.Policy.Weights.TrainingCost);
        var officeOf = new Dictionary<string, string?>();
        foreach (var p in candidates)
            foreach (var r in p.Requires.Where(r => !cadre.Competencies.Contains(r)))
                officeOf[r] = officeOf.TryGetValue(r, out var o) && o != p.Office ? null : p.Office;
        var cost = officeOf.Where(r => r.Value is not null).ToDictionary(r => r.Key,
            r => scenario.Courses.Where(c => c.Grants == r.Key).Select(c => (double)weight * c.Cost).DefaultIfEmpty(0).Min());
        return p => p.Requires.Sum(r => cost.GetValueOrDefault(r));
    }

    /// <summary>The posts a career's candidate indices stand for (one of each class of like posts).</summary>
    public IReadOnlyList<Post> Posts => _posts;

    /// <summary>Per candidate, whether it is the starting post, a published or a pinned one: those an active subset must hold.</summary>
    public bool[] Own { get; }

    /// <summary>
    /// The least value of any relaxed career, under <paramref name="prices"/> when given: at least <see cref="Barred"/> / 2 when no career
    /// keeps the relaxed rules (or avoids every barred cell).
    /// </summary>
    /// <param name="surcharge">Per candidate, what each month in it costs beyond the prices; none by default.</param>
    /// <param name="active">The candidates the career may use, in increasing order; all by default. The <see cref="Own"/>
    /// ones must be among them: months frozen to a published post left out would find no career.</param>
    public double Least(Workspace work, Prices? prices = null, double[]? surcharge = null, int[]? active = null)
    {
        _prices = prices;
        _active = active ?? (_all ??= [.. Enumerable.Range(0, _posts.Count)]);
        if (prices is not null)
        {
            _postNumber ??= [.. _posts.Select(p => prices.PostNumber(p.Id))];
            _officeNumber ??= [.. _posts.Select(p => prices.OfficeNumber(p.Office))];
        }
        // Someone never present within the horizon has the empty career: Trace must not follow an earlier cadre's.
        if (_join >= _leave)
        {
            (_firstPost, _firstEnd) = (_starting, _leave);
            return 0;
        }
        var n = _office.Length;
        work.Fit(n, _offices, _months, _fair + 1);
        var stride = _months + 1;
        var prefix = work.Prefix;
        foreach (var k in _active)
        {
            var row = k * stride;
            prefix[row + _join] = 0;
            var own = -_weights.Preference * _liking[k] + (surcharge?[k] ?? 0);
            for (var t = _join; t < _leave; t++)
            {
                var value = own;
                if (prices is not null)
                {
                    var cell = _postNumber![k] * _months + t;
                    value += prices.Hold[cell] + (_unavailable[t] ? prices.Away[cell] : -prices.Cover[cell]);
                }
                if (_published[t] >= 0 && _published[t] != k) value += _weights.Change;
                if (FixedCells.Bars(_fixed[t], k)) value += Barred;
                prefix[row + t + 1] = prefix[row + t] + value;
            }
        }
        if (_locked) return LeastLocked(work);
        Run(work);
        return Start(work);
    }

    private double Cells(Workspace work, int k, int from, int to) => work.Prefix[k * (_months + 1) + to] - work.Prefix[k * (_months + 1) + from];

    private double LeastLocked(Workspace work)
    {
        (_firstPost, _firstEnd) = (_starting, _leave);
        if (!_joiner) return Cells(work, _starting, _join, _leave);
        var best = double.PositiveInfinity;
        foreach (var q in _active)
            if (Joinable(q) && Cells(work, q, _join, _leave) is var value && value < best) (best, _firstPost) = (value, q);
        return best;
    }

    private bool Joinable(int q) => _grade[q] && _readyFrom[q] <= _join;

    private bool Enterable(int q, int e) =>
        _grade[q] && _readyFrom[q] <= e && !_blocked[_office[q]][e] && (q != _starting || e >= _returnFrom);

    private bool Leavable(int k, int e) => !_unavailable[e] && !_blocked[_office[k]][e];

    /// <summary>The cost of moving out of post k at month e from a stint entered after <paramref name="level"/> moves (capped at fairMoves).</summary>
    private double MoveCost(int k, int e, int level) =>
        _weights.Move + (level >= _fair ? _weights.ExcessMoves : 0)
        + (_prices is { } p ? p.Departure[_officeNumber![k] * _months + e] + p.Move[e] : 0);

    /// <summary>
    /// From the last month back: the value of every (level, post, start), then per level the best arrival at that month,
    /// then the value of leaving each post at that month (its cells from the join, the move and the best career after).
    /// </summary>
    private void Run(Workspace work)
    {
        var T = _months;
        var levels = _fair + 1;
        for (var s = _leave - 1; s >= _join; s--)
        {
            for (var m = 0; m < levels; m++)
            {
                var value = work.Value[m];
                var exit = work.Exit[m];
                foreach (var k in _active)
                {
                    var slot = k * T;
                    // The window of stint ends [s + min, s + max]: the newest end joins at the back, ends past the cycle leave the front.
                    var e = s + _min[k];
                    if (e < _leave && exit[slot + e] < double.PositiveInfinity) work.Push(m, k, e);
                    var front = work.Front(m, k, s + _max[k]);
                    var moving = front < 0 ? double.PositiveInfinity : exit[slot + front] - Cells(work, k, _join, s);
                    var staying = _leave - s <= _max[k] ? Cells(work, k, s, _leave) : double.PositiveInfinity;
                    (value[slot + s], work.End[m][slot + s]) = staying <= moving ? (staying, _leave) : (moving, front);
                }
            }
            var arrival = work.Arrival;
            for (var m = 0; m < levels; m++)
            {
                var value = work.Value[m];
                foreach (var q in _active) arrival[q] = Enterable(q, s) ? value[q * T + s] : double.PositiveInfinity;
                work.Arrivals(m, s, _active, _offices, _credit, _office);
            }
            for (var m = 0; m < levels; m++)
            {
                var next = Math.Min(m + 1, levels - 1);
                var exit = work.Exit[m];
                foreach (var k in _active)
                    exit[k * T + s] = (s > _join || k == _starting) && Leavable(k, s)
                        ? Cells(work, k, _join, s) + MoveCost(k, s, m) + work.Next(next, s, _siblings[k] > 1 ? -1 : k, _office[k]).Value
                        : double.PositiveInfinity;
            }
        }
    }

    /// <summary>The best career from the horizon's start in the starting post, or from the join in any post the joiner may take.</summary>
    private double Start(Workspace work)
    {
        var T = _months;
        var best = double.PositiveInfinity;
        if (_joiner)
        {
            foreach (var q in _active)
                if (Joinable(q) && work.Value[0][q * T + _join] < best)
                    (best, _firstPost, _firstEnd) = (work.Value[0][q * T + _join], q, work.End[0][q * T + _join]);
            return best;
        }
        var k = _starting;
        _firstPost = k;
        if (_prior + _leave - _join <= _max[k]) (best, _firstEnd) = (Cells(work, k, _join, _leave), _leave);
        // H6: the starting stint ends by a move once it has served its minimum, and by month 0 if it is already past its maximum.
        for (var e = Math.Max(_join, _min[k] - _prior); e < _leave && (e == 0 || _prior + e <= _max[k]); e++)
            if (work.Exit[0][k * T + e] < best) (best, _firstEnd) = (work.Exit[0][k * T + e], e);
        return best;
    }

    /// <summary>
    /// The career the last <see cref="Least"/> found, as a post per month (null where the cadre is absent); the workspace
    /// must not have served another cadre since. Only meaningful when that least was finite.
    /// </summary>
    public string?[] Trace(Workspace work)
    {
        var career = new string?[_months];
        var T = _months;
        var levels = _fair + 1;
        var (post, start, end, level) = (_firstPost, _join, _firstEnd, 0);
        while (true)
        {
            for (var t = start; t < end; t++) career[t] = _posts[post].Id;
            if (end >= _leave || _locked) return career;
            level = Math.Min(level + 1, levels - 1);
            (post, start) = (work.Next(level, end, _siblings[post] > 1 ? -1 : post, _office[post]).Post, end);
            end = work.End[level][post * T + start];
        }
    }

    /// <summary>Scratch arrays of one thread's cadres, grown to the largest seen.</summary>
    internal sealed class Workspace
    {
        private int _posts = -1, _offices = -1, _months = -1, _levels = -1;
        private int[][] _queue = [];
        private int[] _head = [], _tail = [];
        private double[][] _bestValue = [], _secondValue = [], _ownValue = [], _ownSecondValue = [];
        private int[][] _bestOffice = [], _bestPost = [], _secondPost = [], _ownPost = [], _ownSecondPost = [];

        public double[] Prefix { get; private set; } = [];

        /// <summary>Per candidate, the value of arriving there at the month being filled (infinite where the cadre may not).</summary>
        public double[] Arrival { get; private set; } = [];

        /// <summary>Value[m][k × months + s]: the least value of the months from s on for a stint in k that starts at s after m moves.</summary>
        public double[][] Value { get; private set; } = [];

        /// <summary>Exit[m][k × months + e]: the value of the months from the join to e in k, the move at e and the best career after it.</summary>
        public double[][] Exit { get; private set; } = [];

        /// <summary>End[m][k × months + s]: where the best stint in k from s ends (the month of the move out, or the leave).</summary>
        public int[][] End { get; private set; } = [];

        public void Fit(int posts, int offices, int months, int levels)
        {
            if (posts > _posts || offices > _offices || months != _months || levels != _levels)
            {
                (_posts, _offices, _months, _levels) = (Math.Max(posts, _posts), Math.Max(offices, _offices), months, levels);
                Prefix = new double[_posts * (months + 1)];
                Arrival = new double[_posts];
                Value = Jagged<double>(levels, _posts * months);
                Exit = Jagged<double>(levels, _posts * months);
                End = Jagged<int>(levels, _posts * months);
                _bestPost = Jagged<int>(levels, months);
                _secondPost = Jagged<int>(levels, months);
                _ownSecondPost = Jagged<int>(levels, _offices * months);
                _queue = Jagged<int>(levels, _posts * months);
                _head = new int[levels * _posts];
                _tail = new int[levels * _posts];
                _bestValue = Jagged<double>(levels, months);
                _secondValue = Jagged<double>(levels, months);
                _bestOffice = Jagged<int>(levels, months);
                _ownValue = Jagged<double>(levels, _offices * months);
                _ownSecondValue = Jagged<double>(levels, _offices * months);
                _ownPost = Jagged<int>(levels, _offices * months);
            }
            Array.Clear(_head, 0, levels * _posts);
            Array.Clear(_tail, 0, levels * _posts);
        }

        private static T[][] Jagged<T>(int rows, int length) => [.. Enumerable.Range(0, rows).Select(_ => new T[length])];

        /// <summary>Queues stint end <paramref name="end"/> of post k; queued ends whose exit is no better leave the back.</summary>
        public void Push(int level, int k, int end)
        {
            var d = level * _posts + k;
            var queue = _queue[level];
            var exit = Exit[level];
            var slot = k * _months;
            while (_tail[d] > _head[d] && exit[slot + queue[slot + _tail[d] - 1]] >= exit[slot + end]) _tail[d]--;
            queue[slot + _tail[d]++] = end;
        }

        /// <summary>The best queued stint end of post k no later than <paramref name="last"/>, or -1; later ones leave the front.</summary>
        public int Front(int level, int k, int last)
        {
            var d = level * _posts + k;
            var queue = _queue[level];
            var slot = k * _months;
            while (_tail[d] > _head[d] && queue[slot + _head[d]] > last) _head[d]++;
            return _tail[d] > _head[d] ? queue[slot + _head[d]] : -1;
        }

        /// <summary>
        /// At month <paramref name="e"/>, from <see cref="Arrival"/>: the best arrival over all offices with its reward, the
        /// best from an office other than that one's, and per office its two best arrivals without the reward; so "any post
        /// but k, rewarded only when the office changes" is a lookup.
        /// </summary>
        public void Arrivals(int level, int e, int[] posts, int offices, double[] credit, int[] officeOf)
        {
            var own = _ownValue[level];
            var ownSecond = _ownSecondValue[level];
            var ownPost = _ownPost[level];
            var ownSecondPost = _ownSecondPost[level];
            for (var o = 0; o < offices; o++)
            {
                own[o * _months + e] = ownSecond[o * _months + e] = double.PositiveInfinity;
                ownPost[o * _months + e] = ownSecondPost[o * _months + e] = -1;
            }
            double best = double.PositiveInfinity, second = double.PositiveInfinity;
            int bestOffice = -1, bestPost = -1, secondPost = -1;
            foreach (var q in posts)
            {
                var value = Arrival[q];
                if (double.IsPositiveInfinity(value)) continue;
                var o = officeOf[q];
                var cell = o * _months + e;
                if (value < own[cell])
                {
                    (ownSecond[cell], ownSecondPost[cell]) = (own[cell], ownPost[cell]);
                    (own[cell], ownPost[cell]) = (value, q);
                }
                else if (value < ownSecond[cell]) (ownSecond[cell], ownSecondPost[cell]) = (value, q);
                var rewarded = value - credit[q];
                if (rewarded < best)
                {
                    if (o != bestOffice) (second, secondPost) = (best, bestPost);
                    (best, bestOffice, bestPost) = (rewarded, o, q);
                }
                else if (o != bestOffice && rewarded < second) (second, secondPost) = (rewarded, q);
            }
            (_bestValue[level][e], _bestOffice[level][e], _bestPost[level][e]) = (best, bestOffice, bestPost);
            (_secondValue[level][e], _secondPost[level][e]) = (second, secondPost);
        }

        /// <summary>
        /// The best arrival at month e after leaving post k of office o: another office's (rewarded) or another post of o
        /// (k itself when it is -1, a class of several posts).
        /// </summary>
        public (double Value, int Post) Next(int level, int e, int k, int o)
        {
            var elsewhere = _bestOffice[level][e] != o ? (_bestValue[level][e], _bestPost[level][e]) : (_secondValue[level][e], _secondPost[level][e]);
            var cell = o * _months + e;
            var inside = _ownPost[level][cell] != k ? (_ownValue[level][cell], _ownPost[level][cell]) : (_ownSecondValue[level][cell], _ownSecondPost[level][cell]);
            return inside.Item1 < elsewhere.Item1 ? inside : elsewhere;
        }
    }
}
