using Rotation.Domain.Scenarios;

namespace Rotation.Solver.Search;

/// <summary>
/// Each cadre whose own terms cost more than their best career would alone takes their best response to the others'
/// plan, in which the posts they hold now count for nothing; a response chain then fills the first post that leaves short.
/// Every cadre is tried in one pass, not only up to the first who improves: the passes before it cost as much again.
/// </summary>
internal sealed class RerouteMove(SearchPlan plan, ResponseChains chains) : ISearchMove
{
    private readonly SearchPlan _plan = plan;
    private readonly ResponseChains _chains = chains;

    public bool Improve()
    {
        var improved = false;
        foreach (var cadre in _plan.Order)
        {
            if (_plan.TimeUp()) break;
            if (Rerouted(cadre) is { } draft && (_plan.Accept(draft.Rows, draft.Trainings) || _chains.Repair(draft, [cadre.Id]))) improved = true;
        }
        return improved;
    }

    /// <summary>
    /// The plan with the cadre on their best response, the posts they hold counting for nothing, and the courses it
    /// needs; null when the cadre is locked, already costs no more than their best career alone, or has no other answer.
    /// </summary>
    public Draft? Rerouted(Cadre cadre)
    {
        var current = _plan.Rows[cadre.Id];
        if (cadre.Locked || _plan.Floor.Own(cadre.Id, current) <= _plan.Respond.Alone(cadre)
            || _plan.Respond.Of(cadre, _plan.Rows, ignored: current.OfType<string>().ToHashSet()) is not { } row
            || row.AsSpan().SequenceEqual(current)) return null;
        return _plan.WithRow(cadre, row);
    }
}
