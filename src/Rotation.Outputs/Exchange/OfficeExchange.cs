using System.Collections.Immutable;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Exchange;

/// <summary>
/// The moves between offices: <see cref="Count"/>[i][j] moves left a post of office i for a post of office j, offices in
/// scenario order. The diagonal holds moves between two posts of the same office.
/// </summary>
public sealed record OfficeExchange(ImmutableArray<string> Offices, ImmutableArray<ImmutableArray<int>> Count)
{
    public static OfficeExchange Of(PlanView view)
    {
        var offices = view.Scenario.Offices.Select(o => o.Id).ToImmutableArray();
        var count = offices.Select(_ => new int[offices.Length]).ToArray();
        foreach (var m in view.Moves) count[view.OfficeOrder(m.FromOffice)][view.OfficeOrder(m.ToOffice)]++;
        return new OfficeExchange(offices, [.. count.Select(row => row.ToImmutableArray())]);
    }

    public int Out(int from) => Count[from].Sum();

    public int In(int to) => Count.Sum(row => row[to]);
}
