using System.Collections.Immutable;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Domain.Time;

namespace Rotation.Solver.Tests.Solving.BruteForce;

/// <summary>
/// A second, independent reading of SPEC §3–§4 by exhaustive search, sharing no code with the solver. First every row
/// and set of course enrolments of each cadre that keeps the rules about one cadre alone (H1, H2, H4–H8, H10, H12–H15),
/// scored by the terms that depend on that cadre alone; then every combination that keeps the rules between cadres (H3,
/// H9, session capacity, H11), scored with the vacancy term.
/// </summary>
internal sealed class Exhaustive
{
    public sealed record Enrolment(Course Course, int Start)
    {
        public int End => Start + Course.Months;
    }

    /// <summary>One cadre's row and enrolments with its own share of the §4 counts.</summary>
    public sealed record Option(string?[] Posts, ImmutableArray<Enrolment> Enrolments, bool[] MovesAt, string?[] DepartsFrom,
        long Moves, long Excess, long Cost, long Cross, long Preference, long Changes, long Score);

    public sealed record Optimum(long Objective, Terms Terms, IReadOnlyList<Option> Options);

    private readonly Scenario _s;
    private readonly int _months;
    private readonly Dictionary<string, Post> _posts;
    private readonly Dictionary<string, Office> _offices;
    private readonly Weights _w;

    private Exhaustive(Scenario scenario)
    {
        _s = scenario;
        _months = scenario.Horizon.Months;
        _posts = scenario.Posts.ToDictionary(p => p.Id);
        _offices = scenario.Offices.ToDictionary(o => o.Id);
        _w = scenario.Policy.Weights;
    }

    /// <summary>The best plan by §4, or null when no plan keeps every hard rule.</summary>
    public static Optimum? Solve(Scenario scenario) => new Exhaustive(scenario).Search();

    /// <summary>The optimum as a plan file, for the independent checker.</summary>
    public static Plan ToPlan(Scenario scenario, Optimum optimum)
    {
        var posts = new Dictionary<string, IReadOnlyList<string?>>();
        var trainings = ImmutableArray.CreateBuilder<Training>();
        for (var i = 0; i < scenario.Cadres.Length; i++)
        {
            var cadre = scenario.Cadres[i];
            posts[cadre.Id] = optimum.Options[i].Posts;
            foreach (var e in optimum.Options[i].Enrolments)
                trainings.Add(new Training(cadre.Id, e.Course.Id, scenario.Horizon.MonthAt(e.Start).ToString()));
        }
        return PlanAssembler.Assemble(scenario, new Decisions(posts, trainings.ToImmutable()), PlanStatus.Optimal, optimum.Terms,
            optimum.Objective, optimum.Objective, 0);
    }

    private int Join(Cadre c) => c.Joins is { } j ? _s.Horizon.IndexOf(j) : 0;
    private int Leave(Cadre c) => c.Leaves is { } l ? Math.Min(_s.Horizon.IndexOf(l), _months) : _months;
    private bool Unavailable(Cadre c, int t) => c.Unavailable.Any(r => r.Contains(_s.Horizon.MonthAt(t)));
    private string Office(string post) => _posts[post].Office;

    private Optimum? Search()
    {
        var options = _s.Cadres.Select(OptionsOf).ToList();
        if (options.Any(o => o.Count == 0)) return null;
        var state = new Combination(this);
        state.Search(options, 0);
        return state.Best;
    }

    // ---- one cadre -------------------------------------------------------------------------------------------------

    private List<Option> OptionsOf(Cadre c)
    {
        var join = Join(c);
        var leave = Leave(c);
        var sessions = _s.Courses
            .SelectMany(course => course.Sessions.Distinct().Select(m => new Enrolment(course, _s.Horizon.IndexOf(m))))
            .Where(e => e.Start >= 0 && e.Start < _months)
            .ToList();
        var all = new List<Option>();
        foreach (var row in Rows(join, leave))
        {
            var valid = new List<Option>();
            for (var mask = 0; mask < 1 << sessions.Count; mask++)
            {
                var chosen = sessions.Where((_, i) => (mask & (1 << i)) != 0).ToImmutableArray();
                if (Evaluate(c, row, chosen) is { } option) valid.Add(option);
            }
            // Of two options with this row, one whose enrolments are a strict subset of the other's at no greater cost
            // is never worse: fewer seats taken is all the other cadres can notice.
            all.AddRange(valid.Where(b => !valid.Any(a => a.Enrolments.Length < b.Enrolments.Length &&
                a.Enrolments.All(b.Enrolments.Contains) && a.Score <= b.Score)));
        }
        return all;
    }

    private IEnumerable<string?[]> Rows(int join, int leave)
    {
        var row = new string?[_months];
        IEnumerable<string?[]> Fill(int t)
        {
            if (t == _months)
            {
                yield return (string?[])row.Clone();
                yield break;
            }
            if (t < join || t >= leave)
            {
                row[t] = null;
                foreach (var r in Fill(t + 1)) yield return r;
                yield break;
            }
            foreach (var post in _s.Posts)
            {
                row[t] = post.Id;
                foreach (var r in Fill(t + 1)) yield return r;
            }
        }
        return Fill(0);
    }

    /// <summary>The option when the row and enrolments keep every rule about this cadre alone, else null.</summary>
    private Option? Evaluate(Cadre c, string?[] row, ImmutableArray<Enrolment> enrolments)
    {
        var join = Join(c);
        var leave = Leave(c);
        var policy = _s.Policy;
        string? Before(int t) => t == 0 ? (c.IsJoiner ? null : c.Post) : row[t - 1];
        var movesAt = new bool[_months];
        var departsFrom = new string?[_months];
        for (var t = 0; t < _months; t++)
            if (Before(t) is { } from && row[t] is { } to && from != to)
            {
                movesAt[t] = true;
                departsFrom[t] = Office(from);
            }

        // H10: a session of the course, inside the horizon, while present throughout; one course at a time.
        foreach (var e in enrolments)
            if (e.End > _months || e.Start < join || e.End > leave) return null;
        for (var i = 0; i < enrolments.Length; i++)
            for (var j = i + 1; j < enrolments.Length; j++)
                if (enrolments[i].Start < enrolments[j].End && enrolments[j].Start < enrolments[i].End) return null;
        // H7: no course in an unavailable month, no move in one, no joining in one.
        if (enrolments.Any(e => Enumerable.Range(e.Start, e.Course.Months).Any(t => Unavailable(c, t)))) return null;
        for (var t = 0; t < _months; t++)
            if (movesAt[t] && Unavailable(c, t)) return null;
        if (c.IsJoiner && join < _months && Unavailable(c, join)) return null;
        // H12
        if (c.Locked && movesAt.Any(m => m)) return null;
        // H8: neither the office left nor the office entered may be in a blackout month.
        for (var t = 0; t < _months; t++)
            if (movesAt[t])
            {
                var calendar = _s.Horizon.MonthAt(t).Month;
                if (_offices[Office(Before(t)!)].BlackoutMonthsOfYear.Contains(calendar) ||
                    _offices[Office(row[t]!)].BlackoutMonthsOfYear.Contains(calendar)) return null;
            }
        // H13
        if (policy.NoReturnMonths > 0)
            for (var t = 0; t < _months; t++)
                if (movesAt[t])
                    for (var u = t; u < Math.Min(_months, t + policy.NoReturnMonths); u++)
                        if (row[u] == Before(t)) return null;

        // Stints: the starting one (with its months before the horizon), then every run of one post.
        var prior = c.Since is { } since ? _s.Horizon.Start.MonthsSince(since) : 0;
        var stints = new List<(string Post, int Start, int End, bool Starting, bool EndsByMove)>();
        if (!c.IsJoiner && row[0] != c.Post) stints.Add((c.Post!, 0, 0, true, true));
        for (var t = 0; t < _months;)
        {
            if (row[t] is not { } post)
            {
                t++;
                continue;
            }
            var start = t;
            while (t < _months && row[t] == post) t++;
            stints.Add((post, start, t, start == 0 && !c.IsJoiner && post == c.Post, t < _months && row[t] is not null));
        }
        foreach (var (postId, start, end, starting, endsByMove) in stints)
        {
            var post = _posts[postId];
            if (!starting)
            {
                // H4, H5: a stint begun in the horizon needs the grade and each competency, held or trained by then.
                if (!post.AdmitsGrade(c.Grade)) return null;
                foreach (var need in post.Requires)
                    if (!c.Competencies.Contains(need) && !enrolments.Any(e => e.Course.Grants == need && e.End <= start)) return null;
            }
            if (c.Locked) continue;
            // H6
            var cycle = policy.Tenure.ByWorkNature.TryGetValue(post.WorkNature, out var own) ? own : policy.Tenure.Default;
            var length = end - start;
            var total = length + (starting ? prior : 0);
            if (!starting && endsByMove && length < cycle.Min) return null;
            if (total > cycle.Max && !(starting && length == 0)) return null;
            if (starting && endsByMove && total < cycle.Min) return null;
        }

        // H15: the pinned post in every pinned month present.
        for (var t = join; t < Math.Min(leave, _months); t++)
            if (c.Pins.FirstOrDefault(p => p.Months.Contains(_s.Horizon.MonthAt(t))) is { } pin && row[t] != pin.Post) return null;

        // H14 and the changes term, over the compared cells.
        long changes = 0;
        foreach (var (t, published) in Compared(c, join, leave))
        {
            if (row[t] == published) continue;
            if (t < policy.FreezeMonths) return null;
            changes++;
        }

        long moves = movesAt.Count(m => m);
        var excess = Math.Max(0, moves - policy.FairMoves);
        long cost = enrolments.Sum(e => (long)e.Course.Cost);
        var home = c.PastOffices.ToHashSet();
        var startingPost = c.IsJoiner ? (join < _months ? row[join] : null) : c.Post;
        if (startingPost is not null) home.Add(Office(startingPost));
        long cross = row.OfType<string>().Select(Office).Distinct().Count(o => !home.Contains(o));
        long preference = 0;
        foreach (var postId in row.OfType<string>())
        {
            var post = _posts[postId];
            preference += c.Preferences.Where(p => p.Target switch
            {
                PreferenceTarget.Post => p.Id == post.Id,
                PreferenceTarget.Office => p.Id == post.Office,
                _ => p.Id == post.WorkNature,
            }).Sum(p => (long)p.Weight);
        }
        var score = _w.Move * moves + _w.ExcessMoves * excess + _w.TrainingCost * cost - _w.CrossOffice * cross
            - _w.Preference * preference + _w.Change * changes;
        return new Option(row, enrolments, movesAt, departsFrom, moves, excess, cost, cross, preference, changes, score);
    }

    private IEnumerable<(int Month, string Post)> Compared(Cadre c, int join, int leave)
    {
        if (_s.Published is not { } published) yield break;
        var row = published.Assignments.FirstOrDefault(r => r.Cadre == c.Id);
        if (row is null) yield break;
        for (var column = 0; column < published.Months.Length; column++)
        {
            var t = _s.Horizon.IndexOf(YearMonth.Parse(published.Months[column]));
            if (t >= 0 && t < _months && t >= join && t < leave && row.Posts[column] is { } post) yield return (t, post);
        }
    }

    // ---- between cadres --------------------------------------------------------------------------------------------

    private sealed class Combination(Exhaustive x)
    {
        private readonly Dictionary<(string Post, int Month), int> _holders = [];
        private readonly Dictionary<(string Post, int Month), int> _available = [];
        private readonly int[] _moves = new int[x._months];
        private readonly Dictionary<(string Office, int Month), int> _departures = [];
        private readonly Dictionary<(string Course, int Start), int> _seats = [];
        private readonly Option[] _chosen = new Option[x._s.Cadres.Length];

        public Optimum? Best { get; private set; }

        public void Search(List<List<Option>> options, int i)
        {
            if (i == options.Count)
            {
                Score();
                return;
            }
            foreach (var option in options[i])
                if (Fits(i, option))
                {
                    Apply(i, option, +1);
                    _chosen[i] = option;
                    Search(options, i + 1);
                    Apply(i, option, -1);
                }
        }

        private bool Fits(int i, Option option)
        {
            var policy = x._s.Policy;
            var cadre = x._s.Cadres[i];
            for (var t = 0; t < x._months; t++)
            {
                if (option.Posts[t] is { } post && _holders.GetValueOrDefault((post, t)) + 1 > x._posts[post].Max) return false;
                if (!option.MovesAt[t]) continue;
                if (policy.MaxMovesPerMonth is { } limit && _moves[t] + 1 > limit) return false;
                if (policy.MaxDeparturesPerOfficePerMonth is { } perOffice && _departures.GetValueOrDefault((option.DepartsFrom[t]!, t)) + 1 > perOffice)
                    return false;
            }
            foreach (var e in option.Enrolments)
                if (e.Course.Capacity is { } capacity && _seats.GetValueOrDefault((e.Course.Id, e.Start)) + 1 > capacity) return false;
            // H11, either way round.
            for (var j = 0; j < i; j++)
            {
                var other = x._s.Cadres[j];
                if (!cadre.Avoid.Contains(other.Id) && !other.Avoid.Contains(cadre.Id)) continue;
                for (var t = 0; t < x._months; t++)
                    if (option.Posts[t] is { } mine && _chosen[j].Posts[t] is { } theirs && x.Office(mine) == x.Office(theirs)) return false;
            }
            return true;
        }

        private void Apply(int i, Option option, int sign)
        {
            var cadre = x._s.Cadres[i];
            for (var t = 0; t < x._months; t++)
            {
                if (option.Posts[t] is { } post)
                {
                    _holders[(post, t)] = _holders.GetValueOrDefault((post, t)) + sign;
                    if (!x.Unavailable(cadre, t)) _available[(post, t)] = _available.GetValueOrDefault((post, t)) + sign;
                }
                if (!option.MovesAt[t]) continue;
                _moves[t] += sign;
                _departures[(option.DepartsFrom[t]!, t)] = _departures.GetValueOrDefault((option.DepartsFrom[t]!, t)) + sign;
            }
            foreach (var e in option.Enrolments) _seats[(e.Course.Id, e.Start)] = _seats.GetValueOrDefault((e.Course.Id, e.Start)) + sign;
        }

        private void Score()
        {
            long vacancy = 0;
            foreach (var post in x._s.Posts)
                for (var t = 0; t < x._months; t++)
                {
                    var available = _available.GetValueOrDefault((post.Id, t));
                    if (post.Critical && available < post.Min) return;
                    if (!post.Critical) vacancy += Math.Max(0, post.Min - available);
                }
            var objective = x._w.Vacancy * vacancy + _chosen.Sum(o => o.Score);
            if (Best is not null && objective >= Best.Objective) return;
            var terms = new Terms(vacancy, _chosen.Sum(o => o.Moves), _chosen.Sum(o => o.Excess), _chosen.Sum(o => o.Cost),
                _chosen.Sum(o => o.Cross), _chosen.Sum(o => o.Preference), _chosen.Sum(o => o.Changes));
            Best = new Optimum(objective, terms, [.. _chosen]);
        }
    }
}
