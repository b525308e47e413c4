using System.Collections.Immutable;
using Rotation.Domain.Time;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Schedule;

/// <summary>Holders of an office's posts in one month, against the sum of those posts' min and max headcounts.</summary>
/// <param name="Available">Holders not on leave or secondment that month.</param>
public sealed record OfficeMonth(string Office, string Month, int Holders, int Available, int Min, int Max)
{
    public bool Short => Available < Min;
    public bool Over => Holders > Max;
}

public static class Headcount
{
    /// <summary>Every office in scenario order, each with one entry per month of the horizon.</summary>
    public static ImmutableArray<(string Office, ImmutableArray<OfficeMonth> Months)> ByOffice(PlanView view)
    {
        var scenario = view.Scenario;
        return [.. scenario.Offices.Select(o =>
        {
            var posts = scenario.Posts.Where(p => p.Office == o.Id).ToArray();
            var (min, max) = (posts.Sum(p => p.Min), posts.Sum(p => p.Max));
            return (o.Id, Months: view.Plan.Months.Select((label, t) =>
            {
                var month = YearMonth.Parse(label);
                var holders = scenario.Cadres.Where(c => view.PostAt(c.Id, t) is { } p && view.OfficeOf(p) == o.Id).ToArray();
                return new OfficeMonth(o.Id, label, holders.Length, holders.Count(c => !c.IsUnavailableIn(month)), min, max);
            }).ToImmutableArray());
        })];
    }
}
