namespace Rotation.Benchmarks.EndToEnd;

/// <summary>One row of the end-to-end table, measured in its own process.</summary>
public sealed record CaseResult(
    string Case,
    int Cadres,
    int Posts,
    int Offices,
    int Months,
    string Status,
    double? FirstPlanSeconds,
    double SolveSeconds,
    long? Objective,
    double? Bound,
    double? Gap,
    int Variables,
    int Constraints,
    long PeakMemoryMb,
    bool Checked,
    long? BaselineObjective,
    bool BaselineValid);
