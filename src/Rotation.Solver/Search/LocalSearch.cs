using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Bounds;
using Rotation.Solver.Model;
using Rotation.Solver.Objective;

namespace Rotation.Solver.Search;

/// <summary>
/// Improves a part's plan by the changes a planner would try by hand, each kept only when <see cref="PartJudge"/> finds
/// that the whole part still keeps every rule and costs less: fill a vacant post (in a chain, after a course, or in place
/// of a later arrival, or by a chain of best responses), trade posts before someone's forced move (followed by a chain
/// when the trade leaves a post short), move a holder who will be away out beforehand, send someone to an office new to
/// them or to a post they like better (alone, or trading posts with a holder there), and drop a course nobody needs.
/// Necessary conditions that cost nothing to test (grade, presence, availability, blackout, minimum tenure, a free
/// place, the departure limit, a reachable competency) skip changes that cannot hold before the checker is asked. First
/// improvement; sweeps repeat until one finds nothing or time is up.
/// </summary>
internal sealed class LocalSearch
{
    /// <summary>How many months after a vacancy opens a replacement may still arrive.</summary>
    private const int FillWindow = 12;

    /// <summary>How many of a cadre's last months are tried for a move to a new office, beside the months they move anyway.</summary>
    private const int LateWindow = 12;

    /// <summary>How many further posts a chain of fills may reach: each next cadre fills the post the one before left short.</summary>
    private const int ChainDepth = 2;

    /// <summary>How many further posts a chain of best responses may reach.</summary>
    private const int ResponseDepth = 3;

    /// <summary>
    /// How many further posts the chain after a trade or a reroute may reach. Shorter than a vacancy's own chain: these
    /// are tried far more often, and most find nothing (the 600 case's clusters at 10 s each: -9,055 with one, -8,765
    /// with two, -8,684 with none).
    /// </summary>
    private const int RepairDepth = 1;

    /// <summary>
    /// Descents in random orders that <see cref="Run"/> makes, each from the best plan after a <see cref="Kick"/>, after the
    /// two from the start. A caller of <see cref="Step"/> decides for itself when to stop.
    /// </summary>
    private const int ShuffledDescents = 60;

    /// <summary>Cadres a kick moves.</summary>
    private const int KickedCadres = 2;

    private readonly Scenario _part;
    private PartJudge _judge;
    private readonly Func<bool> _timeUp;
    private readonly Dictionary<string, Post> _posts;
    private readonly Dictionary<string, Office> _offices;
    private readonly Dictionary<string, Presence> _presence;
    private readonly Dictionary<string, Cadre> _byId;

    /// <summary>Per cadre and month, whether they are unavailable (looked up in the hottest loops).</summary>
    private readonly Dictionary<string, bool[]> _away;

    private readonly string[] _labels;
    private readonly Dictionary<string, int> _monthOf;
    private readonly Dictionary<string, Course> _courses;
    /// <summary>Per competency, the months of the shortest course that grants it: the earliest month it can be held by.</summary>
    private readonly Dictionary<string, int> _soonestGranted;
    private readonly Dictionary<(string Cadre, string Course), int[]> _sessions = [];
    private Dictionary<string, string?[]> _rows;
    private List<Training> _trainings;
    private readonly Random _random;
    /// <summary>The plan the search began from, and the best one so far.</summary>
    private readonly (Dictionary<string, string?[]> Rows, List<Training> Trainings, Verdict Verdict) _start;
    private (Dictionary<string, string?[]> Rows, List<Training> Trainings, Verdict Verdict) _best;
    private List<Cadre> _order;
    /// <summary>Each cadre of <see cref="_order"/>'s place among the part's cadres.</summary>
    private int[] _orderPlace;
    /// <summary>The plan in hand's rows in the order of the part's cadres, for loops that would otherwise look each one up.</summary>
    private (Dictionary<string, string?[]>? Rows, string?[][] Aligned) _aligned;
    private readonly BestResponse _respond;
    private readonly DraftFloor _floor;
    private readonly VacancyRoom _room;
    /// <summary>The vacancy-months every plan of the part has (<see cref="VacancyBound"/>).</summary>
    private readonly long _leastVacancy;
    /// <summary>The plan whose own terms were last summed, and the sum.</summary>
    private (Dictionary<string, string?[]>? Rows, long Own) _ownOfPlan;
    /// <summary>Two rows' worth of scratch for a trade's checks (<see cref="FilledInto"/>).</summary>
    private readonly string?[][] _spare;
    /// <summary>The counts of the plan in hand, and of the last other plan asked about.</summary>
    private readonly Occupancy _current, _other;

    public LocalSearch(PartJudge judge, IReadOnlyDictionary<string, string?[]> rows, IReadOnlyList<Training> trainings, Verdict verdict,
        Func<bool> timeUp, int seed = 0)
    {
        _random = new Random(seed);
        _order = [.. judge.Part.Cadres];
        _orderPlace = [.. Enumerable.Range(0, _order.Count)];
        _part = judge.Part;
        _judge = judge;
        _timeUp = timeUp;
        _posts = _part.Posts.ToDictionary(p => p.Id);
        _offices = _part.Offices.ToDictionary(o => o.Id);
        _presence = _part.Cadres.ToDictionary(c => c.Id, c => Presence.Of(_part, c));
        _byId = _part.Cadres.ToDictionary(c => c.Id);
        _away = _part.Cadres.ToDictionary(c => c.Id, c => Presence.Away(_part, c));
        _labels = [.. _part.Horizon.Labels()];
        _monthOf = _labels.Select((label, t) => (label, t)).ToDictionary(x => x.label, x => x.t);
        _courses = _part.Courses.ToDictionary(c => c.Id);
        _soonestGranted = _part.Courses.GroupBy(c => c.Grants).ToDictionary(g => g.Key, g => g.Min(c => c.Months));
        _rows = rows.ToDictionary(r => r.Key, r => r.Value);
        _trainings = [.. trainings];
        Verdict = verdict;
        _best = _start = (_rows, _trainings, verdict);
        _respond = new BestResponse(_part);
        _floor = new DraftFloor(_part);
        _room = new VacancyRoom(_part);
        _spare = [new string?[_part.Horizon.Months], new string?[_part.Horizon.Months]];
        (_current, _other) = (new Occupancy(_part, _away, _presence), new Occupancy(_part, _away, _presence));
        _leastVacancy = VacancyBound.Of(new ScenarioIndex(_part),
            [.. _part.Cadres.Select(c => Candidates.PostsFor(_part, c, Presence.Of(_part, c)))]);
    }

    public IReadOnlyDictionary<string, string?[]> Rows => _rows;
    public IReadOnlyList<Training> Trainings => _trainings;
    public Verdict Verdict { get; private set; }

    /// <summary>
    /// Two descents from the start, trades first (they remove forced moves, which fills would otherwise build chains
    /// around), then fills first; then, while time is left, up to <see cref="ShuffledDescents"/> more from the best plan so
    /// far after a kick, over the cadres in seeded random orders. Whichever ends lowest is kept. A kicked descent starts
    /// near a local optimum, so it costs a fraction of one from the start (the 600 case's clusters at 10 s each: -9,281
    /// against -9,055 with twelve restarts from the start).
    /// </summary>
    public void Run()
    {
        while (Descents < 2 + ShuffledDescents && (Descents == 0 || !_timeUp())) Step();
    }

    /// <summary>Descents made so far (<see cref="Step"/>).</summary>
    public int Descents { get; private set; }

    /// <summary>
    /// The next descent of <see cref="Run"/>, for a caller that shares time between searches; afterwards the plan in
    /// hand is the best so far.
    /// </summary>
    public void Step()
    {
        (_rows, _trainings, Verdict) = Descents < 2 ? _start : _best;
        if (Descents >= 2)
        {
            _orderPlace = [.. Enumerable.Range(0, _part.Cadres.Length).OrderBy(_ => _random.Next())];
            _order = [.. _orderPlace.Select(i => _part.Cadres[i])];
            Kick(_random);
        }
        Descend(tradesFirst: Descents % 2 == 0);
        if (Verdict.Objective < _best.Verdict.Objective) _best = (_rows, _trainings, Verdict);
        Descents++;
        (_rows, _trainings, Verdict) = _best;
    }

    /// <summary>
    /// The judge of every change; a caller may renew it when the limits the part shares with others have moved, and then
    /// the best plan so far must still keep them.
    /// </summary>
    public PartJudge Judge
    {
        get => _judge;
        set => _judge = ReferenceEquals(value.Part, _part) ? value : throw new ArgumentException("A judge of another part.", nameof(value));
    }

    /// <summary>
    /// <see cref="KickedCadres"/> cadres picked at random move, kept whenever the checker holds the plan, even when it
    /// costs more: a way out of a local optimum that the next descent may turn into a better one. The first is one whose
    /// own terms cost more than their best career alone, who takes their best response with the posts they hold counting
    /// for nothing; the others are barred from one of their stints and take their best response without it. Kicks of the
    /// first kind alone stalled once every such cadre's response failed the checker (the 600 case's clusters at 11 s each,
    /// seeds 0 and 1: -9,019 and -9,118; one of each kind: -9,508 and -9,473; the second kind only: -9,301 with seed 0).
    /// </summary>
    internal void Kick(Random random)
    {
        var kicked = 0;
        foreach (var (kick, upTo) in new (Func<Cadre, Draft?> Kick, int UpTo)[] { (Rerouted, 1), (cadre => Displaced(cadre, random), KickedCadres) })
            foreach (var cadre in _part.Cadres.OrderBy(_ => random.Next()))
            {
                if (_timeUp()) return;
                if (kicked >= upTo) break;
                if (kick(cadre) is not { } draft || _judge.Judge(draft.Rows, draft.Trainings) is not { } verdict) continue;
                (_rows, _trainings, Verdict) = (draft.Rows, draft.Trainings, verdict);
                kicked++;
            }
    }

    /// <summary>The plan with the cadre on the given row and the courses it needs; null when no courses fit.</summary>
    private Draft? WithRow(Cadre cadre, string?[] row)
    {
        var rows = new Dictionary<string, string?[]>(_rows) { [cadre.Id] = row };
        return CoursesFor(cadre, row, _trainings) is { } trainings ? new Draft(rows, trainings) : null;
    }

    /// <summary>The plan with the cadre on their best response barred from one stint of theirs, picked at random.</summary>
    private Draft? Displaced(Cadre cadre, Random random)
    {
        var current = _rows[cadre.Id];
        var months = Enumerable.Range(0, current.Length).Where(t => current[t] is not null).ToList();
        if (cadre.Locked || months.Count == 0) return null;
        var t = months[random.Next(months.Count)];
        var (from, to) = (t, t);
        while (from > 0 && current[from - 1] == current[t]) from--;
        while (to < current.Length && current[to] == current[t]) to++;
        return _respond.Of(cadre, _rows, ignored: current.OfType<string>().ToHashSet(), barred: (current[t]!, from, to)) is { } row
            ? WithRow(cadre, row) : null;
    }

    private void Descend(bool tradesFirst)
    {
        var improved = true;
        while (improved && !_timeUp())
        {
            improved = tradesFirst && TradeBeforeMoves();
            if (_part.Policy.Weights.Vacancy > 0) improved |= FillVacancies() || FillByResponses();
            if (!tradesFirst) improved |= TradeBeforeMoves();
            improved |= Relocate();
            improved |= DropCourses();
            if (!improved) improved = Reroute();
        }
    }

    /// <summary>
    /// Each cadre whose own terms cost more than their best career would alone takes their best response to the others'
    /// plan, in which the posts they hold now count for nothing; a response chain then fills the first post that leaves short.
    /// Every cadre is tried in one pass, not only up to the first who improves: the passes before it cost as much again.
    /// </summary>
    internal bool Reroute()
    {
        var improved = false;
        foreach (var cadre in _order)
        {
            if (_timeUp()) break;
            if (Rerouted(cadre) is { } draft && (Accept(draft.Rows, draft.Trainings) || Repair(draft, [cadre.Id]))) improved = true;
        }
        return improved;
    }

    /// <summary>
    /// The plan with the cadre on their best response, the posts they hold counting for nothing, and the courses it
    /// needs; null when the cadre is locked, already costs no more than their best career alone, or has no other answer.
    /// </summary>
    private Draft? Rerouted(Cadre cadre)
    {
        var current = _rows[cadre.Id];
        if (cadre.Locked || _floor.Own(cadre.Id, current) <= _respond.Alone(cadre)
            || _respond.Of(cadre, _rows, ignored: current.OfType<string>().ToHashSet()) is not { } row
            || row.AsSpan().SequenceEqual(current)) return null;
        return WithRow(cadre, row);
    }

    /// <summary>For each run of months a post is short, the earliest month someone can take it, for as long as they can.</summary>
    private bool FillVacancies()
    {
        var improved = false;
        foreach (var (post, opens, closes) in Vacancies(_rows))
        {
            if (_timeUp()) break;
            for (var s = opens; s < Math.Min(closes, opens + FillWindow); s++)
                if (Fill(new Draft(_rows, _trainings), post, s, closes, ChainDepth))
                {
                    improved = true;
                    break;
                }
        }
        return improved;
    }

    /// <summary>
    /// Someone takes the post at month s: until their own stint would have ended, for good, or while the post is short;
    /// or for good in place of whoever arrives when the shortage ends, who then stays where they were. A change that
    /// keeps the rules yet leaves the cadre's own post short is followed by filling that post in turn.
    /// </summary>
    private bool Fill(Draft draft, Post post, int s, int closes, int depth)
    {
        var (arrival, undone) = WithoutArrival(draft.Rows, post, closes);
        foreach (var cadre in _order)
        {
            if (_timeUp()) return false;
            var row = draft.Rows[cadre.Id];
            if (row[s] == post.Id || !MayStart(draft.Rows, cadre, post, s)) continue;
            var stintEnd = s;
            while (stintEnd < row.Length && row[stintEnd] == row[s]) stintEnd++;
            var leave = _presence[cadre.Id].Leave;
            var tries = new[] { stintEnd, leave, Math.Min(closes, leave) }.Where(e => e > s).Distinct().Select(e => (Rows: draft.Rows, End: e));
            if (undone is not null && arrival != cadre.Id) tries = tries.Append((undone, leave));
            foreach (var (before, end) in tries)
            {
                if (!Admits(before, cadre, post, s, end)) continue;
                var rows = new Dictionary<string, string?[]>(before) { [cadre.Id] = Filled(row, post.Id, s, end) };
                foreach (var trainings in CoursesFor(cadre, post, s, draft.Trainings))
                {
                    var vacated = depth > 0 && row[s] is { } left && _posts[left] is { Critical: false, Min: > 0 } opened ? opened : null;
                    var mayImprove = MayImprove(rows, trainings);
                    if ((!mayImprove && vacated is null) || _judge.Judge(rows, trainings) is not { } verdict) continue;
                    if (mayImprove && Improves(rows, trainings, verdict)) return true;
                    if (vacated is not null && Fill(new Draft(rows, trainings), vacated, s, end, depth - 1)) return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// Each vacancy, taken by someone's best whole career (<see cref="BestResponse"/>) in which the posts they hold now
    /// count for nothing; then the first post their move leaves short is taken the same way by someone else, up to
    /// <see cref="ResponseDepth"/> more links. Kept at the first link after which the checker holds the plan and it costs less.
    /// A post short because its holder is away is first vacated: the holder's best career that leaves it before then.
    /// </summary>
    private bool FillByResponses()
    {
        var vacancies = Vacancies(_rows);
        var known = ShortMonths(vacancies);
        foreach (var (post, opens, closes) in vacancies)
        {
            if (_timeUp()) break;
            if (Chain(new Draft(_rows, _trainings), post, opens, closes, ResponseDepth, [], known)) return true;
            foreach (var away in _order.Where(c => !c.Locked && _rows[c.Id][opens] == post.Id))
            {
                if (_respond.Of(away, _rows, ignored: new HashSet<string> { post.Id }, barred: (post.Id, opens, closes)) is not { } row) continue;
                var rows = new Dictionary<string, string?[]>(_rows) { [away.Id] = row };
                if (CoursesFor(away, row, _trainings) is not { } trainings) continue;
                var hole = Vacancies(rows).FirstOrDefault(v => v.Post == post && v.Opens <= opens && opens < v.Closes);
                if (hole.Post is not null && Chain(new Draft(rows, trainings), post, hole.Opens, hole.Closes, ResponseDepth - 1, [away.Id], known))
                    return true;
            }
        }
        return false;
    }

    /// <param name="known">The months each post was short before the chain began: only what the chain opens is its to fill.</param>
    private bool Chain(Draft draft, Post post, int opens, int closes, int depth, HashSet<string> moved, HashSet<(string, int)> known)
    {
        BestResponse.Field? field = null;
        VacancyRoom.Room? room = null;
        foreach (var cadre in _order)
        {
            if (_timeUp()) return false;
            if (cadre.Locked || moved.Contains(cadre.Id) || !MayStartWithin(draft.Rows, cadre, post, opens, closes)) continue;
            var current = draft.Rows[cadre.Id];
            field ??= _respond.Against(draft.Rows);
            // The last link is judged only with no more vacancy than the plan: a cadre who cannot close the excess is not priced.
            if (depth == 0 && !_room.MayClose(field, cadre, room ??= _room.Of(field, Verdict.Terms.Vacancy))) continue;
            if (_respond.Of(cadre, field, ignored: current[opens..closes].OfType<string>().ToHashSet()) is not { } row
                || !Enumerable.Range(opens, closes - opens).Any(t => row[t] == post.Id && current[t] != post.Id)) continue;
            var rows = new Dictionary<string, string?[]>(draft.Rows) { [cadre.Id] = row };
            if (CoursesFor(cadre, row, draft.Trainings) is not { } trainings) continue;
            var vacancies = Vacancies(rows);
            // With more vacancy-months than the plan has, a few careers' other terms cannot make up for it: not worth the checker.
            if (vacancies.Sum(v => v.Closes - v.Opens) <= Verdict.Terms.Vacancy
                && MayImprove(rows, trainings) && _judge.Judge(rows, trainings) is { } verdict && Improves(rows, trainings, verdict)) return true;
            if (depth == 0) continue;
            var hole = FirstNew(vacancies, known);
            if (hole.Post is not null && Chain(new Draft(rows, trainings), hole.Post, hole.Opens, hole.Closes, depth - 1, [.. moved, cadre.Id], known))
                return true;
        }
        return false;
    }

    private static HashSet<(string Post, int Month)> ShortMonths(List<(Post Post, int Opens, int Closes)> vacancies) =>
        [.. vacancies.SelectMany(v => Enumerable.Range(v.Opens, v.Closes - v.Opens).Select(t => (v.Post.Id, t)))];

    /// <summary>The first run of <paramref name="vacancies"/> with a month not in <paramref name="known"/>, or a default with no post.</summary>
    private static (Post Post, int Opens, int Closes) FirstNew(List<(Post Post, int Opens, int Closes)> vacancies, HashSet<(string, int)> known) =>
        vacancies.FirstOrDefault(v => Enumerable.Range(v.Opens, v.Closes - v.Opens).Any(t => !known.Contains((v.Post.Id, t))));

    /// <summary>
    /// The enrolments with which the cadre's row keeps H5: for each stint it starts (not the starting one), one more
    /// course where a competency is missing by then; null when some stint cannot get one.
    /// </summary>
    private List<Training>? CoursesFor(Cadre cadre, string?[] row, List<Training> trainings)
    {
        var (join, leave) = _presence[cadre.Id];
        for (var s = join; s < leave; s++)
        {
            var before = s == join ? (cadre.IsJoiner ? null : cadre.Post) : row[s - 1];
            if (row[s] is not { } post || post == before) continue;
            if (CoursesFor(cadre, _posts[post], s, trainings).FirstOrDefault() is not { } enough) return null;
            trainings = enough;
        }
        return trainings;
    }

    /// <summary>The cadre who arrives in the post at month t, and the plan in which they stay in their previous post instead.</summary>
    private (string? Cadre, Dictionary<string, string?[]>? Rows) WithoutArrival(Dictionary<string, string?[]> rows, Post post, int t)
    {
        if (t <= 0 || t >= _part.Horizon.Months) return (null, null);
        foreach (var (id, row) in rows)
        {
            if (row[t] != post.Id || row[t - 1] is not { } previous || previous == post.Id) continue;
            return (id, new Dictionary<string, string?[]>(rows) { [id] = StaysPut(row, t) });
        }
        return (null, null);
    }

    /// <summary>
    /// Each cadre, for the rest of their time, into a post of an office new to them (late, or when they move anyway), or
    /// into a post they like better than the one they hold (as early as they may). The first change that pays is kept.
    /// </summary>
    private bool Relocate()
    {
        var improved = false;
        foreach (var cadre in _order)
        {
            if (_timeUp()) break;
            if (cadre.Locked) continue;
            var (join, leave) = _presence[cadre.Id];
            var row = _rows[cadre.Id];
            var late = Math.Max(join, leave - LateWindow);
            var moving = MoveMonths(cadre)
                .Concat(Enumerable.Range(late, leave - late).Reverse()).Distinct().ToList();
            var known = KnownOffices(cadre);
            var visits = _part.Policy.Weights.CrossOffice > 0
                ? _part.Posts.Where(p => !known.Contains(p.Office)).Select(p => (Post: p, Months: (IEnumerable<int>)moving))
                : [];
            var liked = _part.Posts.Where(p => PreferenceTerm.Liking(cadre, p) > 0)
                .Select(p => (Post: p, Months: Enumerable.Range(join, leave - join).Where(t => row[t] is { } held
                    && PreferenceTerm.Liking(cadre, _posts[held]) < PreferenceTerm.Liking(cadre, p))));
            foreach (var (post, months) in visits.Concat(liked))
            {
                if (_timeUp()) break;
                if (months.Any(s => MayStart(_rows, cadre, post, s) && (Hold(cadre, post, s, leave) || Trade(cadre, post, s))))
                {
                    improved = true;
                    break;
                }
            }
        }
        return improved;
    }

    /// <summary>
    /// Two cadres who trade posts both start new stints: for someone whose stint must end, a trade in the months before
    /// that can take the place of the forced move and the vacancy it leaves. When the move leaves the post short, the
    /// trade may also undo later arrivals in the two posts (a trade for good leaves them no room).
    /// </summary>
    private bool TradeBeforeMoves()
    {
        var improved = false;
        foreach (var cadre in _order)
        {
            if (_timeUp()) break;
            if (cadre.Locked) continue;
            var (join, _) = _presence[cadre.Id];
            var moves = MoveMonths(cadre);
            var vacancies = moves.Count > 0 ? Vacancies(_rows) : [];
            foreach (var m in moves)
            {
                var displacing = Before(_rows, cadre, m) is { } left && vacancies.Any(v => v.Post.Id == left && v.Opens == m);
                for (var s = m; s >= Math.Max(join, m - FillWindow) && !_timeUp(); s--)
                {
                    var others = Aligned().Select(row => row[s]).OfType<string>().Distinct()
                        .Where(p => p != _rows[cadre.Id][s]).Select(p => _posts[p]);
                    // Posts held at a month are hundreds at thousands of cadres: the clock is asked before each trade.
                    if (others.Any(post => !_timeUp() && MayStart(_rows, cadre, post, s) && Trade(cadre, post, s, displacing)))
                    {
                        improved = true;
                        goto next;
                    }
                }
            }
        next:;
        }
        return improved;
    }

    /// <summary>The months in which the cadre moves in the current plan.</summary>
    private List<int> MoveMonths(Cadre cadre)
    {
        var (join, leave) = _presence[cadre.Id];
        var row = _rows[cadre.Id];
        return [.. Enumerable.Range(join, leave - join).Where(t => Before(_rows, cadre, t) is { } before && before != row[t])];
    }

    /// <summary>
    /// The cadre takes a holder's post from month s on, and the holder takes the cadre's. With <paramref name="displacing"/>,
    /// if someone arrives in either post later, also with those arrivals undone (they stay where they were), since a
    /// trade for good leaves no room for them.
    /// </summary>
    private bool Trade(Cadre cadre, Post post, int s, bool displacing = false)
    {
        if (_rows[cadre.Id][s] is not { } mine || !_posts.TryGetValue(mine, out var own)) return false;
        var aligned = Aligned();
        for (var k = 0; k < _order.Count; k++)
        {
            var other = _order[k];
            if (aligned[_orderPlace[k]][s] != post.Id || other.Id == cadre.Id || !MayStart(_rows, other, own, s)) continue;
            var undone = displacing ? WithoutArrivals(_rows, [post.Id, own.Id], s, cadre.Id, other.Id) : null;
            foreach (var before in undone is null ? [_rows] : new[] { _rows, undone })
            {
                // Both rows are first written into spare arrays: most trades fail the two checks, and then nothing is copied.
                var traded = FilledInto(_spare[0], _rows[other.Id], own.Id, s, _presence[other.Id].Leave);
                if (!Admits(before, cadre, post, s, _presence[cadre.Id].Leave, (other.Id, traded))) continue;
                var taken = FilledInto(_spare[1], _rows[cadre.Id], post.Id, s, _presence[cadre.Id].Leave);
                if (!Admits(before, other, own, s, _presence[other.Id].Leave, (other.Id, traded), (cadre.Id, taken))) continue;
                if (!displacing && ReferenceEquals(before, _rows) && !MayPay(other.Id, traded, cadre.Id, taken)) continue;
                var rows = new Dictionary<string, string?[]>(before) { [other.Id] = [.. traded], [cadre.Id] = [.. taken] };
                foreach (var first in CoursesFor(cadre, post, s, _trainings))
                    foreach (var both in CoursesFor(other, own, s, first))
                        if (Accept(rows, both) || (displacing && Repair(new Draft(rows, both), [cadre.Id, other.Id]))) return true;
            }
        }
        return false;
    }

    /// <summary>A response chain (<see cref="Chain"/>) into the first post the draft leaves short that the current plan does not.</summary>
    private bool Repair(Draft draft, HashSet<string> moved)
    {
        var known = ShortMonths(Vacancies(_rows));
        var hole = FirstNew(Vacancies(draft.Rows), known);
        return hole.Post is not null && Chain(draft, hole.Post, hole.Opens, hole.Closes, RepairDepth, moved, known);
    }

    /// <summary>
    /// The plan in which everyone but the two traders who moves into one of the posts after month s stays in the post
    /// they held before for that stint instead, or null when nobody does.
    /// </summary>
    private Dictionary<string, string?[]>? WithoutArrivals(Dictionary<string, string?[]> rows, string[] posts, int s, string first, string second)
    {
        Dictionary<string, string?[]>? undone = null;
        foreach (var (id, row) in rows)
        {
            if (id == first || id == second) continue;
            var changed = row;
            for (var t = s + 1; t < row.Length; t++)
            {
                if (changed[t] is { } arrived && posts.Contains(arrived) && changed[t - 1] is { } previous && previous != arrived)
                    changed = StaysPut(changed, t);
            }
            if (ReferenceEquals(changed, row)) continue;
            undone ??= new Dictionary<string, string?[]>(rows);
            undone[id] = changed;
        }
        return undone;
    }

    /// <summary>A course whose removal keeps every rule saves its cost.</summary>
    private bool DropCourses()
    {
        var improved = false;
        foreach (var training in _trainings.ToList())
        {
            if (_timeUp()) break;
            if (_trainings.Contains(training) && Accept(_rows, [.. _trainings.Where(t => t != training)])) improved = true;
        }
        return improved;
    }

    /// <summary>The cadre holds the post in months [from, to), after any course it needs.</summary>
    private bool Hold(Cadre cadre, Post post, int from, int to)
    {
        if (!Admits(_rows, cadre, post, from, to)) return false;
        var rows = new Dictionary<string, string?[]>(_rows) { [cadre.Id] = Filled(_rows[cadre.Id], post.Id, from, to) };
        foreach (var trainings in CoursesFor(cadre, post, from, _trainings))
            if (Accept(rows, trainings)) return true;
        return false;
    }

    private bool Accept(Dictionary<string, string?[]> rows, List<Training> trainings) =>
        MayImprove(rows, trainings) && _judge.Judge(rows, trainings) is { } verdict && Improves(rows, trainings, verdict);

    /// <summary>
    /// Whether the plan with two cadres' rows replaced could cost less than the plan in hand, counting every other term
    /// at its least: the plan's own terms with the two rows' changed, and the vacancy every plan of the part has. Checked
    /// before the draft is copied, which most trades would otherwise be.
    /// </summary>
    private bool MayPay(string first, string?[] firstRow, string second, string?[] secondRow)
    {
        if (!ReferenceEquals(_ownOfPlan.Rows, _rows)) _ownOfPlan = (_rows, _rows.Sum(r => _floor.Own(r.Key, r.Value)));
        var own = _ownOfPlan.Own - _floor.Own(first, _rows[first]) - _floor.Own(second, _rows[second])
            + _floor.OwnOfScratch(first, firstRow) + _floor.OwnOfScratch(second, secondRow);
        return own + _part.Policy.Weights.Vacancy * _leastVacancy < Verdict.Objective;
    }

    /// <summary>Whether the draft could cost less than the plan in hand; when not, the checker need not judge it.</summary>
    private bool MayImprove(Dictionary<string, string?[]> rows, List<Training> trainings) => _floor.Of(rows, trainings) < Verdict.Objective;

    /// <summary>Keeps the plan when it costs less than the best so far.</summary>
    private bool Improves(Dictionary<string, string?[]> rows, List<Training> trainings, Verdict verdict)
    {
        if (verdict.Objective >= Verdict.Objective) return false;
        (_rows, _trainings, Verdict) = (rows, trainings, verdict);
        return true;
    }

    /// <summary>
    /// The enrolments with which the cadre may start in the post at month s: as they are when every competency is held by
    /// then, else with one more course granting the one missing, in its last session or the one before that ends by s.
    /// </summary>
    private IEnumerable<List<Training>> CoursesFor(Cadre cadre, Post post, int s, List<Training> trainings)
    {
        string? missing = null;
        foreach (var competency in post.Requires)
        {
            if (Holds(cadre, competency, s, trainings)) continue;
            if (missing is not null) yield break;
            missing = competency;
        }
        if (missing is null)
        {
            yield return trainings;
            yield break;
        }
        foreach (var course in _part.Courses)
        {
            if (course.Grants != missing) continue;
            var tried = 0;
            foreach (var session in LatestSessionsFirst(cadre, course))
                if (session + course.Months <= s && tried++ < 2)
                    yield return [.. trainings, new Training(cadre.Id, course.Id, _labels[session])];
        }
    }

    /// <summary>The sessions of the course the cadre may attend, latest first; looked up for every stint a draft starts.</summary>
    private int[] LatestSessionsFirst(Cadre cadre, Course course) =>
        _sessions.TryGetValue((cadre.Id, course.Id), out var sessions) ? sessions
            : _sessions[(cadre.Id, course.Id)] = [.. Candidates.Sessions(_part, cadre, _presence[cadre.Id], course).OrderDescending()];

    private bool Holds(Cadre cadre, string competency, int s, List<Training> trainings)
    {
        if (cadre.Competencies.Contains(competency)) return true;
        foreach (var training in trainings)
            if (training.Cadre == cadre.Id && _courses.TryGetValue(training.Course, out var course) && course.Grants == competency
                && _monthOf.GetValueOrDefault(training.Start, -1) + course.Months <= s) return true;
        return false;
    }

    private bool MayStartWithin(Dictionary<string, string?[]> rows, Cadre cadre, Post post, int from, int to)
    {
        for (var s = from; s < to; s++)
            if (MayStart(rows, cadre, post, s)) return true;
        return false;
    }

    /// <summary>
    /// Necessary for the cadre to start a stint in the post at month s: present, not locked, the grade fits, available,
    /// no blackout in either office, the current stint has served its minimum, and the competency is within reach.
    /// </summary>
    private bool MayStart(Dictionary<string, string?[]> rows, Cadre cadre, Post post, int s)
    {
        var (join, leave) = _presence[cadre.Id];
        if (cadre.Locked || s < join || s >= leave) return false;
        // Staying on in the post held the month before starts no stint: only the move out, later, is judged.
        if (Before(rows, cadre, s) == post.Id) return true;
        if (!post.AdmitsGrade(cadre.Grade)) return false;
        var month = _part.Horizon.MonthAt(s);
        if (_away[cadre.Id][s] || _offices[post.Office].BlackoutMonthsOfYear.Contains(month.Month)) return false;
        var row = rows[cadre.Id];
        if (Before(rows, cadre, s) is { } current && _posts.TryGetValue(current, out var held))
        {
            if (_offices[held.Office].BlackoutMonthsOfYear.Contains(month.Month)) return false;
            var began = s;
            while (began > join && row[began - 1] == current) began--;
            var starting = began == join && !cadre.IsJoiner && current == cadre.Post;
            var served = s - began + (starting ? Presence.MonthsBefore(_part, cadre) : 0);
            if (current != post.Id && served < _part.TenureOf(held).Min) return false;
        }
        foreach (var competency in post.Requires)
            if (!cadre.Competencies.Contains(competency) && !(_soonestGranted.TryGetValue(competency, out var months) && months <= s)) return false;
        return true;
    }

    /// <summary>
    /// Necessary for the cadre to hold the post in months [from, to): a free place in each of them, a critical post they
    /// would leave still staffed, a stint that ends by a move long enough and none longer than the cycle allows, and room
    /// under the office's departure limit at the month they leave. The plan is <paramref name="rows"/> with up to two
    /// rows replaced, which are not copied into it: most changes tried fail here.
    /// </summary>
    private bool Admits(Dictionary<string, string?[]> rows, Cadre cadre, Post post, int from, int to,
        (string Id, string?[] Row)? first = null, (string Id, string?[] Row)? second = null)
    {
        var row = first?.Id == cadre.Id ? first.Value.Row : second?.Id == cadre.Id ? second.Value.Row : rows[cadre.Id];
        var tenure = _part.TenureOf(post);
        var (join, leave) = _presence[cadre.Id];
        // The stint the months join: with the months of the post held just before and just after them.
        var (begins, end) = (from, to);
        while (begins > join && row[begins - 1] == post.Id) begins--;
        while (end < leave && row[end] == post.Id) end++;
        var starting = begins == join && !cadre.IsJoiner && post.Id == cadre.Post;
        var length = end - begins + (starting ? Presence.MonthsBefore(_part, cadre) : 0);
        var endsByMove = end < leave;
        if (!cadre.Locked && (length > tenure.Max || (endsByMove && length < tenure.Min))) return false;
        var counts = Counts(rows);
        var counted = rows[cadre.Id];
        // Someone else's replaced row, and the row it replaces.
        var (a, wasA) = first is { } f && f.Id != cadre.Id ? (f, rows[f.Id]) : default;
        var (b, wasB) = second is { } g && g.Id != cadre.Id ? (g, rows[g.Id]) : default;
        var number = counts.Number(post.Id);
        (string? Id, Post? Critical) left = (null, null);
        for (var t = from; t < to; t++)
        {
            // Holders of the post, and available holders of a critical post the cadre would leave, besides the cadre.
            var holders = counts.Holders(number, t) - (counted[t] == post.Id ? 1 : 0)
                + Change(a.Row, wasA, t, post.Id) + Change(b.Row, wasB, t, post.Id);
            if (holders >= post.Max) return false;
            if (row[t] == post.Id || row[t] is null) continue;
            if (!ReferenceEquals(left.Id, row[t])) left = (row[t], _posts[row[t]!] is { Critical: true } critical ? critical : null);
            if (left.Critical is not { } held) continue;
            var staff = counts.Available(counts.Number(held.Id), t) - (counted[t] == held.Id && !_away[cadre.Id][t] ? 1 : 0)
                + (a.Row is null || _away[a.Id][t] ? 0 : Change(a.Row, wasA, t, held.Id))
                + (b.Row is null || _away[b.Id][t] ? 0 : Change(b.Row, wasB, t, held.Id));
            if (staff < held.Min) return false;
        }
        if (_part.Policy.MaxDeparturesPerOfficePerMonth is { } limit && counts.Before(cadre, row, from) is { } before && before != post.Id)
        {
            var office = _posts[before].Office;
            int Departs(string id, string?[] departing) => counts.DepartsFrom(_byId[id], departing, from) == office ? 1 : 0;
            var departures = counts.Departures(office, from) - Departs(cadre.Id, counted);
            if (a.Row is not null) departures += Departs(a.Id, a.Row) - Departs(a.Id, wasA!);
            if (b.Row is not null) departures += Departs(b.Id, b.Row) - Departs(b.Id, wasB!);
            if (departures >= limit) return false;
        }
        return true;
    }

    /// <summary>How replacing a row changes the post's holders at month t: none when nothing is replaced.</summary>
    private static int Change(string?[]? row, string?[]? was, int t, string post) =>
        row is null ? 0 : (row[t] == post ? 1 : 0) - (was![t] == post ? 1 : 0);

    /// <summary>post(c, s − 1) (<see cref="Occupancy.Before"/>).</summary>
    private string? Before(Dictionary<string, string?[]> rows, Cadre cadre, int s) => _current.Before(cadre, rows[cadre.Id], s);

    private HashSet<string> KnownOffices(Cadre cadre)
    {
        var known = cadre.PastOffices.ToHashSet();
        var row = _rows[cadre.Id];
        var first = cadre.IsJoiner ? row.FirstOrDefault(p => p is not null) : cadre.Post;
        if (first is not null) known.Add(_posts[first].Office);
        foreach (var p in row.OfType<string>()) known.Add(_posts[p].Office);
        return known;
    }

    /// <summary>Runs of months in which a non-critical post has fewer available holders than its minimum: post, first, end.</summary>
    private List<(Post Post, int Opens, int Closes)> Vacancies(Dictionary<string, string?[]> rows)
    {
        var months = _part.Horizon.Months;
        var counts = Counts(rows);
        var runs = new List<(Post, int, int)>();
        foreach (var post in _part.Posts.Where(p => !p.Critical && p.Min > 0))
            for (int t = 0, number = counts.Number(post.Id); t < months; t++)
            {
                if (counts.Available(number, t) >= post.Min) continue;
                var end = t;
                while (end < months && counts.Available(number, end) < post.Min) end++;
                runs.Add((post, t, end));
                t = end;
            }
        return runs;
    }

    private Occupancy Counts(Dictionary<string, string?[]> rows) => ReferenceEquals(rows, _rows) ? _current.Count(rows) : _other.Count(rows);

    private string?[][] Aligned()
    {
        if (!ReferenceEquals(_aligned.Rows, _rows)) _aligned = (_rows, [.. _part.Cadres.Select(c => _rows[c.Id])]);
        return _aligned.Aligned;
    }

    /// <summary>A plan under construction: posts by cadre and month, and course enrolments.</summary>
    private sealed record Draft(Dictionary<string, string?[]> Rows, List<Training> Trainings);

    /// <summary>The row in which the stint that starts at month t is spent in the post held at t − 1 instead.</summary>
    private static string?[] StaysPut(string?[] row, int t)
    {
        var end = t;
        while (end < row.Length && row[end] == row[t]) end++;
        return Filled(row, row[t - 1]!, t, end);
    }

    private static string?[] FilledInto(string?[] spare, string?[] row, string post, int from, int to)
    {
        row.CopyTo(spare, 0);
        for (var t = from; t < to; t++) spare[t] = post;
        return spare;
    }

    private static string?[] Filled(string?[] row, string post, int from, int to) =>
        FilledInto(new string?[row.Length], row, post, from, to);
}
