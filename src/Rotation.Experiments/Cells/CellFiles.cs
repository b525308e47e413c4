using System.Globalization;

namespace Rotation.Experiments.Cells;

/// <summary>Where a cell's files live: DIR/cells/VARIANT/R/ with its scenario, plan and draws.</summary>
public sealed record CellFiles(string Directory)
{
    public const string ScenarioName = "scenario.json";
    public const string PlanName = "plan.json";
    public const string RejectedName = "plan.rejected.json";
    public const string DrawsName = "draws.json";

    public static CellFiles Of(string outDir, string variant, int replication) =>
        new(Path.Combine(outDir, "cells", variant, replication.ToString(CultureInfo.InvariantCulture)));

    public string Scenario => Path.Combine(Directory, ScenarioName);
    public string Plan => Path.Combine(Directory, PlanName);
    public string Rejected => Path.Combine(Directory, RejectedName);
    public string Draws => Path.Combine(Directory, DrawsName);
}
