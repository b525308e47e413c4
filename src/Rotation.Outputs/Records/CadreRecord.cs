using System.Collections.Immutable;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Domain.Time;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Records;

/// <summary>A post held for consecutive months, first to last (inclusive).</summary>
public sealed record Stint(string Post, YearMonth First, YearMonth Last);

/// <summary>A course place taken, with the months it occupies, first to last (inclusive).</summary>
public sealed record CourseTaken(Course Course, YearMonth First, YearMonth Last);

/// <summary>
/// One cadre's rotation record over the horizon, as records.csv and the report's record pages print it: the posts
/// served (stints in order), the offices served (in the order first held), how many moves, the offices new to them,
/// the competencies gained, the courses taken and their checkpoints by date.
/// </summary>
public sealed record CadreRecord(
    Cadre Cadre,
    ImmutableArray<Stint> Stints,
    ImmutableArray<string> Offices,
    int Moves,
    ImmutableArray<string> NewOffices,
    ImmutableArray<string> CompetenciesGained,
    ImmutableArray<CourseTaken> Courses,
    ImmutableArray<Checkpoint> Checkpoints)
{
    /// <summary>The posts served, each once, in the order first held.</summary>
    public IEnumerable<string> Posts => Stints.Select(s => s.Post).Distinct();

    /// <summary>Every cadre's record, in scenario order.</summary>
    public static IEnumerable<CadreRecord> Of(PlanView view)
    {
        var moves = view.Moves.GroupBy(m => m.Cadre).ToDictionary(g => g.Key, g => g.Count());
        var checkpoints = view.Plan.Checkpoints.ToLookup(c => c.Cadre);
        return view.Scenario.Cadres.Select(cadre =>
        {
            var stints = StintsOf(view, cadre);
            var offices = stints.Select(s => view.OfficeOf(s.Post)).Distinct().ToImmutableArray();
            var home = cadre.PastOffices.ToHashSet();
            // As the objective counts cross-office experience: the office one starts in (or joins) is not new either.
            if ((cadre.IsJoiner ? stints.FirstOrDefault()?.Post : cadre.Post) is { } start) home.Add(view.OfficeOf(start));
            var courses = view.TrainingsOf(cadre.Id).OrderBy(t => t.First).Select(t => new CourseTaken(t.Course, t.First, t.Last)).ToImmutableArray();
            return new CadreRecord(cadre, stints, offices, moves.GetValueOrDefault(cadre.Id),
                [.. offices.Where(o => !home.Contains(o))],
                [.. courses.Select(c => c.Course.Grants).Where(c => !cadre.Competencies.Contains(c)).Distinct()],
                courses,
                [.. checkpoints[cadre.Id].OrderBy(c => c.Date)]);
        });
    }

    /// <summary>
    /// The cadre's stints in the horizon. The one held when the horizon starts runs from the month it began
    /// (<see cref="Cadre.Since"/>), so the record shows how long the post has been held.
    /// </summary>
    private static ImmutableArray<Stint> StintsOf(PlanView view, Cadre cadre)
    {
        var horizon = view.Scenario.Horizon;
        var stints = ImmutableArray.CreateBuilder<Stint>();
        for (var t = 0; t < horizon.Months; t++)
        {
            if (view.PostAt(cadre.Id, t) is not { } post || (t > 0 && view.PostAt(cadre.Id, t - 1) == post)) continue;
            var last = t;
            while (last + 1 < horizon.Months && view.PostAt(cadre.Id, last + 1) == post) last++;
            var first = t == 0 && post == cadre.Post && cadre.Since is { } since ? since : horizon.MonthAt(t);
            stints.Add(new Stint(post, first, horizon.MonthAt(last)));
        }
        return stints.ToImmutable();
    }
}
