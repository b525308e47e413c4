using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;
using Rotation.Solver.Objective;

namespace Rotation.Solver.Careers;

/// <summary>A course session a cadre can take: the months [Start, End) it occupies and the competency it grants at End.</summary>
internal sealed record SessionOption(int Course, int Start, int End, string Grants, long Cost);

/// <summary>
/// Everything about one cadre that decides which careers they may have on their own (H4–H8, H10 per cadre, H12–H14)
/// and what each career costs in the cadre's own objective terms. The limits cadres share live in <see cref="LinkingRows"/>.
/// </summary>
internal sealed class CareerSpace
{
    public CareerSpace(Scenario scenario, ScenarioIndex index, int cadreIndex)
    {
        var cadre = scenario.Cadres[cadreIndex];
        var horizon = scenario.Horizon;
        var weights = scenario.Policy.Weights;
        Cadre = cadre;
        CadreIndex = cadreIndex;
        var facts = ScenarioFacts.Of(scenario);
        Presence = facts.Presence[cadreIndex];
        Posts = Candidates.PostsFor(scenario, cadre, Presence);
        StartingPost = cadre.IsJoiner ? -1 : IndexOf(cadre.Post!);
        PriorMonths = facts.PriorMonths[cadreIndex];
        Months = horizon.Months;
        Cycles = [.. Posts.Select(facts.CycleOf)];
        GradeAdmits = [.. Posts.Select(p => p.AdmitsGrade(cadre.Grade))];
        Missing = [.. Posts.Select(p => p.Requires.Where(r => !cadre.Competencies.Contains(r)).Distinct().ToArray())];
        Unavailable = facts.Away[cadreIndex];
        Blocked = [.. Posts.Select(p => facts.Blackout[p.Office])];

        var options = new List<SessionOption>();
        for (var i = 0; i < scenario.Courses.Length; i++)
        {
            var course = scenario.Courses[i];
            foreach (var s in Candidates.Sessions(scenario, cadre, Presence, course))
                options.Add(new SessionOption(i, s, s + course.Months, course.Grants, (long)weights.TrainingCost * course.Cost));
        }
        Options = options.GroupBy(o => o.Grants).ToDictionary(g => g.Key, g => g.ToArray());

        var home = cadre.PastOffices.ToHashSet();
        if (!cadre.IsJoiner) home.Add(index.Post(cadre.Post!).Office);
        var newOffices = Posts.Select(p => p.Office).Distinct().Where(o => !home.Contains(o)).ToList();
        OfficeBit = [.. Posts.Select(p => newOffices.IndexOf(p.Office))];
        NewOffices = newOffices.Count;

        var published = Published.PostsOf(scenario, cadre.Id, Presence);
        PublishedPost = [.. published.Select(post => post is null ? -1 : IndexOf(post))];
        FixedPost = FixedCells.Candidates(scenario, cadre, Presence, published, IndexOf);

        BaseCost = new long[Posts.Count][];
        for (var k = 0; k < Posts.Count; k++)
        {
            var liking = PreferenceTerm.Liking(cadre, Posts[k]);
            BaseCost[k] = new long[Months];
            for (var t = Presence.Join; t < Presence.Leave; t++)
                BaseCost[k][t] = -weights.Preference * liking + (PublishedPost[t] >= 0 && PublishedPost[t] != k ? weights.Change : 0);
        }
    }

    public Cadre Cadre { get; }
    public int CadreIndex { get; }
    public Presence Presence { get; }
    public IReadOnlyList<Post> Posts { get; }

    /// <summary>Candidate index of the starting post, or -1 for a joiner.</summary>
    public int StartingPost { get; }

    /// <summary>L0: months of the starting stint before the horizon.</summary>
    public int PriorMonths { get; }

    public int Months { get; }
    public Tenure[] Cycles { get; }
    public bool[] GradeAdmits { get; }

    /// <summary>Per candidate, the competencies it requires that the cadre does not hold yet.</summary>
    public string[][] Missing { get; }

    public bool[] Unavailable { get; }

    /// <summary>Blocked[k][t]: month t is a blackout month of candidate k's office (H8).</summary>
    public bool[][] Blocked { get; }

    /// <summary>Course sessions the cadre can take, by the competency they grant.</summary>
    public IReadOnlyDictionary<string, SessionOption[]> Options { get; }

    /// <summary>Per candidate, the bit of its office among the offices that would be new to the cadre, or -1 for a home office.</summary>
    public int[] OfficeBit { get; }

    public int NewOffices { get; }

    /// <summary>Per month, the candidate a frozen published cell (H14) or a pin (H15) fixes: see <see cref="FixedCells"/>.</summary>
    public int[] FixedPost { get; }

    /// <summary>Per month, the candidate of the compared published cell, or -1.</summary>
    public int[] PublishedPost { get; }

    /// <summary>BaseCost[k][t]: the preference and changes terms of holding candidate k in month t, weighted.</summary>
    public long[][] BaseCost { get; }

    public int Join => Presence.Join;

    /// <summary>
    /// The cadre's own share of the objective for holding <paramref name="posts"/> (candidate per month, -1 absent) with
    /// <paramref name="trainings"/>: moves, excess moves, training cost, new offices, preferences and changes, weighted.
    /// </summary>
    public long CostOf(int[] posts, SessionOption[] trainings, Policy policy)
    {
        var w = policy.Weights;
        long cost = trainings.Sum(o => o.Cost);
        var moves = 0;
        ulong offices = 0;
        for (var t = Join; t < Leave; t++)
        {
            var k = posts[t];
            cost += BaseCost[k][t];
            if (OfficeBit[k] >= 0) offices |= 1UL << OfficeBit[k];
            var before = t == 0 ? StartingPost : posts[t - 1];
            if (before >= 0 && before != k) moves++;
        }
        // A joiner's first office is home.
        if (Cadre.IsJoiner && Join < Leave && OfficeBit[posts[Join]] >= 0) offices &= ~(1UL << OfficeBit[posts[Join]]);
        return cost + (long)w.Move * moves + (long)w.ExcessMoves * Math.Max(0, moves - policy.FairMoves)
            - (long)w.CrossOffice * System.Numerics.BitOperations.PopCount(offices);
    }
    public int Leave => Presence.Leave;

    /// <summary>
    /// The career of a plan's row and the cadre's enrolments, or null when the row holds a post outside the candidates
    /// or an enrolment is not a session the cadre can take.
    /// </summary>
    public Career? CareerOf(Scenario scenario, IReadOnlyList<string?> row, IEnumerable<Training> enrolments)
    {
        var posts = new int[Months];
        for (var t = 0; t < Months; t++)
        {
            posts[t] = -1;
            if (!Presence.Contains(t)) continue;
            if (row[t] is not { } id || (posts[t] = IndexOf(id)) < 0) return null;
        }
        var trainings = new List<SessionOption>();
        foreach (var enrolment in enrolments)
        {
            var start = scenario.Horizon.IndexOf(Domain.Time.YearMonth.Parse(enrolment.Start));
            var option = Options.Values.SelectMany(o => o).FirstOrDefault(o => scenario.Courses[o.Course].Id == enrolment.Course && o.Start == start);
            if (option is null) return null;
            trainings.Add(option);
        }
        SessionOption[] taken = [.. trainings];
        return new Career(this, posts, taken, CostOf(posts, taken, scenario.Policy));
    }

    public int IndexOf(string postId)
    {
        for (var k = 0; k < Posts.Count; k++)
            if (Posts[k].Id == postId) return k;
        return -1;
    }
}
