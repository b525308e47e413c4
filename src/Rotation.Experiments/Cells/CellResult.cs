using Rotation.Comparison;
using Rotation.Experiments.Workforce;

namespace Rotation.Experiments.Cells;

/// <summary>
/// One cell's outcome, a row of results.csv. <see cref="Status"/> is the plan's status (Optimal, Feasible, Infeasible,
/// Unknown), or <c>Rejected</c> when the checker refused the solver's plan, or <c>Failed</c> when the cell could not be
/// solved at all; <see cref="Measured"/> is set only for a plan with assignments that passes the check.
/// </summary>
public sealed record CellResult(string Variant, int Replication, string Status, ComparedPlan? Measured, double Seconds, string? Error,
    bool Reused, WorkforceDraw Draw, int Redraws)
{
    public const string Rejected = "Rejected";
    public const string Failed = "Failed";

    public bool HasPlan => Measured is not null;
}
