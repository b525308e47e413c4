namespace Rotation.Checking.Rows;

/// <summary>
/// §5 handovers: one row per arrival and per departure at a post within the horizon, arrivals and departures paired
/// where they meet, each with the handoverDays working days before the month and the post's items in order.
/// </summary>
public sealed class HandoverRowsRule : IPlanRule
{
    public string Code => "§5";
    public string Id => "handovers";

    public IEnumerable<Violation> Check(PlanView plan)
    {
        var expected = new Dictionary<(string Post, int Month), (List<string> Arrivals, List<string> Departures)>();
        (List<string>, List<string>) At(string post, int t) =>
            expected.TryGetValue((post, t), out var e) ? e : expected[(post, t)] = ([], []);
        foreach (var cadre in plan.Cadres)
            for (var t = 0; t < plan.Months; t++)
            {
                var before = cadre.PostAt(t - 1);
                var now = cadre.PostAt(t);
                if (before == now) continue;
                if (now is not null) At(now, t).Item1.Add(cadre.Id);
                if (before is not null) At(before, t).Item2.Add(cadre.Id);
            }
        var rows = plan.Plan.Handovers
            .GroupBy(h => (h.Post, Month: Domain.Time.YearMonth.TryParse(h.Month) is { } m ? plan.Scenario.Horizon.IndexOf(m) : -1))
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var ((post, t), (arrivals, departures)) in expected)
        {
            var label = plan.Label(t);
            var mine = rows.GetValueOrDefault((post, t)) ?? [];
            var to = mine.Select(h => h.To).OfType<string>().Order(StringComparer.Ordinal).ToList();
            var from = mine.Select(h => h.From).OfType<string>().Order(StringComparer.Ordinal).ToList();
            if (!to.SequenceEqual(arrivals.Order(StringComparer.Ordinal)))
                yield return new(Code, Id, $"arrivals listed [{string.Join(", ", to)}] but the plan has [{string.Join(", ", arrivals)}]", null, post, label);
            if (!from.SequenceEqual(departures.Order(StringComparer.Ordinal)))
                yield return new(Code, Id, $"departures listed [{string.Join(", ", from)}] but the plan has [{string.Join(", ", departures)}]", null, post, label);
            var pairedRows = Math.Max(arrivals.Count, departures.Count);
            if (mine.Count != pairedRows)
                yield return new(Code, Id, $"{mine.Count} rows; pairing {arrivals.Count} arrivals with {departures.Count} departures gives {pairedRows}", null, post, label);
        }
        foreach (var ((post, t), mine) in rows.Where(r => !expected.ContainsKey(r.Key)))
            yield return new(Code, Id, $"{mine.Count} handover rows where nobody arrives or leaves", null, post, mine[0].Month);
        foreach (var row in plan.Plan.Handovers)
        {
            if (row.From is null && row.To is null)
                yield return new(Code, Id, "a row with neither from nor to", null, row.Post, row.Month);
            if (Domain.Time.YearMonth.TryParse(row.Month) is not { } month || plan.PostOf(row.Post) is not { } post) continue;
            var (first, last) = plan.Scenario.Calendar.WorkingDaysBefore(month.FirstDay, plan.Scenario.Policy.HandoverDays);
            if (row.WindowStart != first || row.WindowEnd != last)
                yield return new(Code, Id, $"window {row.WindowStart:yyyy-MM-dd}..{row.WindowEnd:yyyy-MM-dd}; the {plan.Scenario.Policy.HandoverDays} working days before are {first:yyyy-MM-dd}..{last:yyyy-MM-dd}",
                    row.From ?? row.To, row.Post, row.Month);
            if (!row.Items.SequenceEqual(post.HandoverItems))
                yield return new(Code, Id, "items differ from the post's handoverItems (in their order)", row.From ?? row.To, row.Post, row.Month);
        }
    }
}
