using Rotation.Domain.Scenarios;

namespace Rotation.Solver.Construction;

/// <summary>
/// The naive baseline HR would draw by hand: nobody moves unless forced. Everyone keeps their starting post; a joiner
/// takes the first post with room that they qualify for without training; a stint that would outlast its cycle max
/// moves at the latest month it can, to the post with most room, outside blackouts, unavailability and the move limits.
/// When that leaves someone with nowhere to go (earlier movers took the room they needed), the plan is drawn again
/// with every move kept within its own office where a post there has room, as the generator's witness plan does.
/// A heuristic: the plan it returns is a warm start and a baseline, and is checked like any other.
/// </summary>
public static class StayPutPlanner
{
    public static IReadOnlyDictionary<string, string?[]> Plan(Scenario scenario)
    {
        // Moves across offices make the better warm start (they earn new offices), so they are the first choice.
        var roomiest = Draw(scenario, ownOfficeFirst: false);
        if (roomiest.Stuck == 0) return roomiest.Rows;
        var withinOffice = Draw(scenario, ownOfficeFirst: true);
        return withinOffice.Stuck < roomiest.Stuck ? withinOffice.Rows : roomiest.Rows;
    }

    private static State Draw(Scenario scenario, bool ownOfficeFirst)
    {
        var state = new State(scenario, ownOfficeFirst);
        // Everyone present from the start first holds their post throughout, so every later choice sees them.
        foreach (var cadre in scenario.Cadres.Where(c => !c.IsJoiner)) state.Stay(cadre);
        foreach (var cadre in scenario.Cadres.Where(c => !c.IsJoiner).OrderBy(state.Deadline)) state.MoveIfForced(cadre);
        foreach (var cadre in scenario.Cadres.Where(c => c.IsJoiner).OrderBy(c => c.Joins)) state.Seat(cadre);
        return state;
    }

    private sealed class State
    {
        private readonly Scenario _s;
        private readonly int _months;
        /// <summary>Holders by post number × months + month: a dictionary keyed by post id made the plan of thousands of cadres take seconds.</summary>
        private readonly int[] _holders;
        private readonly Dictionary<string, int> _number;
        private readonly int[] _moves;
        private readonly Dictionary<(string Office, int Month), int> _departures = [];
        private readonly Dictionary<string, Post> _posts;
        private readonly Model.ScenarioFacts _facts;
        private readonly bool _ownOfficeFirst;

        /// <summary>Per cadre, everyone they avoid or who avoids them: scanning every cadre per candidate post was quadratic.</summary>
        private readonly ILookup<string, string> _avoided;

        public State(Scenario scenario, bool ownOfficeFirst)
        {
            _s = scenario;
            _ownOfficeFirst = ownOfficeFirst;
            _months = scenario.Horizon.Months;
            _moves = new int[_months];
            _posts = scenario.Posts.ToDictionary(p => p.Id);
            _number = scenario.Posts.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
            _holders = new int[scenario.Posts.Length * _months];
            _facts = Model.ScenarioFacts.Of(scenario);
            _avoided = scenario.Cadres.SelectMany(c => c.Avoid.SelectMany(o => new[] { (c.Id, o), (o, c.Id) })).Distinct()
                .ToLookup(pair => pair.Item1, pair => pair.Item2);
        }

        public Dictionary<string, string?[]> Rows { get; } = [];

        /// <summary>Cadres left where a rule breaks: a stint past its cycle max, or a joiner with no post.</summary>
        public int Stuck { get; private set; }

        private Model.Presence Presence(Cadre cadre) => Model.Presence.Of(_s, cadre);

        private int Prior(Cadre cadre) => _facts.PriorMonthsOf(cadre);

        /// <summary>First month the starting stint may no longer cover (horizon index), by its cycle max.</summary>
        public int Deadline(Cadre cadre) => _s.TenureOf(_posts[cadre.Post!]).Max - Prior(cadre);

        public void Stay(Cadre cadre)
        {
            var (join, leave) = Presence(cadre);
            Rows[cadre.Id] = new string?[_months];
            Fill(Rows[cadre.Id], cadre.Post!, join, leave);
        }

        /// <summary>Moves a cadre whose stint would outlast its cycle max, at the latest legal month, as often as needed.</summary>
        public void MoveIfForced(Cadre cadre)
        {
            if (cadre.Locked) return;
            var (_, leave) = Presence(cadre);
            var row = Rows[cadre.Id];
            var post = cadre.Post!;
            var stintStart = 0;
            var prior = Prior(cadre);
            while (true)
            {
                var cycle = _s.TenureOf(_posts[post]);
                var mustLeaveBy = stintStart + cycle.Max - prior;
                if (mustLeaveBy >= leave) return;
                var earliest = Math.Max(stintStart, stintStart + cycle.Min - prior);
                var move = FindMove(cadre, post, Math.Max(0, Math.Min(earliest, mustLeaveBy)), Math.Max(0, mustLeaveBy), leave);
                if (move is null)
                {
                    Stuck++; // no legal move: the solver repairs the warm start
                    return;
                }
                var (month, target) = move.Value;
                Unfill(row, post, month, leave);
                Fill(row, target, month, leave);
                _moves[month]++;
                var office = _posts[post].Office;
                _departures[(office, month)] = _departures.GetValueOrDefault((office, month)) + 1;
                post = target;
                stintStart = month;
                prior = 0;
            }
        }

        public void Seat(Cadre cadre)
        {
            var (join, leave) = Presence(cadre);
            var row = new string?[_months];
            Rows[cadre.Id] = row;
            if (join >= leave) return;
            if (FirstPostFor(cadre, join, leave, null) is { } post) Fill(row, post, join, leave);
            else Stuck++;
        }

        private void Unfill(string?[] row, string post, int from, int to)
        {
            for (var t = from; t < to; t++)
            {
                row[t] = null;
                _holders[_number[post] * _months + t]--;
            }
        }

        private void Fill(string?[] row, string post, int from, int to)
        {
            for (var t = from; t < to; t++)
            {
                row[t] = post;
                _holders[_number[post] * _months + t]++;
            }
        }

        /// <summary>The latest month in [earliest, latest] with a legal move, and its target.</summary>
        private (int Month, string Target)? FindMove(Cadre cadre, string from, int earliest, int latest, int leave)
        {
            for (var month = Math.Min(latest, leave - 1); month >= earliest; month--)
            {
                if (!CanMoveAt(cadre, from, month)) continue;
                var target = FirstPostFor(cadre, month, leave, from);
                if (target is not null && !IsBlackout(_posts[target].Office, month)) return (month, target);
            }
            return null;
        }

        private bool CanMoveAt(Cadre cadre, string from, int month)
        {
            var policy = _s.Policy;
            if (cadre.IsUnavailableIn(_s.Horizon.MonthAt(month))) return false;
            if (IsBlackout(_posts[from].Office, month)) return false;
            if (policy.MaxMovesPerMonth is { } limit && _moves[month] >= limit) return false;
            if (policy.MaxDeparturesPerOfficePerMonth is { } perOffice &&
                _departures.GetValueOrDefault((_posts[from].Office, month)) >= perOffice) return false;
            var post = _posts[from];
            return !post.Critical || _holders[_number[from] * _months + month] - 1 >= post.Min;
        }

        private bool IsBlackout(string office, int month) =>
            _facts.Blackout[office][month];

        /// <summary>
        /// A post with room from <paramref name="from"/> to <paramref name="to"/>, the emptiest relative to its min; when
        /// moves keep to their office, one in the office being left comes first.
        /// </summary>
        private string? FirstPostFor(Cadre cadre, int from, int to, string? leaving)
        {
            var office = leaving is not null && _ownOfficeFirst ? _posts[leaving].Office : null;
            Post? best = null;
            (bool, int) bestKey = default;
            for (var i = 0; i < _s.Posts.Length; i++)
            {
                var p = _s.Posts[i];
                if (p.Id == leaving || !p.AdmitsGrade(cadre.Grade) || !p.Requires.All(cadre.Competencies.Contains) || !HasRoom(i, p, from, to)
                    || AvoidsOffice(cadre, p.Office, from, to)) continue;
                var key = (office is not null && p.Office != office, _holders[i * _months + from] - p.Min);
                if (best is null || key.CompareTo(bestKey) < 0
                    || (key == bestKey && StringComparer.Ordinal.Compare(p.Id, best.Id) < 0)) (best, bestKey) = (p, key);
            }
            return best?.Id;
        }

        private bool HasRoom(int number, Post post, int from, int to)
        {
            for (var t = from; t < to; t++)
                if (_holders[number * _months + t] >= post.Max) return false;
            return true;
        }

        private bool AvoidsOffice(Cadre cadre, string office, int from, int to)
        {
            foreach (var other in _avoided[cadre.Id])
                if (Rows.TryGetValue(other, out var row))
                    for (var t = from; t < to; t++)
                        if (row[t] is { } p && _posts[p].Office == office) return true;
            return false;
        }
    }
}
