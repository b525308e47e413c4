using Rotation.Domain.Scenarios;
using Rotation.Solver.Careers;
using Rotation.Solver.Model;
using Rotation.Solver.Objective;

namespace Rotation.Solver.Decomposition;

/// <summary>
/// A proven lower bound on the objective that needs no model, for plans too large to bound with CP-SAT. Each cadre on
/// their own, free of every coupling rule, can do no better than the better of two bounds on their own terms: a
/// closed form (a new office per move, up to the offices they could ever reach, and their best-liked reachable post in
/// every month) and their best <see cref="RelaxedCareer"/>, which keeps tenure and the rest of their own rules and so
/// weighs staying in a liked office against leaving for a new one. Vacancy is at least what <see cref="VacancyBound"/>
/// proves; training cost and changes are at least 0.
/// <para>A second bound prices the last month's cover of posts that need a course (<see cref="TrainedCover"/>); any such
/// prices give a valid bound (Lagrangian relaxation), and the better of the two is returned.</para>
/// Valid only when no weight is negative (<see cref="Applies"/>).
/// </summary>
internal static class LowerBound
{
    public static bool Applies(Weights w) =>
        w.Vacancy >= 0 && w.Move >= 0 && w.ExcessMoves >= 0 && w.TrainingCost >= 0 && w.CrossOffice >= 0 && w.Preference >= 0 && w.Change >= 0;

    public static long Of(Scenario scenario) => Bounds(scenario) is var (plain, priced) ? Math.Max(plain, priced ?? plain) : 0;

    /// <summary>The plain bound, and the priced one where some post's cover is priced.</summary>
    internal static (long Plain, long? Priced) Bounds(Scenario scenario)
    {
        var w = scenario.Policy.Weights;
        var index = new ScenarioIndex(scenario);
        var candidates = new IReadOnlyList<Post>[scenario.Cadres.Length];
        var own = new long[scenario.Cadres.Length];
        var priced = new double[scenario.Cadres.Length];
        var blackout = RelaxedCareer.Blackouts(scenario);
        var cover = TrainedCover.LastMonth(scenario);
        var prices = Prices(scenario, cover);
        var postNumber = scenario.Posts.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var priceClasses = cover.Distinct().Order().ToList();
        Parallel.For(0, scenario.Cadres.Length, () => new RelaxedCareer.Workspace(), (c, _, work) =>
        {
            var cadre = scenario.Cadres[c];
            var presence = Presence.Of(scenario, cadre);
            var posts = candidates[c] = Candidates.PostsFor(scenario, cadre, presence);
            if (presence.Join >= presence.Leave) return work;
            var relaxed = new RelaxedCareer(scenario, index, cadre, posts, blackout,
                priceClass: p => priceClasses.BinarySearch(cover[postNumber[p.Id]]));
            var career = relaxed.Least(work);
            // The value is a sum of integer weights; the ceiling only guards against the doubles' rounding. No relaxed
            // career at all would mean no plan, and then this bound is never asked for.
            var closed = ClosedForm(scenario, index, cadre, presence, posts);
            own[c] = career < 1e8 ? Math.Max(closed, (long)Math.Ceiling(career - 1e-6)) : closed;
            priced[c] = prices is null ? 0 : relaxed.Least(work, prices);
            return work;
        }, _ => { });
        var vacancy = VacancyBound.PerMonth(index, candidates);
        var plain = own.Sum() + w.Vacancy * vacancy.Sum();
        if (prices is null || priced.Any(v => v >= 1e8)) return (plain, null);
        return (plain, (long)Math.Ceiling(Lagrangian(scenario, priced, cover, vacancy) - 1e-6));
    }

    /// <summary>Holding a post in the last month, as <paramref name="cover"/> prices it; null when nothing is priced.</summary>
    private static Prices? Prices(Scenario scenario, double[] cover)
    {
        if (cover.All(p => p == 0)) return null;
        var prices = new Prices(scenario);
        var months = scenario.Horizon.Months;
        for (var p = 0; p < cover.Length; p++) prices.Cover[p * months + months - 1] = cover[p];
        return prices;
    }

    /// <summary>
    /// The cover rows' Lagrangian: each cadre's best career under the prices, plus what the priced rows pay, plus the
    /// vacancy each month must have (<see cref="VacancyBound"/>), now worth the vacancy weight less the highest price
    /// that month, since a priced row's vacancy pays back its price.
    /// </summary>
    private static double Lagrangian(Scenario scenario, double[] careers, double[] cover, long[] vacancy)
    {
        var w = scenario.Policy.Weights;
        var value = careers.Sum();
        for (var p = 0; p < cover.Length; p++) value += cover[p] * scenario.Posts[p].Min;
        for (var t = 0; t < vacancy.Length; t++) value += vacancy[t] * (w.Vacancy - (t == vacancy.Length - 1 ? cover.Max() : 0));
        return value;
    }

    /// <summary>
    /// The cadre's own terms at best, with every rule but lock and presence dropped: each move gains a new office while
    /// any is left, and every month is in their best-liked post.
    /// </summary>
    private static long ClosedForm(Scenario scenario, ScenarioIndex index, Cadre cadre, Presence presence, IReadOnlyList<Post> posts)
    {
        var w = scenario.Policy.Weights;
        var home = cadre.PastOffices.ToHashSet();
        if (!cadre.IsJoiner && cadre.Post is { } start) home.Add(index.Post(start).Office);
        var newOffices = posts.Select(p => p.Office).Distinct().Count(o => !home.Contains(o));
        var moveMonths = cadre.Locked ? 0 : presence.Leave - presence.Join - (cadre.IsJoiner ? 1 : 0);
        var bound = Enumerable.Range(0, moveMonths + 1)
            .Min(m => (long)w.Move * m + (long)w.ExcessMoves * Math.Max(0, m - scenario.Policy.FairMoves) - (long)w.CrossOffice * Math.Min(m, newOffices));
        if (cadre.Preferences.Length > 0 && posts.Count > 0)
            bound -= (long)w.Preference * (presence.Leave - presence.Join) * posts.Max(p => PreferenceTerm.Liking(cadre, p));
        return bound;
    }

}
