namespace Rotation.Generation;

/// <summary>The shape of a synthetic scenario.</summary>
/// <param name="Offices">Number of offices, at least 1.</param>
/// <param name="Cadres">Number of cadres, at least 2 per office.</param>
/// <param name="Months">Horizon length in months, 1 to 36.</param>
/// <param name="Seed">Same options, same file.</param>
public sealed record GeneratorOptions(int Offices, int Cadres, int Months, int Seed)
{
    /// <summary>Every problem with the options at once, as (option, message) pairs.</summary>
    public const int MaxMonths = 36;

    public IReadOnlyList<(string Option, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        if (Offices < 1) problems.Add(("--offices", "must be at least 1"));
        if (Cadres < 2 * Math.Max(1, Offices)) problems.Add(("--cadres", "must be at least twice the number of offices"));
        if (Cadres > 100_000) problems.Add(("--cadres", "must be at most 100,000"));
        // The witness plan moves each cadre at most once, which covers horizons up to the shortest cycle max (36 months).
        if (Months is < 1 or > MaxMonths) problems.Add(("--months", $"must be between 1 and {MaxMonths}"));
        return problems;
    }
}
