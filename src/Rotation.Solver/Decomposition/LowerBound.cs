using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;
using Rotation.Solver.Objective;

namespace Rotation.Solver.Decomposition;

/// <summary>
/// A proven lower bound on the objective that needs no model, for plans too large to bound with CP-SAT: each cadre on
/// their own, free of every coupling rule, at best gains a new office per move (up to the offices they could ever
/// reach) and their best-liked reachable post in every month. Vacancy is at least what <see cref="VacancyBound"/> proves; training cost
/// and changes are at least 0.
/// Valid only when no weight is negative (<see cref="Applies"/>).
/// </summary>
internal static class LowerBound
{
    public static bool Applies(Weights w) =>
        w.Vacancy >= 0 && w.Move >= 0 && w.ExcessMoves >= 0 && w.TrainingCost >= 0 && w.CrossOffice >= 0 && w.Preference >= 0 && w.Change >= 0;

    public static long Of(Scenario scenario)
    {
        var w = scenario.Policy.Weights;
        var index = new ScenarioIndex(scenario);
        long bound = 0;
        var candidates = new IReadOnlyList<Post>[scenario.Cadres.Length];
        for (var c = 0; c < scenario.Cadres.Length; c++)
        {
            var cadre = scenario.Cadres[c];
            var presence = Presence.Of(scenario, cadre);
            var posts = candidates[c] = Candidates.PostsFor(scenario, cadre, presence);
            if (presence.Join >= presence.Leave) continue;
            var home = cadre.PastOffices.ToHashSet();
            if (!cadre.IsJoiner && cadre.Post is { } start) home.Add(index.Post(start).Office);
            var newOffices = posts.Select(p => p.Office).Distinct().Count(o => !home.Contains(o));
            var moveMonths = cadre.Locked ? 0 : presence.Leave - presence.Join - (cadre.IsJoiner ? 1 : 0);
            bound += Enumerable.Range(0, moveMonths + 1)
                .Min(m => (long)w.Move * m + (long)w.ExcessMoves * Math.Max(0, m - scenario.Policy.FairMoves) - (long)w.CrossOffice * Math.Min(m, newOffices));
            if (cadre.Preferences.Length > 0 && posts.Count > 0)
                bound -= (long)w.Preference * (presence.Leave - presence.Join) * posts.Max(p => PreferenceTerm.Liking(cadre, p));
        }
        return bound + w.Vacancy * VacancyBound.Of(index, candidates);
    }

}
