using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Bounds;
using Rotation.Solver.Model;

namespace Rotation.Solver.Search;

/// <summary>
/// What a local search works on: the part, the plan in hand, the order in which moves try the cadres, and what every
/// move asks of them (whether a draft may pay, whether the checker keeps it, the vacancies, the counts).
/// </summary>
internal sealed class SearchPlan
{
    private readonly Func<bool> _timeUp;
    private PartJudge _judge;
    private Roster _rows;
    private List<Training> _trainings;

    /// <summary>The plan in hand's rows in the order of the part's cadres, for loops that would otherwise look each one up; null until asked for.</summary>
    private string?[][]? _aligned;

    /// <summary>The sum of every cadre's own terms in the plan in hand; null until asked for.</summary>
    private long? _own;

    /// <summary>The vacancy-months every plan of the part has (<see cref="VacancyBound"/>).</summary>
    private readonly long _leastVacancy;

    /// <summary>The counts of the plan in hand, and of the last other plan asked about.</summary>
    private readonly Occupancy _current, _other;

    public SearchPlan(PartJudge judge, IReadOnlyDictionary<string, string?[]> rows, IReadOnlyList<Training> trainings, Verdict verdict,
        Func<bool> timeUp, Effort? effort = null)
    {
        Part = judge.Part;
        _judge = judge;
        _timeUp = timeUp;
        Order = [.. Part.Cadres];
        OrderPlace = [.. Enumerable.Range(0, Order.Count)];
        Posts = Part.Posts.ToDictionary(p => p.Id);
        Offices = Part.Offices.ToDictionary(o => o.Id);
        Facts = ScenarioFacts.Of(Part);
        Presence = Facts.PresenceById;
        ById = Part.Cadres.ToDictionary(c => c.Id);
        Away = Facts.AwayById;
        _rows = Roster.Of(Part, rows);
        _trainings = [.. trainings];
        Verdict = verdict;
        Respond = new BestResponse(Part, effort);
        Floor = new DraftFloor(Part);
        Room = new VacancyRoom(Part);
        Spare = [new string?[Part.Horizon.Months], new string?[Part.Horizon.Months]];
        (_current, _other) = (new Occupancy(Part, Away, Presence), new Occupancy(Part, Away, Presence));
        _leastVacancy = VacancyBound.Of(Facts.Index, [.. Part.Cadres.Select(c => Candidates.PostsFor(Part, c, Presence[c.Id]))]);
        Courses = new Enrolments(Part, Posts, Presence);
        Filter = new Feasibility(this);
    }

    public Scenario Part { get; }
    public ScenarioFacts Facts { get; }
    public Dictionary<string, Post> Posts { get; }
    public Dictionary<string, Office> Offices { get; }
    public Dictionary<string, Presence> Presence { get; }
    public Dictionary<string, Cadre> ById { get; }

    /// <summary>Per cadre and month, whether they are unavailable (looked up in the hottest loops).</summary>
    public Dictionary<string, bool[]> Away { get; }

    public BestResponse Respond { get; }
    public DraftFloor Floor { get; }
    public VacancyRoom Room { get; }
    public Enrolments Courses { get; }
    public Feasibility Filter { get; }

    /// <summary>Two rows' worth of scratch for a trade's checks (<see cref="Draft.FilledInto"/>).</summary>
    public string?[][] Spare { get; }

    /// <summary>The order in which moves try the cadres, and each one's place among the part's cadres.</summary>
    public List<Cadre> Order { get; private set; }
    public int[] OrderPlace { get; private set; }

    /// <summary>The plan in hand.</summary>
    public Roster Rows => _rows;
    public List<Training> Trainings => _trainings;
    public Verdict Verdict { get; private set; }

    public bool TimeUp() => _timeUp();

    /// <summary>
    /// The judge of every change; a caller may renew it when the limits the part shares with others have moved, and then
    /// the best plan so far must still keep them.
    /// </summary>
    public PartJudge Judge
    {
        get => _judge;
        set => _judge = ReferenceEquals(value.Part, Part) ? value : throw new ArgumentException("A judge of another part.", nameof(value));
    }

    /// <summary>Makes the given plan the plan in hand.</summary>
    public void Take(Roster rows, List<Training> trainings, Verdict verdict)
    {
        (_rows, _trainings, Verdict) = (rows, trainings, verdict);
        (_aligned, _own) = (null, null);
    }

    /// <summary>Moves try the cadres in a new order, drawn from <paramref name="random"/>.</summary>
    public void Shuffle(Random random)
    {
        OrderPlace = [.. Enumerable.Range(0, Part.Cadres.Length).OrderBy(_ => random.Next())];
        Order = [.. OrderPlace.Select(i => Part.Cadres[i])];
    }

    /// <summary>The plan with the cadre on the given row and the courses it needs; null when no courses fit.</summary>
    public Draft? WithRow(Cadre cadre, string?[] row)
    {
        var rows = _rows.With(cadre.Id, row);
        return Courses.For(cadre, row, _trainings) is { } trainings ? new Draft(rows, trainings) : null;
    }

    /// <summary>The cadre who arrives in the post at month t, and the plan in which they stay in their previous post instead.</summary>
    public (string? Cadre, Roster? Rows) WithoutArrival(Roster rows, Post post, int t)
    {
        if (t <= 0 || t >= Part.Horizon.Months) return (null, null);
        foreach (var (id, row) in rows)
        {
            if (row[t] != post.Id || row[t - 1] is not { } previous || previous == post.Id) continue;
            return (id, rows.With(id, Draft.StaysPut(row, t)));
        }
        return (null, null);
    }

    /// <summary>
    /// The plan in which everyone but the two traders who moves into one of the posts after month s stays in the post
    /// they held before for that stint instead, or null when nobody does.
    /// </summary>
    public Roster? WithoutArrivals(Roster rows, string[] posts, int s, string first, string second)
    {
        var undone = new List<(string Cadre, string?[] Row)>();
        foreach (var (id, row) in rows)
        {
            if (id == first || id == second) continue;
            var changed = row;
            for (var t = s + 1; t < row.Length; t++)
            {
                if (changed[t] is { } arrived && posts.Contains(arrived) && changed[t - 1] is { } previous && previous != arrived)
                    changed = Draft.StaysPut(changed, t);
            }
            if (ReferenceEquals(changed, row)) continue;
            undone.Add((id, changed));
        }
        return undone.Count == 0 ? null : rows.With(undone);
    }

    /// <summary>The months in which the cadre moves in the current plan.</summary>
    public List<int> MoveMonths(Cadre cadre)
    {
        var (join, leave) = Presence[cadre.Id];
        var row = _rows[cadre.Id];
        return [.. Enumerable.Range(join, leave - join).Where(t => Before(_rows, cadre, t) is { } before && before != row[t])];
    }

    public bool Accept(Roster rows, List<Training> trainings) =>
        MayImprove(rows, trainings) && _judge.Judge(rows, trainings) is { } verdict && Improves(rows, trainings, verdict);

    /// <summary>
    /// Whether the plan with two cadres' rows replaced could cost less than the plan in hand, counting every other term
    /// at its least: the plan's own terms with the two rows' changed, and the vacancy every plan of the part has. Checked
    /// before the draft is copied, which most trades would otherwise be.
    /// </summary>
    public bool MayPay(string first, string?[] firstRow, string second, string?[] secondRow)
    {
        _own ??= _rows.Sum(r => Floor.Own(r.Key, r.Value));
        var own = _own.Value - Floor.Own(first, _rows[first]) - Floor.Own(second, _rows[second])
            + Floor.OwnOfScratch(first, firstRow) + Floor.OwnOfScratch(second, secondRow);
        return own + Part.Policy.Weights.Vacancy * _leastVacancy < Verdict.Objective;
    }

    /// <summary>Whether the draft could cost less than the plan in hand; when not, the checker need not judge it.</summary>
    public bool MayImprove(Roster rows, List<Training> trainings) => Floor.Of(rows, trainings) < Verdict.Objective;

    /// <summary>Keeps the plan when it costs less than the best so far.</summary>
    public bool Improves(Roster rows, List<Training> trainings, Verdict verdict)
    {
        if (verdict.Objective >= Verdict.Objective) return false;
        Take(rows, trainings, verdict);
        return true;
    }

    /// <summary>post(c, s − 1) (<see cref="Occupancy.Before"/>).</summary>
    public string? Before(Roster rows, Cadre cadre, int s) => _current.Before(cadre, rows[cadre.Id], s);

    public HashSet<string> KnownOffices(Cadre cadre)
    {
        var known = cadre.PastOffices.ToHashSet();
        var row = _rows[cadre.Id];
        var first = cadre.IsJoiner ? row.FirstOrDefault(p => p is not null) : cadre.Post;
        if (first is not null) known.Add(Posts[first].Office);
        foreach (var p in row.OfType<string>()) known.Add(Posts[p].Office);
        return known;
    }

    /// <summary>Runs of months in which a non-critical post has fewer available holders than its minimum: post, first, end.</summary>
    public List<(Post Post, int Opens, int Closes)> Vacancies(Roster rows)
    {
        var months = Part.Horizon.Months;
        var counts = Counts(rows);
        var runs = new List<(Post, int, int)>();
        foreach (var post in Part.Posts.Where(p => !p.Critical && p.Min > 0))
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

    public Occupancy Counts(Roster rows) => ReferenceEquals(rows, _rows) ? _current.Count(rows) : _other.Count(rows);

    public string?[][] Aligned()
    {
        return _aligned ??= [.. Part.Cadres.Select(c => _rows[c.Id])];
    }
}
