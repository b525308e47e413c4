using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;
using Rotation.Solver.Pricing;

namespace Rotation.Solver.Bounds;

/// <summary>
/// A lower bound from pricing the cover rows of posts that need a competency (SPEC §4 vacancy, and H3 for a critical
/// post): any price from 0 up to the vacancy weight on being a post's available holder in a month gives one (Lagrangian
/// relaxation; a critical post's cover, being a rule, could take any price). Its value is each cadre's best relaxed
/// career under the prices, plus what the priced rows pay (price × the post's minimum), plus the vacancy each month must
/// have (<see cref="VacancyBound"/>) at the vacancy weight less that month's highest price of a non-critical post, since
/// such a row's vacancy pays its price back.
/// <para>Two sets of prices, from what such a post needs. In the last month, the courses for its competencies
/// (<see cref="TrainedCover"/>): whoever holds it then had them or paid for them. In the months before anyone lacking
/// them could have finished a course, only cadres who have them from the start can hold it; there the price of each
/// office's posts is raised, doubling, while the bound grows. That search prices only those cadres' careers again, which
/// is what keeps it cheap.</para>
/// </summary>
internal sealed class CoverLagrangian
{
    private readonly Scenario _scenario;
    private readonly RelaxedCareer?[] _careers;
    private readonly long[] _vacancy;
    private readonly Prices _prices;
    private readonly double[] _values;
    private readonly int _months;
    private readonly int[] _classes;
    /// <summary>Per cadre asked about, the month each competency could be gained by, and their published posts.</summary>
    private readonly Dictionary<int, Dictionary<string, int>> _ready = [];
    private readonly Dictionary<int, string?[]> _published = [];

    /// <param name="careers">Per cadre, their relaxed careers (null for a cadre never present), built with
    /// <see cref="PriceClasses"/> so that no class of like posts mixes prices.</param>
    /// <param name="vacancy">Per month, the vacancy every plan has (<see cref="VacancyBound.PerMonth"/>).</param>
    /// <param name="cancel">Stops the pricing with an <see cref="OperationCanceledException"/>.</param>
    public CoverLagrangian(Scenario scenario, RelaxedCareer?[] careers, long[] vacancy, CancellationToken cancel = default)
    {
        _scenario = scenario;
        _careers = careers;
        _vacancy = vacancy;
        _months = scenario.Horizon.Months;
        _prices = new Prices(scenario);
        _classes = PriceClasses(scenario);
        var lastMonth = TrainedCover.LastMonth(scenario);
        for (var p = 0; p < lastMonth.Length; p++) _prices.Cover[p * _months + _months - 1] = lastMonth[p];
        _values = new double[careers.Length];
        Parallel.For(0, careers.Length, new ParallelOptions { CancellationToken = cancel }, () => new RelaxedCareer.Workspace(),
            (c, _, work) => { _values[c] = careers[c]?.Least(work, _prices) ?? 0; return work; }, _ => { });
    }

    /// <summary>Per post in the scenario's order, a number that differs between posts whose prices may differ: an
    /// office's posts that need the same competencies share one, posts that need none have -1.</summary>
    public static int[] PriceClasses(Scenario scenario)
    {
        var classes = new Dictionary<(string, string), int>();
        return [.. scenario.Posts.Select(p => !Priced(p) ? -1
            : (p.Office, Requirements(p)) is var key && classes.TryGetValue(key, out var k) ? k : classes[key] = classes.Count)];
    }

    /// <summary>Whether every cadre has a relaxed career under the prices; without one there is no plan to bound.</summary>
    public bool Holds => _values.All(v => v < RelaxedCareer.Barred / 2);

    public double Value
    {
        get
        {
            var w = _scenario.Policy.Weights;
            var value = _values.Sum();
            for (var p = 0; p < _scenario.Posts.Length; p++)
                for (var t = 0; t < _months; t++)
                    value += _prices.Cover[p * _months + t] * _scenario.Posts[p].Min;
            for (var t = 0; t < _months; t++) value += _vacancy[t] * (w.Vacancy - HighestPrice(t));
            return value;
        }
    }

    /// <summary>
    /// Raises, office by office, the early prices of the posts that need a competency, while the bound grows. Each
    /// office's price is sought on its own against the last-month prices (in parallel, each on a copy of the prices),
    /// then all are set together and the careers they touch priced again, so <see cref="Value"/> stays exact.
    /// </summary>
    public void RaiseEarly(CancellationToken cancel = default)
    {
        var parallel = new ParallelOptions { CancellationToken = cancel };
        var postNumber = _scenario.Posts.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var reachers = new Dictionary<int, List<int>>();
        for (var c = 0; c < _careers.Length; c++)
            if (_careers[c] is { } career)
                foreach (var k in career.Posts.Select(p => _classes[postNumber[p.Id]]).Where(k => k >= 0).Distinct())
                    (reachers.TryGetValue(k, out var list) ? list : reachers[k] = []).Add(c);
        var groups = Enumerable.Range(0, _scenario.Posts.Length).Where(p => _classes[p] >= 0).GroupBy(p => _classes[p])
            .Select(g => (Posts: g.ToArray(), Early: EarlyMonths(g.ToArray(), reachers.GetValueOrDefault(g.Key, []))))
            .Where(g => g.Early.Until > 0 && g.Early.Natives.Count > 0).ToList();
        var chosen = new double[groups.Count];
        Parallel.For(0, groups.Count, parallel, () => (Work: new RelaxedCareer.Workspace(), Prices: Copy(_prices)), (i, _, own) =>
        {
            var (posts, (until, natives)) = groups[i];
            chosen[i] = Search(posts, until, natives, own.Prices, own.Work);
            return own;
        }, _ => { });
        for (var i = 0; i < groups.Count; i++) Set(_prices, groups[i].Posts, groups[i].Early.Until, chosen[i]);
        var touched = groups.Where((_, i) => chosen[i] > 0).SelectMany(g => g.Early.Natives).Distinct().ToArray();
        Parallel.For(0, touched.Length, parallel, () => new RelaxedCareer.Workspace(),
            (i, _, work) => { _values[touched[i]] = Least(touched[i], _prices, work); return work; }, _ => { });
    }

    /// <summary>
    /// The early price of one office's posts at which the bound gains most, doubling from 1 while it grows (the bound is
    /// concave in the price). The vacancy those months must have is charged at the price, as if it were the month's highest.
    /// </summary>
    private double Search(int[] posts, int until, List<int> natives, Prices prices, RelaxedCareer.Workspace work)
    {
        var minimums = posts.Sum(p => _scenario.Posts[p].Min);
        var vacancy = _vacancy.Take(until).Sum();
        var before = natives.Sum(c => _values[c]);
        var (best, bestPrice) = (0.0, 0.0);
        for (var price = 1.0; price <= _scenario.Policy.Weights.Vacancy; price *= 2)
        {
            Set(prices, posts, until, price);
            var gain = natives.Sum(c => Least(c, prices, work)) - before + price * (minimums * until - vacancy);
            if (gain <= best) break;
            (best, bestPrice) = (gain, price);
        }
        Set(prices, posts, until, 0);
        return bestPrice;
    }

    /// <summary>A cadre's least career under the prices; a cadre in two offices' searches is priced by one at a time.</summary>
    private double Least(int c, Prices prices, RelaxedCareer.Workspace work)
    {
        var career = _careers[c]!;
        lock (career) return career.Least(work, prices);
    }

    private Prices Copy(Prices prices)
    {
        var copy = new Prices(_scenario);
        prices.Cover.CopyTo(copy.Cover, 0);
        return copy;
    }

    private void Set(Prices prices, int[] posts, int until, double price)
    {
        foreach (var p in posts)
            for (var t = 0; t < until; t++) prices.Cover[p * _months + t] = price;
    }

    /// <summary>
    /// The months before anyone who lacks the posts' competencies could hold them (capped below the last month), and
    /// the only cadres of <paramref name="reachers"/> who could hold them then: those who have the competencies, start in
    /// one of the posts or have one in a published plan.
    /// </summary>
    private (int Until, List<int> Natives) EarlyMonths(int[] posts, List<int> reachers)
    {
        var ids = posts.Select(p => _scenario.Posts[p].Id).ToHashSet();
        var requires = _scenario.Posts[posts[0]].Requires;
        var until = _months - 1;
        var natives = new List<int>();
        foreach (var c in reachers)
        {
            var cadre = _scenario.Cadres[c];
            var lacking = requires.Where(r => !cadre.Competencies.Contains(r)).ToList();
            if (lacking.Count == 0 || ids.Contains(cadre.Post ?? "") || Published(c).Any(p => p is not null && ids.Contains(p)))
            {
                natives.Add(c);
                continue;
            }
            var ready = Ready(c);
            until = Math.Min(until, lacking.Max(r => ready.GetValueOrDefault(r, int.MaxValue)));
        }
        return (until, natives);
    }

    private Dictionary<string, int> Ready(int c) => _ready.TryGetValue(c, out var ready) ? ready
        : _ready[c] = Candidates.Readiness(_scenario, _scenario.Cadres[c], Presence.Of(_scenario, _scenario.Cadres[c]));

    private string?[] Published(int c) => _published.TryGetValue(c, out var posts) ? posts
        : _published[c] = Model.Published.PostsOf(_scenario, _scenario.Cadres[c].Id, Presence.Of(_scenario, _scenario.Cadres[c]));

    /// <summary>The highest price in month t of a post whose shortfall is vacancy: a critical post's cover is a rule.</summary>
    private double HighestPrice(int t)
    {
        var highest = 0.0;
        for (var p = 0; p < _scenario.Posts.Length; p++)
            if (!_scenario.Posts[p].Critical) highest = Math.Max(highest, _prices.Cover[p * _months + t]);
        return highest;
    }

    private static bool Priced(Post post) => post.Min > 0 && post.Requires.Length > 0;

    private static string Requirements(Post post) => string.Join('\n', post.Requires.Order());
}
