using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;

namespace Rotation.Checking.Objective;

/// <summary>vacancy: months × missing available holders over non-critical posts; an item per post and month short.</summary>
public sealed class VacancyTerm : ITerm
{
    public string Id => "vacancy";
    public long Weight(Weights weights) => weights.Vacancy;
    public long Reported(Terms terms) => terms.Vacancy;

    public IEnumerable<TermItem> Items(PlanView plan)
    {
        foreach (var post in plan.Scenario.Posts.Where(p => !p.Critical && p.Min > 0))
            for (var t = 0; t < plan.Months; t++)
            {
                var month = plan.Scenario.Horizon.MonthAt(t);
                var available = plan.HoldersOf(post.Id, t).Count(c => !c.Cadre.IsUnavailableIn(month));
                if (available < post.Min) yield return new(null, post.Id, t, null, post.Min - available);
            }
    }
}

/// <summary>moves: the number of moves (H2); an item per move, at the post entered.</summary>
public sealed class MovesTerm : ITerm
{
    public string Id => "moves";
    public long Weight(Weights weights) => weights.Move;
    public long Reported(Terms terms) => terms.Moves;

    public IEnumerable<TermItem> Items(PlanView plan) =>
        plan.Cadres.SelectMany(c => c.Moves.Select(t => new TermItem(c.Id, c.PostAt(t), t, null, 1)));
}

/// <summary>excessMoves: each cadre's moves beyond the fair number; an item per cadre over it.</summary>
public sealed class ExcessMovesTerm : ITerm
{
    public string Id => "excessMoves";
    public long Weight(Weights weights) => weights.ExcessMoves;
    public long Reported(Terms terms) => terms.ExcessMoves;

    public IEnumerable<TermItem> Items(PlanView plan) =>
        plan.Cadres.Where(c => c.Moves.Length > plan.Scenario.Policy.FairMoves)
            .Select(c => new TermItem(c.Id, null, null, null, c.Moves.Length - plan.Scenario.Policy.FairMoves));
}

/// <summary>trainingCost: the cost of every enrolment; an item per enrolment, about its course.</summary>
public sealed class TrainingCostTerm : ITerm
{
    public string Id => "trainingCost";
    public long Weight(Weights weights) => weights.TrainingCost;
    public long Reported(Terms terms) => terms.TrainingCost;

    public IEnumerable<TermItem> Items(PlanView plan) =>
        plan.Plan.Trainings.GroupBy(t => (t.Cadre, t.Course, t.Start)).Select(g =>
        {
            var start = Domain.Time.YearMonth.TryParse(g.Key.Start) is { } m ? plan.Scenario.Horizon.IndexOf(m) : (int?)null;
            return new TermItem(g.Key.Cadre, null, start, g.Key.Course, g.Count() * (long)(plan.Index.Courses.GetValueOrDefault(g.Key.Course)?.Cost ?? 0));
        });
}

/// <summary>
/// crossOffice: (cadre, office) pairs worked in that are neither a past office nor the office the cadre started in;
/// an item per pair, at the first post and month held there.
/// </summary>
public sealed class CrossOfficeTerm : ITerm
{
    public string Id => "crossOffice";
    public long Weight(Weights weights) => -weights.CrossOffice;
    public long Reported(Terms terms) => terms.CrossOffice;

    public IEnumerable<TermItem> Items(PlanView plan)
    {
        foreach (var cadre in plan.Cadres)
        {
            var home = cadre.Cadre.PastOffices.ToHashSet();
            if (plan.PostOf(cadre.StartingPost) is { } start) home.Add(start.Office);
            // Every month held lies in one stint; a starting stint left at month 0 holds none.
            foreach (var first in cadre.Stints.Where(s => s.Length > 0 && plan.PostOf(s.Post) is not null)
                         .GroupBy(s => plan.PostOf(s.Post)!.Office)
                         .Where(g => !home.Contains(g.Key))
                         .Select(g => g.MinBy(s => s.Start)!))
                yield return new(cadre.Id, first.Post, first.Start, plan.PostOf(first.Post)!.Office, 1);
        }
    }
}

/// <summary>
/// preference: the weights of each cadre's preferences matching the post held, summed over months; an item per cadre
/// and post held, at the first month held.
/// </summary>
public sealed class PreferenceTerm : ITerm
{
    public string Id => "preference";
    public long Weight(Weights weights) => -weights.Preference;
    public long Reported(Terms terms) => terms.Preference;

    public IEnumerable<TermItem> Items(PlanView plan)
    {
        foreach (var cadre in plan.Cadres.Where(c => c.Cadre.Preferences.Length > 0))
        {
            var met = new Dictionary<string, (int First, long Weight)>();
            for (var t = 0; t < plan.Months; t++)
                if (plan.PostOf(cadre.PostAt(t)) is { } post)
                {
                    var weight = cadre.Cadre.Preferences.Where(p => p.Target switch
                    {
                        PreferenceTarget.Post => p.Id == post.Id,
                        PreferenceTarget.Office => p.Id == post.Office,
                        _ => p.Id == post.WorkNature,
                    }).Sum(p => (long)p.Weight);
                    met[post.Id] = met.TryGetValue(post.Id, out var so) ? (so.First, so.Weight + weight) : (t, weight);
                }
            foreach (var (post, (first, weight)) in met.Where(m => m.Value.Weight != 0))
                yield return new(cadre.Id, post, first, null, weight);
        }
    }
}

/// <summary>changes: compared (cadre, month) cells whose post differs from the published plan; an item per cell.</summary>
public sealed class ChangesTerm : ITerm
{
    public string Id => "changes";
    public long Weight(Weights weights) => weights.Change;
    public long Reported(Terms terms) => terms.Changes;

    public IEnumerable<TermItem> Items(PlanView plan) =>
        Compared.Cells(plan).Where(x => x.Cadre.PostAt(x.Month) != x.Published)
            .Select(x => new TermItem(x.Cadre.Id, x.Cadre.PostAt(x.Month), x.Month, x.Published, 1));
}
