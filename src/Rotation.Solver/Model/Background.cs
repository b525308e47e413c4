using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;

namespace Rotation.Solver.Model;

/// <summary>
/// What the cadres left out of a model do, fixed: the posts they hold, their moves and their course seats, which the
/// shared rules (headcount, cover, throughput, avoidance, seats) and the vacancy count add to the model's own cadres. A
/// model of a few cadres among thousands is then as small as those few. Empty for a model of a whole scenario.
/// </summary>
internal sealed class Background
{
    public static readonly Background None = new([], [], [], [], [], []);

    private readonly Dictionary<(string Post, int Month), int> _holders, _available;
    private readonly Dictionary<int, int> _moves;
    private readonly Dictionary<(string Office, int Month), int> _departures;
    private readonly Dictionary<(string Course, int Start), int> _seats;
    private readonly Dictionary<string, List<string?[]>> _avoided;

    private Background(Dictionary<(string, int), int> holders, Dictionary<(string, int), int> available, Dictionary<int, int> moves,
        Dictionary<(string, int), int> departures, Dictionary<(string, int), int> seats, Dictionary<string, List<string?[]>> avoided) =>
        (_holders, _available, _moves, _departures, _seats, _avoided) = (holders, available, moves, departures, seats, avoided);

    /// <summary>Holders of the post in month t.</summary>
    public int Holders(string post, int t) => _holders.GetValueOrDefault((post, t));

    /// <summary>Holders of the post in month t who are not away then.</summary>
    public int Available(string post, int t) => _available.GetValueOrDefault((post, t));

    /// <summary>Moves in month t.</summary>
    public int Moves(int t) => _moves.GetValueOrDefault(t);

    /// <summary>Moves out of a post of the office in month t.</summary>
    public int Departures(string office, int t) => _departures.GetValueOrDefault((office, t));

    /// <summary>Seats taken in the session of the course that starts in month t.</summary>
    public int Seats(string course, int t) => _seats.GetValueOrDefault((course, t));

    /// <summary>The offices by month (null when absent) of every fixed cadre whom the model's cadre must not meet.</summary>
    public IReadOnlyList<string?[]> Avoided(string cadre) => _avoided.TryGetValue(cadre, out var offices) ? offices : [];

    /// <summary>
    /// The background of a model of the scenario's cadres outside <paramref name="fixedCadres"/>: those cadres hold
    /// their <paramref name="rows"/> and take their <paramref name="trainings"/>.
    /// </summary>
    public static Background Of(Scenario scenario, IReadOnlyDictionary<string, string?[]> rows, IEnumerable<Training> trainings,
        IReadOnlySet<string> fixedCadres)
    {
        var facts = ScenarioFacts.Of(scenario);
        var officeOf = scenario.Posts.ToDictionary(p => p.Id, p => p.Office);
        var (holders, available) = (new Dictionary<(string, int), int>(), new Dictionary<(string, int), int>());
        var (moves, departures) = (new Dictionary<int, int>(), new Dictionary<(string, int), int>());
        var avoided = new Dictionary<string, List<string?[]>>();
        foreach (var cadre in scenario.Cadres.Where(c => fixedCadres.Contains(c.Id)))
        {
            var (row, away) = (rows[cadre.Id], facts.AwayById[cadre.Id]);
            for (var t = 0; t < row.Length; t++)
            {
                if (row[t] is not { } post) continue;
                Add(holders, (post, t));
                if (!away[t]) Add(available, (post, t));
                if ((t == 0 ? cadre.Post : row[t - 1]) is { } before && before != post)
                {
                    Add(moves, t);
                    Add(departures, (officeOf[before], t));
                }
            }
            var offices = row.Select(p => p is null ? null : officeOf[p]).ToArray();
            foreach (var other in scenario.Cadres.Where(o => !fixedCadres.Contains(o.Id) && (o.Avoid.Contains(cadre.Id) || cadre.Avoid.Contains(o.Id))))
                (avoided.TryGetValue(other.Id, out var list) ? list : avoided[other.Id] = []).Add(offices);
        }
        var seats = new Dictionary<(string, int), int>();
        foreach (var training in trainings.Where(t => fixedCadres.Contains(t.Cadre)))
            Add(seats, (training.Course, facts.MonthOf[training.Start]));
        return new Background(holders, available, moves, departures, seats, avoided);
    }

    private static void Add<TKey>(Dictionary<TKey, int> counts, TKey key) where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
