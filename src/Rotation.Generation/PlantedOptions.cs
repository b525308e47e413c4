namespace Rotation.Generation;

/// <summary>The shape of a planted scenario (see <see cref="PlantedGenerator"/>).</summary>
/// <param name="Offices">Number of offices, 3 to 200.</param>
/// <param name="Cadres">Number of cadres, joiners included: at least 3 per office, at most 10,000.</param>
/// <param name="Months">Horizon length in months, 12 to 120 (36 and 60 are the benchmark shapes).</param>
/// <param name="Seed">Same options, same scenario and plan, byte for byte.</param>
/// <param name="Pins">Cadres given a pin (H15) that the planted plan keeps, drawn last so that the rest of the scenario is
/// the same as without; 0 to the number of cadres.</param>
public sealed record PlantedOptions(int Offices, int Cadres, int Months, int Seed, int Pins = 0)
{
    public const int MinOffices = 3;
    public const int MaxOffices = 200;
    public const int MinCadresPerOffice = 3;
    public const int MaxCadres = 10_000;
    public const int MinMonths = 12;
    public const int MaxMonths = 120;

    /// <summary>Every problem with the options at once, as (option, message) pairs.</summary>
    public IReadOnlyList<(string Option, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        if (Offices is < MinOffices or > MaxOffices) problems.Add(("--offices", $"must be between {MinOffices} and {MaxOffices} with --planted"));
        if (Cadres < MinCadresPerOffice * Math.Max(1, Offices))
            problems.Add(("--cadres", $"must be at least {MinCadresPerOffice} per office with --planted"));
        if (Cadres > MaxCadres) problems.Add(("--cadres", $"must be at most {MaxCadres:N0} with --planted"));
        // A year at least, so that every calendar month occurs and stints of the shortest cycle can end by a move.
        if (Months is < MinMonths or > MaxMonths) problems.Add(("--months", $"must be between {MinMonths} and {MaxMonths} with --planted"));
        if (Pins < 0 || Pins > Cadres) problems.Add(("--pins", "must be between 0 and the number of cadres"));
        return problems;
    }
}
