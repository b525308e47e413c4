using Rotation.Domain.Plans;

namespace Rotation.Checking.Objective;

/// <summary>vacancy: months × missing available holders over non-critical posts.</summary>
public sealed class VacancyTerm : ITerm
{
    public string Id => "vacancy";
    public long Reported(Terms terms) => terms.Vacancy;

    public long Count(PlanView plan)
    {
        long total = 0;
        foreach (var post in plan.Scenario.Posts.Where(p => !p.Critical && p.Min > 0))
            for (var t = 0; t < plan.Months; t++)
            {
                var month = plan.Scenario.Horizon.MonthAt(t);
                var available = plan.HoldersOf(post.Id, t).Count(c => !c.Cadre.IsUnavailableIn(month));
                total += Math.Max(0, post.Min - available);
            }
        return total;
    }
}

/// <summary>moves: the number of moves (H2).</summary>
public sealed class MovesTerm : ITerm
{
    public string Id => "moves";
    public long Reported(Terms terms) => terms.Moves;
    public long Count(PlanView plan) => plan.Cadres.Sum(c => c.Moves.Length);
}

/// <summary>excessMoves: each cadre's moves beyond the fair number.</summary>
public sealed class ExcessMovesTerm : ITerm
{
    public string Id => "excessMoves";
    public long Reported(Terms terms) => terms.ExcessMoves;
    public long Count(PlanView plan) => plan.Cadres.Sum(c => Math.Max(0, c.Moves.Length - plan.Scenario.Policy.FairMoves));
}

/// <summary>trainingCost: the cost of every enrolment.</summary>
public sealed class TrainingCostTerm : ITerm
{
    public string Id => "trainingCost";
    public long Reported(Terms terms) => terms.TrainingCost;
    public long Count(PlanView plan) => plan.Plan.Trainings.Sum(t => (long)(plan.Index.Courses.GetValueOrDefault(t.Course)?.Cost ?? 0));
}

/// <summary>crossOffice: (cadre, office) pairs worked in that are neither a past office nor the office the cadre started in.</summary>
public sealed class CrossOfficeTerm : ITerm
{
    public string Id => "crossOffice";
    public long Reported(Terms terms) => terms.CrossOffice;

    public long Count(PlanView plan)
    {
        long total = 0;
        foreach (var cadre in plan.Cadres)
        {
            var home = cadre.Cadre.PastOffices.ToHashSet();
            if (plan.PostOf(cadre.StartingPost) is { } start) home.Add(start.Office);
            // Every month held lies in one stint; a starting stint left at month 0 holds none.
            total += cadre.Stints.Where(s => s.Length > 0)
                .Select(s => plan.PostOf(s.Post)?.Office)
                .OfType<string>()
                .Distinct()
                .Count(office => !home.Contains(office));
        }
        return total;
    }
}

/// <summary>preference: the weights of each cadre's preferences matching the post held, summed over months.</summary>
public sealed class PreferenceTerm : ITerm
{
    public string Id => "preference";
    public long Reported(Terms terms) => terms.Preference;

    public long Count(PlanView plan)
    {
        long total = 0;
        foreach (var cadre in plan.Cadres.Where(c => c.Cadre.Preferences.Length > 0))
            for (var t = 0; t < plan.Months; t++)
                if (plan.PostOf(cadre.PostAt(t)) is { } post)
                    total += cadre.Cadre.Preferences.Where(p => p.Target switch
                    {
                        Domain.Scenarios.PreferenceTarget.Post => p.Id == post.Id,
                        Domain.Scenarios.PreferenceTarget.Office => p.Id == post.Office,
                        _ => p.Id == post.WorkNature,
                    }).Sum(p => (long)p.Weight);
        return total;
    }
}

/// <summary>changes: compared (cadre, month) cells whose post differs from the published plan.</summary>
public sealed class ChangesTerm : ITerm
{
    public string Id => "changes";
    public long Reported(Terms terms) => terms.Changes;
    public long Count(PlanView plan) => Compared.Cells(plan).LongCount(x => x.Cadre.PostAt(x.Month) != x.Published);
}
