using Google.OrTools.Sat;
using Rotation.Domain.Scenarios;

namespace Rotation.Solver.Model;

/// <summary>A course session a cadre may take: enrolled when <see cref="Taken"/> is true.</summary>
internal sealed record EnrolmentVar(Course Course, int Start, BoolVar Taken)
{
    public int End => Start + Course.Months;
    public bool Covers(int t) => t >= Start && t < End;
}

/// <summary>
/// One cadre's decision variables. X[k][t]: holds candidate post k in month t (present months only).
/// Start[k][t]: a stint in post k starts at month t, by a move or by joining (not the starting stint).
/// </summary>
internal sealed class CadreVars
{
    public CadreVars(Cadre cadre, int index, Presence presence, IReadOnlyList<Post> posts, int priorMonths)
    {
        Cadre = cadre;
        Index = index;
        Presence = presence;
        Posts = posts;
        PriorMonths = priorMonths;
        StartingPost = cadre.IsJoiner ? -1 : posts.ToList().FindIndex(p => p.Id == cadre.Post);
    }

    public Cadre Cadre { get; }
    public int Index { get; }
    public Presence Presence { get; }
    public IReadOnlyList<Post> Posts { get; }

    /// <summary>L0: months of the starting stint before the horizon.</summary>
    public int PriorMonths { get; }

    /// <summary>Candidate index of the starting post, or -1 for a joiner.</summary>
    public int StartingPost { get; }

    public BoolVar?[][] X { get; set; } = [];
    public BoolVar?[][] Start { get; set; } = [];

    /// <summary>
    /// StartsSoFar[k][t] = Σ Start[k][s] for s ≤ t: window sums become differences of two variables, which keeps the
    /// tenure and no-return constraints a few terms long instead of one term per month of the window.
    /// </summary>
    public IntVar[][] StartsSoFar { get; set; } = [];

    /// <summary>MovesSoFar[t] = moves of the cadre at months ≤ t, for "no move in this window" rules.</summary>
    public IntVar[] MovesSoFar { get; set; } = [];
    public List<EnrolmentVar> Enrolments { get; } = [];

    public string Id => Cadre.Id;
    public int Join => Presence.Join;
    public int Leave => Presence.Leave;

    /// <summary>Months at which the cadre may move: present then and the month before (month 0 counts for non-joiners).</summary>
    public bool IsMoveMonth(int t) => Presence.Contains(t) && (t > Join || !Cadre.IsJoiner);

    /// <summary>Months at which a stint may start within the horizon: move months and the joining month.</summary>
    public bool IsStartMonth(int t) => IsMoveMonth(t) || (Cadre.IsJoiner && t == Join && Presence.Contains(t));

    /// <summary>post(c, t-1) = k, with month -1 the starting post.</summary>
    public LinearExpr Previous(int k, int t) =>
        t == 0 ? LinearExpr.Constant(k == StartingPost ? 1 : 0)
        : X[k][t - 1] is { } x ? x : LinearExpr.Constant(0);

    /// <summary>Moves out of post k at month t (a move, not a leave): x[t-1] ∧ ¬x[t] = start + x[t-1] − x[t].</summary>
    public LinearExpr Out(int k, int t) => Start[k][t]! + Previous(k, t) - X[k][t]!;

    /// <summary>Starts of post k at months from … to (inclusive, clamped to the presence).</summary>
    public LinearExpr StartsIn(int k, int from, int to) => Window(StartsSoFar[k], from, to);

    /// <summary>
    /// Moves out of post k at move months from … to: the Out terms telescope to the starts of k in the window plus
    /// x[from−1] − x[to].
    /// </summary>
    public LinearExpr OutsIn(int k, int from, int to)
    {
        from = Math.Max(from, Join);
        if (!IsMoveMonth(from)) from++;
        to = Math.Min(to, Leave - 1);
        if (from > to) return LinearExpr.Constant(0);
        return StartsIn(k, from, to) + Previous(k, from) - X[k][to]!;
    }

    /// <summary>Moves of the cadre at months from … to (inclusive, clamped to the presence).</summary>
    public LinearExpr MovesIn(int from, int to) => Window(MovesSoFar, from, to);

    /// <summary>The sum over months from … to (clamped to the presence) of the values whose running totals are given.</summary>
    private LinearExpr Window(IntVar[] soFar, int from, int to)
    {
        from = Math.Max(from, Join);
        to = Math.Min(to, Leave - 1);
        if (from > to) return LinearExpr.Constant(0);
        return from == Join ? soFar[to] : soFar[to] - soFar[from - 1];
    }

    /// <summary>1 when the cadre moves at month t.</summary>
    public LinearExpr MovesAt(int t) => LinearExpr.Sum(Enumerable.Range(0, Posts.Count).Select(k => Start[k][t]!));

    public int CandidateOf(string postId)
    {
        for (var k = 0; k < Posts.Count; k++)
            if (Posts[k].Id == postId) return k;
        return -1;
    }
}
