using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;

namespace Rotation.Solver.Bounds;

/// <summary>
/// A lower bound on the vacancy term that every plan meets. In each month, the posts with a minimum can be covered by
/// no more available holders than a matching between them and the cadres who could hold them then; whatever of the
/// minimums that matching leaves uncovered is vacancy (critical posts take part, since a plan must cover them in full).
/// "Could hold" is generous on purpose, so that the bound stays valid: a cadre is left out of a post only when their
/// own presence, availability, grade, competency in time, tenure, a blackout, a lock or a frozen cell rules it out.
/// A cadre who cannot have left their post yet (the starting stint is short of its minimum, or every move so far was
/// barred) holds it; if they are unavailable they also take a place from the post's maximum. That is how an unavailable
/// specialist who cannot leave becomes a vacancy no plan avoids.
/// </summary>
internal static class VacancyBound
{
    /// <summary>Vacancy months every plan has; <paramref name="candidates"/> holds each cadre's candidate posts.</summary>
    public static long Of(ScenarioIndex index, IReadOnlyList<IReadOnlyList<Post>> candidates) => PerMonth(index, candidates).Sum();

    /// <summary>Per month, the vacancy every plan has in it.</summary>
    public static long[] PerMonth(ScenarioIndex index, IReadOnlyList<IReadOnlyList<Post>> candidates)
    {
        var scenario = index.Scenario;
        var posts = scenario.Posts.Where(p => p.Min > 0).ToArray();
        var vacancy = new long[scenario.Horizon.Months];
        if (posts.Length == 0) return vacancy;
        var slots = new Dictionary<string, int>();
        for (var j = 0; j < posts.Length; j++) slots[posts[j].Id] = j;
        var facts = ScenarioFacts.Of(scenario);
        var months = scenario.Horizon.Months;
        var blocked = posts.Select(p => facts.Blackout[p.Office]).ToArray();

        var reach = new List<Reach>();
        for (var c = 0; c < scenario.Cadres.Length; c++)
            if (Reach.Of(facts, c, candidates[c], slots) is { } r) reach.Add(r);
        var reachers = posts.Select(_ => new List<int>()).ToArray();
        for (var c = 0; c < reach.Count; c++)
            foreach (var j in reach[c].Slots)
                reachers[j].Add(c);

        var matching = new Matching(posts.Length, reach.Count);
        var away = new int[posts.Length];
        var capacity = new int[posts.Length];
        var demand = posts.Sum(p => p.Min);
        for (var t = 0; t < months; t++)
        {
            // Pinned holders who are away still take a place.
            Array.Clear(away);
            foreach (var r in reach)
                if (r.PinnedSlot(t) is var j and >= 0 && !r.AvailableIn(t)) away[j]++;
            for (var j = 0; j < posts.Length; j++) capacity[j] = Math.Max(0, Math.Min(posts[j].Min, posts[j].Max - away[j]));
            var month = t;
            vacancy[t] = demand - matching.Run(capacity, reachers, (j, c) => reach[c].CouldHold(j, month, blocked[j]));
        }
        return vacancy;
    }

    /// <summary>Where one cadre could be, over the posts with a minimum (their slots).</summary>
    private sealed class Reach
    {
        private const int Free = -2;
        private const int Elsewhere = -1;

        private readonly Presence _presence;
        private readonly bool[] _unavailable;
        private readonly int[] _pinned;
        private readonly int _startingSlot;
        private readonly int _stayUntil;
        private readonly bool _joiner;
        private readonly Dictionary<int, (int From, int MaxTenure)> _stints;

        private Reach(Presence presence, bool[] unavailable, int[] pinned, int startingSlot, int stayUntil, bool joiner,
            Dictionary<int, (int, int)> stints)
        {
            _presence = presence;
            _unavailable = unavailable;
            _pinned = pinned;
            _startingSlot = startingSlot;
            _stayUntil = stayUntil;
            _joiner = joiner;
            _stints = stints;
        }

        public IEnumerable<int> Slots => _stints.Keys.Append(_startingSlot).Concat(_pinned).Where(j => j >= 0).Distinct();

        public bool AvailableIn(int t) => _presence.Contains(t) && !_unavailable[t];

        /// <summary>The slot the cadre must hold in month t, or a negative number.</summary>
        public int PinnedSlot(int t) => _presence.Contains(t) ? _pinned[t] : Elsewhere;

        public bool CouldHold(int j, int t, bool[] blocked)
        {
            if (!AvailableIn(t)) return false;
            if (_pinned[t] != Free) return _pinned[t] == j;
            if (j == _startingSlot && t < _stayUntil) return true;
            if (!_stints.TryGetValue(j, out var stint)) return false;
            // Some month in [from, t], close enough for the post's cycle, at which the cadre may start a stint there.
            for (var start = t; start >= Math.Max(stint.From, t - stint.MaxTenure + 1); start--)
                if (!_unavailable[start] && (!blocked[start] || (_joiner && start == _presence.Join))) return true;
            return false;
        }

        public static Reach? Of(ScenarioFacts facts, int c, IReadOnlyList<Post> candidates, Dictionary<string, int> slots)
        {
            var (scenario, index, cadre) = (facts.Scenario, facts.Index, facts.Scenario.Cadres[c]);
            var presence = facts.Presence[c];
            if (presence.Join >= presence.Leave) return null;
            var horizon = scenario.Horizon;
            var months = horizon.Months;
            var unavailable = facts.Away[c];
            bool Blocked(Post p, int t) => facts.Blackout[p.Office][t];
            int SlotOf(Post p) => slots.TryGetValue(p.Id, out var j) ? j : Elsewhere;

            var start = cadre.IsJoiner ? null : index.Post(cadre.Post!);
            var prior = facts.PriorMonths[c];
            var cycle = start is null ? null : facts.CycleOf(start);
            // The first month the starting stint may end by a move (H6 c, H12), and the months it may last (H6 b).
            var earliestMove = cycle is null ? presence.Join : cadre.Locked ? int.MaxValue : Math.Max(0, cycle.Min - prior);
            var stayUntil = cycle is null ? 0 : cadre.Locked ? presence.Leave : Math.Min(presence.Leave, cycle.Max - prior);

            // A month's post is pinned by a frozen cell or a pin (where both name one, either: then no plan exists), or by
            // the month before when no move is allowed (H7, H8, H12, H6 c).
            var pins = FixedCells.PinnedPosts(scenario, cadre, presence);
            var frozen = Published.PostsOf(scenario, cadre.Id, presence)
                .Select((id, t) => (pins[t] ?? (t < scenario.Policy.FreezeMonths ? id : null)) is { } post ? index.Post(post) : null).ToArray();
            var pinned = new Post?[months];
            var unbroken = start is not null;
            for (var t = presence.Join; t < presence.Leave; t++)
            {
                var before = t == 0 ? start : t > presence.Join ? pinned[t - 1] : null;
                pinned[t] = frozen[t] ?? (before is not null && (cadre.Locked || unavailable[t] || Blocked(before, t) || (unbroken && t < earliestMove))
                    ? before : null);
                unbroken &= pinned[t] is not null && ReferenceEquals(pinned[t], start);
            }

            var stints = new Dictionary<int, (int, int)>();
            if (!(cadre.Locked && start is not null))
            {
                var ready = Candidates.Readiness(scenario, cadre, presence);
                foreach (var p in candidates)
                {
                    var j = SlotOf(p);
                    if (j < 0 || !p.AdmitsGrade(cadre.Grade)) continue;
                    var competent = p.Requires.Select(r => cadre.Competencies.Contains(r) ? 0 : ready.GetValueOrDefault(r, int.MaxValue))
                        .DefaultIfEmpty(0).Max();
                    // Back into the starting post only once the no-return months after the earliest move have passed (H13).
                    var from = ReferenceEquals(p, start) ? earliestMove + Math.Max(1, scenario.Policy.NoReturnMonths) : earliestMove;
                    from = Math.Max(from, competent);
                    // A locked joiner holds the post they join for as long as they are present, free of its cycle (H6, H12).
                    if (cadre.Locked) { if (competent <= presence.Join) stints[j] = (presence.Join, presence.Leave); }
                    else if (from < presence.Leave) stints[j] = (from, scenario.TenureOf(p).Max);
                }
            }
            var pinnedSlots = pinned.Select(p => p is null ? Free : SlotOf(p)).ToArray();
            return new Reach(presence, unavailable, pinnedSlots, start is null ? Elsewhere : SlotOf(start), stayUntil, cadre.IsJoiner, stints);
        }

    }
}
