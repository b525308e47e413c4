using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver;

namespace Rotation.Experiments.Cells;

/// <summary>One cell to solve: its variant and replication, and its scenario both read and as the JSON written to its folder.</summary>
public sealed record CellJob(string Variant, int Replication, Scenario Scenario, byte[] Json);

/// <summary>Solves a cell's scenario, in this process or elsewhere; the plan is checked by the caller.</summary>
public delegate Plan CellSolve(CellJob cell, SolveOptions options);
