namespace Rotation.Generation.Planted;

/// <summary>A course the plan gives a cadre: the session starting at month <see cref="Start"/>.</summary>
internal sealed record Enrolment(int Person, PlantedCourse Course, int Start)
{
    public int End => Start + Course.Months;
}

/// <summary>The planted plan: each cadre's post index per month (−1 when absent) and the courses taken.</summary>
internal sealed record PlantedPlan(int[][] Rows, IReadOnlyList<Enrolment> Enrolments);

/// <summary>
/// Draws every career month by month so that the plan keeps the rules that the scenario does not fit afterwards. Each
/// stint gets a window in which it may end by a move (H6), a wished month in it and a deadline, the last month it can
/// end. Movers at their deadline go first and may raise the monthly caps; the others move only while the month and
/// their office stay within the caps so far, so that the fitted throughput limits bind in many months. A target post
/// has a free seat, admits the grade (H4), is outside its office's blackout (H8) and was not left lately (H13); a
/// competency it requires and the cadre lacks comes from a course session that ends by the move (H5, H10), found after
/// the fact, since nothing else depends on it. Unavailable cadres keep their post (H7); locked ones never move.
/// </summary>
internal sealed class Careers
{
    private const int Never = int.MaxValue;

    /// <summary>Random posts looked at before a whole scan.</summary>
    private const int Tries = 48;

    private readonly Organisation _org;
    private readonly Person[] _people;
    private readonly Random _random;
    private readonly int _months;
    private readonly int _noReturn;
    private readonly int[] _post;
    private readonly int[] _wish;
    private readonly int[] _deadline;
    private readonly List<int>[] _holders;
    private readonly List<(int Post, int Month)>[] _left;
    private readonly List<Enrolment>[] _courses;
    private readonly HashSet<int>[] _held;
    private readonly List<Enrolment> _enrolments = [];
    private readonly int[] _moves;
    private readonly int[,] _departures;
    private readonly int[][] _rows;
    private int _monthCap;
    private int _officeCap;

    private Careers(Organisation org, Person[] people, Random random)
    {
        _org = org;
        _people = people;
        _random = random;
        _months = org.Months;
        _noReturn = random.Next(6, 19);
        _post = new int[people.Length];
        _wish = new int[people.Length];
        _deadline = new int[people.Length];
        _holders = [.. org.Posts.Select(_ => new List<int>())];
        _left = [.. people.Select(_ => new List<(int, int)>())];
        _courses = [.. people.Select(_ => new List<Enrolment>())];
        _held = [.. people.Select(p => new HashSet<int>(p.Competencies))];
        _moves = new int[_months];
        _departures = new int[org.Offices.Length, _months];
        _rows = [.. people.Select(_ => new int[_months])];
        _monthCap = Math.Max(1, people.Length / 25);
        _officeCap = Math.Max(1, people.Length / (12 * org.Offices.Length));
    }

    public static PlantedPlan Draw(Organisation org, Person[] people, Random random)
    {
        var careers = new Careers(org, people, random);
        careers.Seat();
        for (var t = 0; t < careers._months; t++) careers.Month(t);
        return new PlantedPlan(careers._rows, careers._enrolments);
    }

    private void Seat()
    {
        foreach (var p in _people)
        {
            _post[p.Index] = p.StartPost;
            if (p.StartPost < 0) continue;
            _holders[p.StartPost].Add(p.Index);
            PlanStint(p.Index, -p.PriorMonths);
        }
    }

    private void Month(int t)
    {
        foreach (var p in _people.Where(p => p.Leaves == t && _post[p.Index] >= 0)) Vacate(p.Index);
        var (due, wishing) = Movers(t);
        foreach (var c in due)
            if (!TryMove(c, t, due: true)) Unstick(c, t);
        foreach (var p in _people.Where(p => p.Joiner && p.Join == t)) Join(p, t);
        foreach (var c in wishing) TryMove(c, t, due: false);
        for (var c = 0; c < _people.Length; c++) _rows[c][t] = _post[c];
    }

    /// <summary>Cadres at their deadline, and those past their wished month who are free to move, each in random order.</summary>
    private (int[] Due, int[] Wishing) Movers(int t)
    {
        var due = new List<int>();
        var wishing = new List<int>();
        foreach (var p in _people)
        {
            var c = p.Index;
            if (_post[c] < 0 || p.Locked || t < _wish[c] || !p.CanMoveOut(_org, _org.Posts[_post[c]].Office, t)) continue;
            (_deadline[c] == t ? due : wishing).Add(c);
        }
        var (a, b) = (due.ToArray(), wishing.ToArray());
        _random.Shuffle(a);
        _random.Shuffle(b);
        return (a, b);
    }

    private bool TryMove(int c, int t, bool due)
    {
        var from = _post[c];
        var office = _org.Posts[from].Office;
        if (!due && (_moves[t] >= _monthCap || _departures[office, t] >= _officeCap || LeavesUncovered(c, from, t))) return false;
        if (Target(c, t, scanAll: due) is not { } target) return false;
        Vacate(c);
        _left[c].Add((from, t));
        _moves[t]++;
        _departures[office, t]++;
        _monthCap = Math.Max(_monthCap, _moves[t]);
        _officeCap = Math.Max(_officeCap, _departures[office, t]);
        if (target.Training is { } training)
        {
            _enrolments.Add(training);
            _courses[c].Add(training);
            _held[c].Add(training.Course.Competency);
        }
        Occupy(c, target.Post);
        PlanStint(c, t);
        return true;
    }

    /// <summary>A wished move may not leave a critical post without an available holder.</summary>
    private bool LeavesUncovered(int c, int post, int t) =>
        _org.Posts[post].CriticalIntent && !_holders[post].Exists(h => h != c && !_people[h].IsUnavailable(t));

    /// <summary>
    /// No post takes a cadre at their deadline. A starting stint due at month 0 starts with the horizon instead (its
    /// L0 becomes 0, so its window is whole); any other cadre leaves the organisation then (leaving is not a move).
    /// </summary>
    private void Unstick(int c, int t)
    {
        var p = _people[c];
        if (t == 0)
        {
            p.PriorMonths = 0;
            PlanStint(c, 0);
            return;
        }
        p.Leaves = t;
        Vacate(c);
    }

    /// <summary>A joiner takes any free seat (cadres never outnumber 95 % of the seats); grade and competencies are drawn to fit it.</summary>
    private void Join(Person p, int t)
    {
        var post = _org.Posts[FreeSeat()];
        p.Grade = _random.Next(post.MinGrade ?? 1, (post.MaxGrade ?? Organisation.TopGrade) + 1);
        p.Competencies.UnionWith(post.Requires);
        _held[p.Index].UnionWith(post.Requires);
        Occupy(p.Index, post.Index);
        PlanStint(p.Index, t);
    }

    private int FreeSeat()
    {
        var offset = _random.Next(_org.Posts.Length);
        for (var i = 0; i < _org.Posts.Length; i++)
        {
            var q = (offset + i) % _org.Posts.Length;
            if (_holders[q].Count < _org.Posts[q].Max) return q;
        }
        throw new InvalidOperationException("no free seat for a joiner; the posts are drawn with 5 % of their seats to spare");
    }

    private void Occupy(int c, int post)
    {
        _post[c] = post;
        _holders[post].Add(c);
    }

    private void Vacate(int c)
    {
        _holders[_post[c]].Remove(c);
        _post[c] = -1;
    }

    /// <summary>The window of the stint that starts at <paramref name="start"/>, its deadline and a wished month in it.</summary>
    private void PlanStint(int c, int start)
    {
        var p = _people[c];
        if (p.Locked)
        {
            _wish[c] = _deadline[c] = Never;
            return;
        }
        var office = _org.Posts[_post[c]].Office;
        var window = StintWindow.Of(_org.CycleOf(_post[c]), start, p.End(_months));
        var deadline = window.MustMove ? window.Deadline(p, _org, office) : Never;
        if (deadline < 0) throw new InvalidOperationException($"{p.Id}: a stint from month {start} has no month to end in");
        _deadline[c] = deadline;
        _wish[c] = Math.Min(deadline, window.Earliest + _random.Next(window.Latest - window.Earliest + 1));
    }

    private (int Post, Enrolment? Training)? Target(int c, int t, bool scanAll)
    {
        var posts = _org.Posts.Length;
        for (var i = 0; i < Tries; i++)
        {
            var q = _random.Next(posts);
            if (Fits(c, q, t, out var training)) return (q, training);
        }
        if (!scanAll) return null;
        var offset = _random.Next(posts);
        for (var i = 0; i < posts; i++)
        {
            var q = (offset + i) % posts;
            if (Fits(c, q, t, out var training)) return (q, training);
        }
        return null;
    }

    private bool Fits(int c, int q, int t, out Enrolment? training)
    {
        training = null;
        var post = _org.Posts[q];
        if (q == _post[c] || _holders[q].Count >= post.Max || !post.Admits(_people[c].Grade) || _org.IsBlackout(post.Office, t)
            || _left[c].Exists(l => l.Post == q && t < l.Month + _noReturn)) return false;
        var missing = -1;
        foreach (var k in post.Requires)
        {
            if (_held[c].Contains(k)) continue;
            // One course before a move at most: a second would have to fit the same months before it.
            if (missing >= 0) return false;
            missing = k;
        }
        if (missing < 0) return true;
        training = Session(c, missing, t);
        return training is not null;
    }

    /// <summary>The latest session of a course granting the competency that ends by month t and fits the cadre's time.</summary>
    private Enrolment? Session(int c, int competency, int t)
    {
        var p = _people[c];
        foreach (var course in _org.CoursesFor[competency])
            for (var i = course.Sessions.Length - 1; i >= 0; i--)
            {
                var start = course.Sessions[i];
                var end = start + course.Months;
                if (end > t) continue;
                if (start < p.Join) break;
                if (_courses[c].Exists(e => start < e.End && e.Start < end)) continue;
                if (Enumerable.Range(start, course.Months).Any(p.IsUnavailable)) continue;
                return new Enrolment(c, course, start);
            }
        return null;
    }
}
