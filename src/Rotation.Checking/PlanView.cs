using System.Collections.Immutable;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;

namespace Rotation.Checking;

public enum StintEnd { Move, Leave, HorizonEnd, Gap }

/// <summary>
/// A maximal run of months in one post, [Start, End). The starting stint (the scenario's <c>post</c>) has
/// <see cref="PriorMonths"/> = L0 and may have no month in the horizon at all when the cadre moves at month 0.
/// </summary>
public sealed record Stint(string Post, int Start, int End, bool IsStarting, int PriorMonths, StintEnd EndedBy)
{
    public int Length => End - Start;
    public bool StartsWithinHorizon => !IsStarting;
}

/// <summary>A course enrolment read from the plan; <see cref="Course"/> is null when the id is unknown.</summary>
public sealed record Enrolment(Training Row, Course? Course, int Start)
{
    public int End => Start + (Course?.Months ?? 1);
    public bool Covers(int month) => month >= Start && month < End;
}

/// <summary>One cadre's part of a plan, read against the scenario. Written for the checker only: no solver code.</summary>
public sealed class CadreView
{
    private readonly string?[] _posts;

    internal CadreView(Cadre cadre, string?[] posts, PlanView plan)
    {
        Cadre = cadre;
        _posts = posts;
        var horizon = plan.Scenario.Horizon;
        JoinIndex = cadre.Joins is { } j ? Math.Max(0, horizon.IndexOf(j)) : 0;
        LeaveIndex = cadre.Leaves is { } l ? Math.Clamp(horizon.IndexOf(l), 0, horizon.Months) : horizon.Months;
        Stints = BuildStints(plan);
        Moves = [.. Enumerable.Range(0, horizon.Months).Where(IsMoveAt)];
    }

    public Cadre Cadre { get; }
    public string Id => Cadre.Id;
    public int JoinIndex { get; }
    public int LeaveIndex { get; }
    public ImmutableArray<Stint> Stints { get; }
    public ImmutableArray<int> Moves { get; }
    public ImmutableArray<Enrolment> Enrolments { get; internal set; } = [];

    public bool IsPresentAt(int t) => t >= JoinIndex && t < LeaveIndex;

    /// <summary>post(c,t) of the SPEC; for t = -1 the starting post.</summary>
    public string? PostAt(int t) => t < 0 ? (Cadre.IsJoiner ? null : Cadre.Post) : t < _posts.Length ? _posts[t] : null;

    public bool IsMoveAt(int t) => PostAt(t - 1) is { } before && PostAt(t) is { } after && before != after;

    /// <summary>The stint holding month t, if any.</summary>
    public Stint? StintAt(int t) => Stints.FirstOrDefault(s => t >= s.Start && t < s.End);

    /// <summary>The post of the stint the cadre starts the plan in: the <c>post</c> field, or the joining post.</summary>
    public string? StartingPost => Cadre.IsJoiner ? PostAt(JoinIndex) : Cadre.Post;

    private ImmutableArray<Stint> BuildStints(PlanView plan)
    {
        var horizon = plan.Scenario.Horizon;
        var stints = ImmutableArray.CreateBuilder<Stint>();
        var priorMonths = Cadre.Since is { } since ? horizon.Start.MonthsSince(since) : 0;
        if (!Cadre.IsJoiner && Cadre.Post is { } starting && PostAt(0) != starting)
            stints.Add(new Stint(starting, 0, 0, IsStarting: true, priorMonths, StintEnd.Move));
        var t = 0;
        while (t < horizon.Months)
        {
            if (PostAt(t) is not { } post)
            {
                t++;
                continue;
            }
            var start = t;
            while (t + 1 < horizon.Months && PostAt(t + 1) == post) t++;
            var end = t + 1;
            var endedBy = end == horizon.Months ? StintEnd.HorizonEnd
                : PostAt(end) is not null ? StintEnd.Move
                : end == LeaveIndex ? StintEnd.Leave
                : StintEnd.Gap;
            var isStarting = start == 0 && !Cadre.IsJoiner && post == Cadre.Post;
            stints.Add(new Stint(post, start, end, isStarting, isStarting ? priorMonths : 0, endedBy));
            t = end;
        }
        return stints.ToImmutable();
    }
}

/// <summary>A finished plan read against its scenario: the independent ground on which every rule is checked.</summary>
public sealed class PlanView
{
    public PlanView(Scenario scenario, Plan plan) : this(new ScenarioIndex(scenario), plan)
    {
    }

    /// <summary>A view over a scenario's index built once, for one scenario's plans checked many times over.</summary>
    public PlanView(ScenarioIndex index, Plan plan)
    {
        Scenario = index.Scenario;
        Plan = plan;
        Index = index;
        var rows = plan.Assignments.GroupBy(a => a.Cadre).ToDictionary(g => g.Key, g => g.First());
        var cadres = ImmutableArray.CreateBuilder<CadreView>(Scenario.Cadres.Length);
        foreach (var cadre in Scenario.Cadres)
        {
            var posts = new string?[Months];
            if (rows.TryGetValue(cadre.Id, out var row))
                for (var t = 0; t < Math.Min(Months, row.Posts.Length); t++) posts[t] = row.Posts[t];
            cadres.Add(new CadreView(cadre, posts, this));
        }
        Cadres = cadres.ToImmutable();
        ById = Cadres.ToDictionary(c => c.Id);
        foreach (var group in plan.Trainings.GroupBy(t => t.Cadre))
            if (ById.TryGetValue(group.Key, out var view))
                view.Enrolments = [.. group.Select(ToEnrolment)];
    }

    public Scenario Scenario { get; }
    public Plan Plan { get; }
    public ScenarioIndex Index { get; }
    public int Months => Scenario.Horizon.Months;
    public ImmutableArray<CadreView> Cadres { get; }
    public IReadOnlyDictionary<string, CadreView> ById { get; }

    public string Label(int t) => Scenario.Horizon.MonthAt(t).ToString();

    public Post? PostOf(string? id) => id is not null && Index.Posts.TryGetValue(id, out var p) ? p : null;

    public Enrolment ToEnrolment(Training row) =>
        new(row, Index.Courses.GetValueOrDefault(row.Course),
            Domain.Time.YearMonth.TryParse(row.Start) is { } m ? Scenario.Horizon.IndexOf(m) : int.MinValue / 2);

    /// <summary>Cadres holding a post in month t (present or not: H1 reports the difference).</summary>
    public IReadOnlyList<CadreView> HoldersOf(string post, int t) =>
        HoldersByMonth[t].TryGetValue(post, out var holders) ? holders : [];

    private Dictionary<string, List<CadreView>>[] HoldersByMonth => _holders ??= IndexHolders();
    private Dictionary<string, List<CadreView>>[]? _holders;

    private Dictionary<string, List<CadreView>>[] IndexHolders()
    {
        var byMonth = new Dictionary<string, List<CadreView>>[Months];
        for (var t = 0; t < Months; t++)
        {
            byMonth[t] = [];
            foreach (var c in Cadres)
                if (c.PostAt(t) is { } post)
                {
                    if (!byMonth[t].TryGetValue(post, out var list)) byMonth[t][post] = list = [];
                    list.Add(c);
                }
        }
        return byMonth;
    }
}
