using System.Collections.Immutable;
using MathNet.Numerics.Distributions;
using Rotation.Domain.Scenarios;
using Rotation.Domain.Time;

namespace Rotation.Experiments.Workforce;

/// <summary>
/// Draws a replication's workforce events on the base scenario. Attrition: each cadre leaves after a geometric number of
/// months with the monthly hazard that gives the yearly rate. Leave: a Poisson number of spells per cadre, each starting in
/// a uniform month and lasting 1 + Poisson(leaveMonths − 1) months. Hires: a Poisson number (the yearly rate × starting
/// headcount × years), each joining in a uniform month after the first, modelled on a uniformly chosen post that locked
/// cadres do not fill.
/// Every cadre draws in file order, whatever earlier draws gave, so that each stream stays aligned. Locked cadres draw
/// neither leaving nor leave: they hold their post by a decision (an office lead), and a lead's absence is a question for
/// that decision, not for the rotation policy.
/// </summary>
public static class WorkforceDrawer
{
    public static WorkforceDraw Draw(Scenario scenario, WorkforceRates rates, int seed, int replication, int attempt)
    {
        if (replication == 0) return WorkforceDraw.None(0);
        return new WorkforceDraw(replication, attempt,
            Leavers(scenario, rates, RandomStreams.For(seed, replication, DrawKind.Attrition, attempt)),
            Spells(scenario, rates, RandomStreams.For(seed, replication, DrawKind.Leave, attempt)),
            Hires(scenario, rates, RandomStreams.For(seed, replication, DrawKind.Hire, attempt)));
    }

    private static ImmutableArray<Leaver> Leavers(Scenario s, WorkforceRates rates, Random random)
    {
        if (rates.AttritionPerYear <= 0) return [];
        var hazard = 1 - Math.Pow(1 - rates.AttritionPerYear, 1.0 / 12);
        var end = s.Horizon.Start.AddMonths(s.Horizon.Months);
        var result = ImmutableArray.CreateBuilder<Leaver>();
        foreach (var cadre in s.Cadres.Where(c => !c.Locked))
        {
            // Months present before leaving, at least 1: nobody leaves in the month they are first present.
            var leaves = (cadre.Joins ?? s.Horizon.Start).AddMonths(rates.AttritionPerYear >= 1 ? 1 : Geometric.Sample(random, hazard));
            if (leaves < end && (cadre.Leaves is null || leaves < cadre.Leaves)) result.Add(new Leaver(cadre.Id, leaves));
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<LeaveSpell> Spells(Scenario s, WorkforceRates rates, Random random)
    {
        var months = s.Horizon.Months;
        var expected = rates.LeaveSpellsPerYear * months / 12;
        if (expected <= 0) return [];
        var result = ImmutableArray.CreateBuilder<LeaveSpell>();
        foreach (var cadre in s.Cadres.Where(c => !c.Locked))
        {
            var count = Poisson.Sample(random, expected);
            for (var i = 0; i < count; i++)
            {
                var first = DiscreteUniform.Sample(random, 0, months - 1);
                var length = 1 + (rates.LeaveMonths > 1 ? Poisson.Sample(random, rates.LeaveMonths - 1) : 0);
                var last = Math.Min(first + length - 1, months - 1);
                result.Add(new LeaveSpell(cadre.Id, new MonthRange(s.Horizon.Start.AddMonths(first), s.Horizon.Start.AddMonths(last))));
            }
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<Hire> Hires(Scenario s, WorkforceRates rates, Random random)
    {
        var months = s.Horizon.Months;
        var starting = s.Cadres.Count(c => c.Joins is null);
        var expected = rates.HiresPerYear * starting * months / 12;
        if (expected <= 0 || months < 2) return [];
        var count = Poisson.Sample(random, expected);
        var taken = s.Cadres.Select(c => c.Id).ToHashSet();
        var lowest = s.Cadres.Min(c => c.Grade);
        var highest = s.Cadres.Max(c => c.Grade);
        // A post that locked cadres fill for the whole horizon can take nobody new: a hire modelled on it fits nowhere.
        var open = s.Posts.Where(p => p.Max > s.Cadres.Count(c => c.Locked && c.Post == p.Id)).ToArray();
        var result = ImmutableArray.CreateBuilder<Hire>();
        for (var i = 0; i < count && open.Length > 0; i++)
        {
            var post = open[DiscreteUniform.Sample(random, 0, open.Length - 1)];
            var joins = s.Horizon.Start.AddMonths(DiscreteUniform.Sample(random, 1, months - 1));
            var low = post.MinGrade ?? lowest;
            var high = Math.Max(low, post.MaxGrade ?? highest);
            var grade = DiscreteUniform.Sample(random, low, high);
            result.Add(new Hire(FreeId(taken, $"hire-{i + 1}"), grade, post.Requires, joins, post.Id));
        }
        return result.ToImmutable();
    }

    private static string FreeId(HashSet<string> taken, string wanted)
    {
        var id = wanted;
        for (var n = 2; !taken.Add(id); n++) id = $"{wanted}-{n}";
        return id;
    }
}
