namespace Rotation.Solver.Search;

/// <summary>
/// One kind of change a planner would try by hand. <see cref="Improve"/> tries it over the plan in hand and keeps each
/// change the checker holds that costs less.
/// </summary>
internal interface ISearchMove
{
    /// <summary>Whether some change was kept.</summary>
    bool Improve();
}
