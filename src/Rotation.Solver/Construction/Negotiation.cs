using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;
using Rotation.Solver.Pricing;
using Rotation.Solver.Search;

namespace Rotation.Solver.Construction;

/// <summary>
/// A first plan that keeps every rule where the stay-put plan does not (overdue cadres, tight cycles, blackouts, binding
/// move limits and seats), by negotiated congestion as in the PathFinder router: each round, every cadre in turn takes
/// their best whole career (<see cref="RelaxedCareer"/>) against everyone else's rows. What the others leave full is not
/// barred but priced: a present cost while it is full, growing every round, plus a history cost, paid whether full or not,
/// that remembers each round the row was overused. Cadres with somewhere else to go give way to those without; a course
/// seat that an unprepared stint needed prices its holder off their stint too. The rules the career program does not keep (no
/// return into another post, the course rules) are judged by the checker once the shared rows hold; a cadre it faults is
/// priced off the post and month it was faulted for. Deterministic for a seed: it stops by rounds, or by the caller.
/// </summary>
internal sealed class Negotiation
{
    /// <summary>Rounds before giving up, by default: the scenarios of both generator families settle in tens.</summary>
    public const int MaxRounds = 400;

    /// <summary>Rounds without fewer broken rows than before after which, by default, the part is taken to have no plan.</summary>
    public const int Patience = 100;

    /// <summary>Growth of the present cost per round: slow enough that cadres negotiate, fast enough to settle.</summary>
    private const double PresentGrowth = 1.3;

    /// <summary>Routes of one cadre in one round that may each be priced off a return too soon before the round goes on.</summary>
    private const int MaxReturns = 8;

    /// <summary>
    /// The most one row of one month may cost: prices rise each round, and a career's months together must stay below what
    /// the career program reads as barred (<see cref="RelaxedCareer.Barred"/>), where it would find no career at all.
    /// </summary>
    private const double PriceCap = RelaxedCareer.Barred / 1e4;

    /// <summary>
    /// The present cost stops growing here, in units, and a round's history step at <see cref="HistoryStep"/>: prices that
    /// kept growing would soon all stand at <see cref="PriceCap"/>, where no cadre could tell one broken row from another.
    /// History then keeps growing where rows stay overused, and the rows that stay overused longest become dearest.
    /// </summary>
    private const double PresentCap = 100, HistoryStep = 10;

    /// <summary>
    /// The present cost, in units, when posts are opened: high enough that the rows settle again within tens of rounds,
    /// low enough that cadres first choose by their careers. Lower, the rows take more rounds and settle on a worse plan;
    /// higher, they gain a little at the cost of much more time.
    /// </summary>
    private const double RestartPresent = 10;

    /// <summary>Rounds of <see cref="Settle"/> without a better plan before it ends: after that the same few cadres keep trying the same changes.</summary>
    private const int SettlePatience = 2;

    /// <summary>
    /// Candidate posts a round's careers may look at in all, beyond which each cadre sees the offices of their own row and
    /// a fresh random draw of posts with room (<see cref="Active"/>), at least <see cref="MinDraw"/>. With every post
    /// open, thousands of cadres have millions of candidates: a round over all of them is several times slower than one
    /// over draws, and the first plan comes much later or not in time. Scenarios of a few hundred cadres stay below the
    /// budget and see every post.
    /// </summary>
    internal const long Budget = 100_000;

    private const int MinDraw = 40;

    /// <summary>Below a price difference this small, a cadre keeps the row it has: fewer cadres churn between equal careers.</summary>
    private const double Keep = 1e-3;

    private readonly PartJudge _judge;
    private readonly ParallelOptions _parallel;
    private readonly long _budget;
    private readonly Scenario _part;
    private readonly int _months;
    private readonly Post[] _posts;
    private readonly int[] _officeOf;
    private readonly int[][] _postsOfOffice;
    private readonly Cadre[] _cadres;

    /// <summary>Per cadre, the number of their starting post; -1 for a joiner.</summary>
    private readonly int[] _starting;
    private readonly Dictionary<string, int> _number, _monthOf;
    private readonly ScenarioIndex _index;
    private readonly IReadOnlyDictionary<string, bool[]> _blackout;
    private Func<Cadre, Post, bool>? _home;

    /// <summary>Per cadre, every post their own rules let them hold; their career runs over those of them open to them.</summary>
    private readonly Post[][] _admissible;
    private readonly RelaxedCareer[] _careers;
    private readonly Post[][] _open;
    private readonly int[][] _avoided;
    private readonly bool[][] _away;
    private readonly Presence[] _presence;
    private readonly Prices _prices;
    private readonly RelaxedCareer.Workspace _work = new();
    private readonly SharedLimits _shared;
    private readonly CourseChoice _courses;
    private readonly double _unit;
    private readonly Random _random;
    /// <summary>Per cadre and candidate of their career: its post's number, and what a month there costs beyond the prices (outside their home).</summary>
    private readonly int[][] _candidatePost;
    private readonly double[][] _surcharge;

    /// <summary>Per post, whether the current rows leave it a free seat for a whole stint (see <see cref="Room"/>).</summary>
    private readonly bool[] _roomy;

    /// <summary>
    /// Per post, whether it is critical and the current rows leave it short of cover in some month: every career looks at
    /// it. A gap of a few months between two holders leaves no room for a whole stint, so no draw would offer it, and only
    /// its own office's cadres could close it.
    /// </summary>
    private readonly bool[] _short;
    private readonly int[] _active, _officeStamp;
    private int _stamp;
    private int? _draw;
    private readonly HashSet<int> _stranded = [];
    private List<(int Cadre, int Post, int Month)> _unprepared = [];

    private readonly int[][] _rows;
    private readonly int[] _holders, _available, _departures, _moves;
    private readonly double[] _holdHistory, _coverHistory, _departureHistory, _moveHistory, _avoidHistory;
    private readonly Dictionary<int, double>[] _personal;
    private readonly List<(int Cell, double Price)> _undo = [];
    private double _present = 1;
    private long _closest = long.MaxValue;

    /// <param name="home">A cadre's own posts, beyond their own rules; all by default. Other posts are closed to them until
    /// <see cref="Open"/> opens some.</param>
    /// <param name="threads">Threads that build the cadres' careers (seconds on thousands of cadres); the rounds take one.</param>
    /// <param name="budget">Candidate posts a round may look at before careers see draws (<see cref="Budget"/> by default).</param>
    public Negotiation(PartJudge judge, SharedLimits shared, int seed, Func<Cadre, Post, bool>? home = null, int threads = 1,
        long budget = Budget)
    {
        _budget = budget;
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) };
        _home = home;
        _judge = judge;
        _part = judge.Part;
        _shared = shared;
        _random = new Random(seed);
        _months = _part.Horizon.Months;
        _posts = [.. _part.Posts];
        _prices = new Prices(_part);
        _officeOf = [.. _posts.Select(p => _prices.OfficeNumber(p.Office))];
        _postsOfOffice = [.. Enumerable.Range(0, _part.Offices.Length).Select(o => Enumerable.Range(0, _posts.Length).Where(p => _officeOf[p] == o).ToArray())];
        _cadres = [.. _part.Cadres];
        _starting = [.. _cadres.Select(c => c.IsJoiner || c.Post is null ? -1 : _prices.PostNumber(c.Post))];
        var facts = ScenarioFacts.Of(_part);
        _index = facts.Index;
        _blackout = facts.Blackout;
        _presence = facts.Presence;
        _admissible = new Post[_cadres.Length][];
        Parallel.For(0, _cadres.Length, _parallel, i => _admissible[i] = [.. Candidates.PostsFor(_part, _cadres[i], _presence[i])]);
        _careers = new RelaxedCareer[_cadres.Length];
        _open = [.. _cadres.Select(_ => Array.Empty<Post>())];
        _candidatePost = new int[_cadres.Length][];
        _surcharge = new double[_cadres.Length][];
        _roomy = new bool[_posts.Length];
        _short = new bool[_posts.Length];
        _active = new int[_posts.Length];
        _officeStamp = new int[_part.Offices.Length];
        _number = facts.CadreNumber;
        _monthOf = facts.MonthOf;
        var avoided = _cadres.Select(_ => new HashSet<int>()).ToArray();
        for (var i = 0; i < _cadres.Length; i++)
            foreach (var other in _cadres[i].Avoid)
                if (_number.TryGetValue(other, out var j))
                {
                    avoided[i].Add(j);
                    avoided[j].Add(i);
                }
        _avoided = [.. avoided.Select(a => a.Order().ToArray())];
        _away = facts.Away;
        _courses = new CourseChoice(_part, shared);
        var w = _part.Policy.Weights;
        // A broken rule must cost more than anything a career can gain: a month's vacancy, or a whole career's terms.
        _unit = 2.0 * Math.Abs(w.Vacancy) + _months * (Math.Abs(w.Preference) * 10 + Math.Abs(w.Change)) + 100 * (Math.Abs(w.Move)
            + Math.Abs(w.ExcessMoves) + Math.Abs(w.CrossOffice)) + 1;
        Reopen((cadre, _) => p => home?.Invoke(cadre, p) != false);

        var cells = _posts.Length * _months;
        var officeMonths = _part.Offices.Length * _months;
        _rows = [.. _cadres.Select(_ => Enumerable.Repeat(-1, _months).ToArray())];
        (_holders, _available, _departures, _moves) = (new int[cells], new int[cells], new int[officeMonths], new int[_months]);
        (_holdHistory, _coverHistory) = (new double[cells], new double[cells]);
        (_departureHistory, _avoidHistory, _moveHistory) = (new double[officeMonths], new double[officeMonths], new double[_months]);
        _personal = [.. _cadres.Select(_ => new Dictionary<int, double>())];
    }

    /// <summary>
    /// The rows that broke the fewest shared rules so far (courses and the checker's other rules not judged): when no plan
    /// comes, a hint for a search that can repair them.
    /// </summary>
    public Roster? Closest { get; private set; }

    /// <summary>The courses of <see cref="Closest"/>: as many of its stints as the seats prepare.</summary>
    public List<Training> ClosestTrainings { get; private set; } = [];

    /// <summary>Rounds made so far.</summary>
    public int Rounds { get; private set; }

    /// <summary>
    /// A plan from <paramref name="start"/> (a post per cadre and month, such as the stay-put plan) that the judge holds,
    /// with its courses and verdict; null when <paramref name="stop"/> says so (it is asked before each cadre's route: a
    /// round of thousands of cadres takes seconds), or <paramref name="rounds"/> pass first, or <paramref name="patience"/>
    /// rounds pass without fewer broken rows. <see cref="Open"/> and <see cref="Continue"/> may then go on from there.
    /// </summary>
    public Constructed? Build(IReadOnlyDictionary<string, string?[]> start, Func<bool> stop, int patience = Patience, int rounds = MaxRounds)
    {
        Load(start);
        return Continue(stop, patience, rounds);
    }

    /// <summary>
    /// Whether the last <see cref="Continue"/> ended on a cadre with no career among every post they may hold, or on a
    /// fault that names nobody: more rounds cannot help.
    /// </summary>
    public bool Hopeless { get; private set; }

    /// <summary>The negotiation on from its rows and prices so far, for at most <paramref name="rounds"/> more rounds; as <see cref="Build"/>.</summary>
    public Constructed? Continue(Func<bool> stop, int patience = Patience, int rounds = MaxRounds)
    {
        var order = Enumerable.Range(0, _cadres.Length).ToArray();
        Hopeless = false;
        var (least, leastRound, last) = (long.MaxValue, Rounds, Rounds + rounds);
        while (Rounds < last && Rounds - leastRound < patience && !stop())
        {
            Rounds++;
            _random.Shuffle(order);
            _stranded.Clear();
            if (!RouteAll(order, stop, _stranded)) return null;
            // Someone with no career among their open posts counts as a broken rule until more are opened to them.
            if (_stranded.Any(c => _open[c].Length == _admissible[c].Length))
            {
                Hopeless = true;
                return null;
            }
            // Seats are shared like posts: whoever holds one that an unprepared stint needed is priced off their stint too,
            // so that of the two the one with somewhere else to go gives way. Every round, so that seats and posts settle together.
            var rows = Rows();
            var (trainings, unprepared, crowding) = _courses.For(_cadres, rows, _prices.PostNumber);
            foreach (var (cadre, post, month) in unprepared.Concat(crowding)) Unprepared(cadre, post, month);
            _unprepared = unprepared;
            var over = Overuse() + _stranded.Count + unprepared.Count;
            if (over < least) (least, leastRound) = (over, Rounds);
            if (over < _closest)
            {
                _closest = over;
                (Closest, ClosestTrainings) = (rows, trainings);
            }
            if (over > 0)
            {
                _present = Math.Min(_present * PresentGrowth, PresentCap);
                continue;
            }
            var (plan, mendable) = Judged(rows, trainings);
            if (plan is not null) return plan;
            if (!mendable)
            {
                Hopeless = true;
                return null;
            }
            _present = Math.Min(_present * PresentGrowth, PresentCap);
        }
        return null;
    }

    /// <summary>
    /// From a plan the judge holds, rounds of best responses within <paramref name="home"/> alone, where no shared row may
    /// be overused and the history of rows once overused is forgotten: cells that cadres fought over stay dear from the
    /// negotiation and leave posts vacant that one holder could fill. Where a round breaks a rule (a seat two new stints
    /// need, a row overused, a fault of the checker's), the cadres it names go back to their rows of the best plan until
    /// the judge holds the rest; the rounds end when one changes nothing. The best plan by objective.
    /// </summary>
    public Constructed Settle(Constructed plan, Func<Cadre, Post, bool> home, Func<bool> stop, int rounds)
    {
        // Rebuilding every career for the new home takes seconds on thousands of cadres: not after the limit.
        if (stop()) return plan;
        Rehome(home);
        Forget(PriceCap / _unit);
        foreach (var personal in _personal) personal.Clear();
        Load(plan.Rows);
        var best = plan;
        var order = Enumerable.Range(0, _cadres.Length).ToArray();
        for (var (round, lastGain) = (0, 0); round < rounds && round - lastGain <= SettlePatience && !stop(); round++)
        {
            var kept = _rows.Select(r => (int[])r.Clone()).ToArray();
            _random.Shuffle(order);
            var stranded = new HashSet<int>();
            if (!RouteAll(order, stop, stranded) || stranded.Count > 0) return best;
            var changed = Enumerable.Range(0, _cadres.Length).Where(c => !_rows[c].AsSpan().SequenceEqual(kept[c])).ToHashSet();
            if (changed.Count == 0) break;
            while (changed.Count > 0)
            {
                var rows = Rows();
                var (trainings, unprepared, crowding) = _courses.For(_cadres, rows, _prices.PostNumber);
                // A stint left without a seat is the change's that took the seat when the stint's cadre kept their row.
                var unseated = unprepared.Select(u => u.Cadre).Where(changed.Contains).ToList();
                if (unseated.Count == 0) unseated = [.. crowding.Select(u => u.Cadre).Where(changed.Contains)];
                var culprits = unseated.Concat(Overused(kept)).Where(changed.Contains).ToHashSet();
                if (culprits.Count == 0 && unprepared.Count == 0 && Overuse() == 0)
                {
                    if (_judge.Judge(rows, trainings) is { } verdict)
                    {
                        if (verdict.Objective < best.Verdict.Objective) (best, lastGain) = (new Constructed(rows, trainings, verdict), round);
                        break;
                    }
                    culprits = [.. _judge.Faults(rows, trainings).Select(v => v.Cadre is { } id && _number.TryGetValue(id, out var c) ? c : -1)
                        .Where(changed.Contains)];
                }
                // Whatever names nobody who changed is undone with every change of the round.
                if (culprits.Count == 0) culprits = changed;
                foreach (var c in culprits)
                {
                    Count(c, -1);
                    kept[c].CopyTo(_rows[c], 0);
                    Count(c, +1);
                    changed.Remove(c);
                }
            }
        }
        return best;
    }

    /// <summary>The cadres whose rows touch a shared rule the rows break, with their rows in <paramref name="before"/>: holders of an overused post, those who left a critical post short, movers in a month or office past its limit, avoiders who meet.</summary>
    private IEnumerable<int> Overused(int[][] before)
    {
        var cap = _part.Policy.MaxDeparturesPerOfficePerMonth;
        var left = _shared.MovesLeft;
        for (var c = 0; c < _cadres.Length; c++)
        {
            var row = _rows[c];
            var from = _starting[c];
            for (var t = 0; t < _months; t++)
            {
                var p = row[t];
                var was = before[c][t];
                var broken = (p >= 0 && _holders[p * _months + t] > _posts[p].Max)
                    || (was >= 0 && was != p && _posts[was].Critical && _available[was * _months + t] < _posts[was].Min)
                    || (p >= 0 && from >= 0 && from != p && ((cap is { } most && _departures[_officeOf[from] * _months + t] > most)
                        || (left is not null && _moves[t] > left[t])))
                    || (p >= 0 && _avoided[c].Any(o => _rows[o][t] >= 0 && _officeOf[_rows[o][t]] == _officeOf[p]));
                if (broken)
                {
                    yield return c;
                    break;
                }
                from = p;
            }
        }
    }

    private void Forget(double present)
    {
        foreach (var history in new[] { _holdHistory, _coverHistory, _departureHistory, _moveHistory, _avoidHistory }) Array.Clear(history);
        _present = present;
    }

    /// <summary>Every cadre's row replaced by theirs in <paramref name="rows"/>, where it has one, with the counts.</summary>
    private void Load(IReadOnlyDictionary<string, string?[]> rows)
    {
        for (var c = 0; c < _cadres.Length; c++)
            if (rows.TryGetValue(_cadres[c].Id, out var row))
            {
                Count(c, -1);
                Put(c, row);
                Count(c, +1);
            }
    }

    /// <summary>The cadre's row set to <paramref name="row"/>'s posts, by number; the counts are the caller's.</summary>
    private void Put(int c, string?[] row)
    {
        for (var t = 0; t < _months; t++) _rows[c][t] = row[t] is { } post ? _prices.PostNumber(post) : -1;
    }

    /// <summary>
    /// Opens to each cadre, beyond their home posts and those open already, the admissible posts <paramref name="admits"/> names, each at a
    /// surcharge of a broken rule a month: more than a career gains by it, so that only someone with nowhere else to go
    /// takes one. The rows stay; the history of overused rows is forgotten and the present cost starts again from
    /// <see cref="RestartPresent"/>: rows fought over while posts were closed would stay dear and be left vacant, which
    /// makes a far worse first plan.
    /// </summary>
    public void Open(Func<Cadre, Post, bool> admits)
    {
        Forget(RestartPresent);
        Reopen((cadre, already) => p => already.Contains(p) || _home?.Invoke(cadre, p) != false || admits(cadre, p));
    }

    /// <summary>Every cadre's careers over the admissible posts <paramref name="isOpen"/> (given the cadre and their open posts so far) names.</summary>
    private void Reopen(Func<Cadre, HashSet<Post>, Func<Post, bool>> isOpen)
    {
        Parallel.For(0, _cadres.Length, _parallel, c =>
        {
            var cadre = _cadres[c];
            Post[] open = [.. _admissible[c].Where(isOpen(cadre, [.. _open[c]]))];
            _candidatePost[c] = [.. open.Select(p => _prices.PostNumber(p.Id))];
            _surcharge[c] = [.. open.Select(p => _home?.Invoke(cadre, p) == false ? _unit : 0)];
            if (_careers[c] is not null && open.SequenceEqual(_open[c])) return;
            _open[c] = open;
            _careers[c] = new RelaxedCareer(_part, _index, cadre, open, _blackout, alike: false);
        });
        var candidates = _candidatePost.Sum(p => (long)p.Length);
        _draw = candidates > _budget ? (int)Math.Max(MinDraw, _budget / _cadres.Length) : null;
    }

    /// <summary>
    /// Per office and month of the current rows: how far they break the shared rules there (headcount, cover, departures,
    /// avoidance, a stint no course seat prepares, and a month for each month a stranded cadre stands there); per post, its free seat-months. Where to open
    /// posts next.
    /// </summary>
    public (Dictionary<string, int[]> Trouble, Dictionary<string, int> Free) Pressure()
    {
        var trouble = _part.Offices.ToDictionary(o => o.Id, _ => new int[_months]);
        int[] Of(Dictionary<string, int[]> counts, int office) => counts[_part.Offices[office].Id];
        foreach (var (_, _, office, month, amount) in Broken())
            if (office >= 0) Of(trouble, office)[month] += amount;
        var free = _posts.Select((post, p) => (post.Id, Seats: Enumerable.Range(0, _months).Sum(t => Math.Max(0, post.Max - _holders[p * _months + t]))))
            .ToDictionary(x => x.Id, x => x.Seats);
        // A stranded cadre's trouble is at home, where their open posts are, whatever rows they were left with.
        foreach (var c in _stranded)
            foreach (var office in _open[c].Select(p => _prices.OfficeNumber(p.Office)).Distinct())
                for (var t = 0; t < _months; t++)
                    if (t >= _presence[c].Join && t < _presence[c].Leave) Of(trouble, office)[t]++;
        foreach (var (_, post, month) in _unprepared) Of(trouble, _officeOf[post])[month]++;
        return (trouble, free);
    }

    /// <summary>Makes <paramref name="home"/> every cadre's own posts, closing the rest, and forgets the history as <see cref="Open"/> does.</summary>
    public void Rehome(Func<Cadre, Post, bool> home)
    {
        _home = home;
        Forget(RestartPresent);
        Reopen((cadre, _) => p => home(cadre, p));
    }

    /// <summary>
    /// The cadre's best career against everyone else's rows at the current prices; false when no career keeps their own
    /// rules. A career that comes back to a post too soon (H13, which the career program keeps only for the starting post)
    /// is priced off the months of its return and routed again.
    /// </summary>
    private bool Route(int c)
    {
        Count(c, -1);
        var career = _careers[c];
        for (var attempt = 0; attempt < MaxReturns; attempt++)
        {
            Price(c);
            var least = career.Least(_work, _prices, _surcharge[c], Active(c));
            Unprice();
            if (least >= RelaxedCareer.Barred / 2)
            {
                Count(c, +1);
                return false;
            }
            Put(c, career.Trace(_work));
            if (!FaultReturns(c)) break;
        }
        Count(c, +1);
        return true;
    }

    /// <summary>Routes the cadres in <paramref name="order"/>, but those locked in place; stranded ones go to <paramref name="stranded"/>. False when <paramref name="stop"/> says so.</summary>
    private bool RouteAll(int[] order, Func<bool> stop, HashSet<int> stranded)
    {
        Room();
        Reprice();
        foreach (var c in order)
        {
            if (stop()) return false;
            if ((!_cadres[c].Locked || _cadres[c].IsJoiner) && !Route(c)) stranded.Add(c);
        }
        return true;
    }

    /// <summary>
    /// The candidates of the cadre's career worth a look, null for all: every one when they are few; else their starting
    /// and published posts, the posts of the offices their row holds, critical posts short of cover, and a random draw of
    /// posts with room (<see cref="Room"/>) among the rest. A full post elsewhere would be fought over, and a fresh draw
    /// every round lets a cadre see all the room in time, while a career's program stays at tens of posts instead of hundreds.
    /// </summary>
    private int[]? Active(int c)
    {
        var posts = _candidatePost[c];
        if (_draw is not { } draw || posts.Length <= draw * 2) return null;
        _stamp++;
        if (_starting[c] >= 0) _officeStamp[_officeOf[_starting[c]]] = _stamp;
        foreach (var p in _rows[c])
            if (p >= 0) _officeStamp[_officeOf[p]] = _stamp;
        var (count, roomy) = (0, 0);
        var own = _careers[c].Own;
        bool Always(int k) => own[k] || _officeStamp[_officeOf[posts[k]]] == _stamp || _short[posts[k]];
        for (var k = 0; k < posts.Length; k++)
            if (Always(k)) _active[count++] = k;
            else if (_roomy[posts[k]]) roomy++;
        for (var k = 0; k < posts.Length && roomy > 0; k++)
            if (!Always(k) && _roomy[posts[k]])
            {
                if (_random.Next(roomy) < draw)
                {
                    _active[count++] = k;
                    draw--;
                }
                roomy--;
            }
        var active = _active[..count];
        Array.Sort(active);
        return active;
    }

    /// <summary>
    /// Marks the posts where the current rows leave a seat free for a whole stint (for the post's minimum cycle, or up to the
    /// horizon's end), and the critical posts they leave short of cover.
    /// </summary>
    private void Room()
    {
        for (var p = 0; p < _posts.Length; p++)
        {
            var (need, run) = (_part.TenureOf(_posts[p]).Min, 0);
            _roomy[p] = false;
            _short[p] = false;
            for (var t = 0; t < _months && _posts[p].Critical && !_short[p]; t++) _short[p] = _available[p * _months + t] < _posts[p].Min;
            for (var t = 0; t < _months && !_roomy[p]; t++)
            {
                run = _holders[p * _months + t] < _posts[p].Max ? run + 1 : 0;
                _roomy[p] = run >= need || (run > 0 && t == _months - 1);
            }
        }
    }

    /// <summary>Prices the cadre off every month their row holds a post again within the no-return window; whether there was one.</summary>
    private bool FaultReturns(int c)
    {
        var window = _part.Policy.NoReturnMonths;
        var row = _rows[c];
        var before = _starting[c];
        var faulted = false;
        for (var t = 0; t < _months; t++)
        {
            if (before >= 0 && row[t] >= 0 && row[t] != before)
                for (var u = t + 1; u < Math.Min(_months, t + window); u++)
                    if (row[u] == before)
                    {
                        Fault(c, before, u);
                        faulted = true;
                    }
            before = row[t];
        }
        return faulted;
    }

    /// <summary>Every shared row's price from the counts, the history and the present cost: at each round's start.</summary>
    private void Reprice()
    {
        for (var cell = 0; cell < _holders.Length; cell++) PricePost(cell);
        for (var cell = 0; cell < _departures.Length; cell++) PriceDeparture(cell);
        for (var t = 0; t < _months; t++) PriceMove(t);
    }

    private void PricePost(int cell)
    {
        var post = _posts[cell / _months];
        var present = _present * _unit;
        _prices.Hold[cell] = Math.Min(PriceCap, _holdHistory[cell] + (_holders[cell] >= post.Max ? present * (_holders[cell] - post.Max + 1) : 0));
        _prices.Cover[cell] = _available[cell] >= post.Min ? 0
            : Math.Min(PriceCap, post.Critical ? _part.Policy.Weights.Vacancy + _coverHistory[cell] + present : _part.Policy.Weights.Vacancy);
        // An away holder of a critical post short of cover keeps out whoever could cover it.
        _prices.Away[cell] = post.Critical && _available[cell] < post.Min ? Math.Min(PriceCap, _coverHistory[cell] + present) : 0;
    }

    private void PriceDeparture(int cell) =>
        _prices.Departure[cell] = _part.Policy.MaxDeparturesPerOfficePerMonth is { } cap
            ? Math.Min(PriceCap, _departureHistory[cell] + (_departures[cell] >= cap ? _present * _unit * (_departures[cell] - cap + 1) : 0))
            : 0;

    private void PriceMove(int t) =>
        _prices.Move[t] = _shared.MovesLeft is { } left
            ? Math.Min(PriceCap, _moveHistory[t] + (_moves[t] >= left[t] ? _present * _unit * (_moves[t] - left[t] + 1) : 0))
            : 0;

    /// <summary>
    /// What the cadre alone pays on top of the shared prices, put into them until <see cref="Unprice"/>: the offices their
    /// avoided partners hold, the cells they were faulted for, and a slight pull towards the row they have.
    /// </summary>
    private void Price(int c)
    {
        var present = _present * _unit;
        foreach (var other in _avoided[c])
            for (var t = 0; t < _months; t++)
                if (_rows[other][t] is var q and >= 0)
                    foreach (var p in _postsOfOffice[_officeOf[q]])
                        Add(p * _months + t, _avoidHistory[_officeOf[q] * _months + t] + present);
        foreach (var (cell, price) in _personal[c]) Add(cell, price);
        // So that equal careers do not trade places every round.
        for (var t = 0; t < _months; t++)
            if (_rows[c][t] >= 0) Add(_rows[c][t] * _months + t, -Keep);
    }

    private void Add(int cell, double price)
    {
        _undo.Add((cell, _prices.Hold[cell]));
        _prices.Hold[cell] = Math.Min(PriceCap, _prices.Hold[cell] + price);
    }

    /// <summary>The shared prices as they were before <see cref="Price"/>.</summary>
    private void Unprice()
    {
        for (var i = _undo.Count - 1; i >= 0; i--) _prices.Hold[_undo[i].Cell] = _undo[i].Price;
        _undo.Clear();
    }

    /// <summary>Adds (or with -1 removes) a cadre's row to the counts of holders, available holders, departures and moves.</summary>
    private void Count(int c, int sign)
    {
        var row = _rows[c];
        var before = _starting[c];
        for (var t = 0; t < _months; t++)
        {
            var p = row[t];
            if (p >= 0)
            {
                _holders[p * _months + t] += sign;
                if (!_away[c][t]) _available[p * _months + t] += sign;
                PricePost(p * _months + t);
                if (before >= 0 && before != p)
                {
                    _departures[_officeOf[before] * _months + t] += sign;
                    _moves[t] += sign;
                    PriceDeparture(_officeOf[before] * _months + t);
                    PriceMove(t);
                }
            }
            before = p;
        }
    }

    /// <summary>
    /// How far the rows break the rules they share (headcount, critical cover, departures, moves, avoidance); each
    /// overused row adds to its history cost, in step with the present cost (up to a step) so that history keeps its weight.
    /// </summary>
    private long Overuse()
    {
        long total = 0;
        foreach (var (history, cell, _, _, amount) in Broken())
        {
            total += amount;
            history[cell] = Math.Min(PriceCap, history[cell] + _unit * Math.Min(_present, HistoryStep) * amount);
        }
        return total;
    }

    /// <summary>
    /// Every shared row the rows overuse: its history, its cell there, its office (-1 for the organisation's move limit),
    /// month, and by how much.
    /// </summary>
    private IEnumerable<(double[] History, int Cell, int Office, int Month, int Amount)> Broken()
    {
        for (var p = 0; p < _posts.Length; p++)
            for (var t = 0; t < _months; t++)
            {
                var cell = p * _months + t;
                if (_holders[cell] - _posts[p].Max is var over and > 0) yield return (_holdHistory, cell, _officeOf[p], t, over);
                if (_posts[p].Critical && _posts[p].Min - _available[cell] is var missing and > 0) yield return (_coverHistory, cell, _officeOf[p], t, missing);
            }
        if (_part.Policy.MaxDeparturesPerOfficePerMonth is { } cap)
            for (var cell = 0; cell < _departures.Length; cell++)
                if (_departures[cell] - cap is var over and > 0) yield return (_departureHistory, cell, cell / _months, cell % _months, over);
        if (_shared.MovesLeft is { } left)
            for (var t = 0; t < _months; t++)
                if (_moves[t] - left[t] is var over and > 0) yield return (_moveHistory, t, -1, t, over);
        for (var c = 0; c < _cadres.Length; c++)
            foreach (var other in _avoided[c])
                if (other > c)
                    for (var t = 0; t < _months; t++)
                        if (_rows[c][t] >= 0 && _rows[other][t] >= 0 && _officeOf[_rows[c][t]] == _officeOf[_rows[other][t]])
                            yield return (_avoidHistory, _officeOf[_rows[c][t]] * _months + t, _officeOf[_rows[c][t]], t, 1);
    }

    /// <summary>
    /// The rows with their courses, when the judge holds them; else each fault the checker names with a cadre, post and
    /// month prices that cadre off that post and month, and the next round goes on. A
    /// fault that names nobody is not the rows' to mend: then the construction cannot go on.
    /// </summary>
    private (Constructed? Plan, bool Mendable) Judged(Roster rows, List<Training> trainings)
    {
        if (_judge.Judge(rows, trainings) is { } verdict) return (new Constructed(rows, trainings, verdict), true);
        var faulted = false;
        foreach (var v in _judge.Faults(rows, trainings))
            if (v.Cadre is { } id && _number.TryGetValue(id, out var c) && v.Month is { } label && _monthOf.TryGetValue(label, out var t))
            {
                var post = v.Post is { } named ? _prices.PostNumber(named) : _rows[c][t];
                if (post < 0) continue;
                Fault(c, post, t);
                faulted = true;
            }
        return (null, faulted);
    }

    private Roster Rows()
    {
        var rows = new Dictionary<string, string?[]>(_cadres.Length);
        for (var c = 0; c < _cadres.Length; c++) rows[_cadres[c].Id] = [.. _rows[c].Select(p => p >= 0 ? _posts[p].Id : null)];
        return Roster.Of(_part, rows);
    }

    /// <summary>
    /// Prices the cadre off a stint in <paramref name="post"/> from <paramref name="month"/> that no course seat prepares,
    /// and off every post needing a competency it lacks for the same months: another post of the kind would want the
    /// same seat.
    /// </summary>
    private void Unprepared(int c, int post, int month)
    {
        var missing = _posts[post].Requires.Where(k => !_cadres[c].Competencies.Contains(k)).ToHashSet();
        var end = month + 1;
        while (end < _months && _rows[c][end] == post) end++;
        foreach (var q in _candidatePost[c])
            if (q == post || _posts[q].Requires.Any(missing.Contains))
                for (var t = month; t < end; t++) Fault(c, q, t);
    }

    private void Fault(int c, int post, int month)
    {
        var cell = post * _months + month;
        _personal[c][cell] = Math.Min(PriceCap, _personal[c].GetValueOrDefault(cell) + _unit * _present);
    }
}

/// <summary>A constructed plan the judge holds: posts by cadre and month, courses and verdict.</summary>
internal sealed record Constructed(Roster Rows, List<Training> Trainings, Verdict Verdict);
