using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;
using Rotation.Solver.Objective;
using Rotation.Solver.Pricing;

namespace Rotation.Solver.Bounds;

/// <summary>
/// A proven lower bound on the objective that needs no model, for plans too large to bound with CP-SAT. Each cadre on
/// their own, free of every coupling rule, can do no better than the better of two bounds on their own terms: a
/// closed form (a new office per move, up to the offices they could ever reach, and their best-liked reachable post in
/// every month) and their best <see cref="RelaxedCareer"/>, which keeps tenure and the rest of their own rules and so
/// weighs staying in a liked office against leaving for a new one. Vacancy is at least what <see cref="VacancyBound"/>
/// proves; training cost and changes are at least 0.
/// <para>A second bound prices the cover of posts that need a competency (<see cref="CoverLagrangian"/>); the better of
/// the two is returned.</para>
/// Valid only when no weight is negative (<see cref="Applies"/>).
/// </summary>
internal static class LowerBound
{
    public static bool Applies(Weights w) =>
        w.Vacancy >= 0 && w.Move >= 0 && w.ExcessMoves >= 0 && w.TrainingCost >= 0 && w.CrossOffice >= 0 && w.Preference >= 0 && w.Change >= 0;

    public static long Of(Scenario scenario) => Of(scenario, CancellationToken.None)!.Value;

    /// <summary>As <see cref="Of(Scenario)"/>, or null when <paramref name="cancel"/> stops it first: on thousands of cadres it takes seconds.</summary>
    public static long? Of(Scenario scenario, CancellationToken cancel)
    {
        try
        {
            var (plain, priced) = Bounds(scenario, cancel);
            return Math.Max(plain, priced ?? plain);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>
    /// A weaker bound at once: each cadre's closed form with every office new to them reachable and their best-liked post
    /// of all in every month (a disliked one counted as liked 0), and vacancy at least 0. For a first plan, before <see cref="Of(Scenario)"/> is done.
    /// </summary>
    public static long Quick(Scenario scenario)
    {
        var facts = ScenarioFacts.Of(scenario);
        var index = facts.Index;
        return scenario.Cadres.Select(c => (Cadre: c, Presence: Presence.Of(scenario, c))).Where(c => c.Presence.Join < c.Presence.Leave)
            .Sum(c => ClosedForm(scenario, index, c.Cadre, c.Presence, scenario.Posts, likingFloor: 0));
    }

    /// <summary>The plain bound, and the priced one (<see cref="CoverLagrangian"/>) where some post's cover is priced.</summary>
    internal static (long Plain, long? Priced) Bounds(Scenario scenario, CancellationToken cancel = default)
    {
        var w = scenario.Policy.Weights;
        var facts = ScenarioFacts.Of(scenario);
        var index = facts.Index;
        var candidates = new IReadOnlyList<Post>[scenario.Cadres.Length];
        var careers = new RelaxedCareer?[scenario.Cadres.Length];
        var own = new long[scenario.Cadres.Length];
        var blackout = facts.Blackout;
        var priceClasses = CoverLagrangian.PriceClasses(scenario);
        var postNumber = facts.PostNumber;
        Parallel.For(0, scenario.Cadres.Length, new ParallelOptions { CancellationToken = cancel }, () => new RelaxedCareer.Workspace(), (c, _, work) =>
        {
            var cadre = scenario.Cadres[c];
            var presence = facts.Presence[c];
            var posts = candidates[c] = Candidates.PostsFor(scenario, cadre, presence);
            if (presence.Join >= presence.Leave) return work;
            var relaxed = careers[c] = new RelaxedCareer(scenario, index, cadre, posts, blackout, priceClass: p => priceClasses[postNumber[p.Id]]);
            var career = relaxed.Least(work);
            // The value is a sum of integer weights; the ceiling only guards against the doubles' rounding. No relaxed
            // career at all would mean no plan, and then this bound is never asked for.
            var closed = ClosedForm(scenario, index, cadre, presence, posts);
            own[c] = career < 1e8 ? Math.Max(closed, (long)Math.Ceiling(career - 1e-6)) : closed;
            return work;
        }, _ => { });
        var vacancy = VacancyBound.PerMonth(index, candidates);
        var plain = own.Sum() + w.Vacancy * vacancy.Sum();
        if (priceClasses.All(k => k < 0)) return (plain, null);
        var priced = new CoverLagrangian(scenario, careers, vacancy, cancel);
        if (!priced.Holds) return (plain, null);
        priced.RaiseEarly(cancel);
        return (plain, (long)Math.Ceiling(priced.Value - 1e-6));
    }

    /// <summary>
    /// The cadre's own terms at best, with every rule but lock and presence dropped: each move gains a new office while
    /// any is left, and every month is in their best-liked post.
    /// </summary>
    /// <param name="likingFloor">The least best liking counted: 0 where <paramref name="posts"/> may hold posts the cadre
    /// can never take, so that disliking all of them claims nothing.</param>
    private static long ClosedForm(Scenario scenario, ScenarioIndex index, Cadre cadre, Presence presence, IReadOnlyList<Post> posts,
        int likingFloor = int.MinValue)
    {
        var w = scenario.Policy.Weights;
        var home = cadre.PastOffices.ToHashSet();
        if (!cadre.IsJoiner && cadre.Post is { } start) home.Add(index.Post(start).Office);
        var newOffices = posts.Select(p => p.Office).Distinct().Count(o => !home.Contains(o));
        var moveMonths = cadre.Locked ? 0 : presence.Leave - presence.Join - (cadre.IsJoiner ? 1 : 0);
        var bound = Enumerable.Range(0, moveMonths + 1)
            .Min(m => (long)w.Move * m + (long)w.ExcessMoves * Math.Max(0, m - scenario.Policy.FairMoves) - (long)w.CrossOffice * Math.Min(m, newOffices));
        if (cadre.Preferences.Length > 0 && posts.Count > 0)
            bound -= (long)w.Preference * (presence.Leave - presence.Join) * Math.Max(likingFloor, posts.Max(p => PreferenceTerm.Liking(cadre, p)));
        return bound;
    }

}
