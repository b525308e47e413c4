using Rotation.Domain.Loading;
using Rotation.Domain.Scenarios;

namespace Rotation.Roster;

/// <summary>
/// A scenario read from a file of either form, JSON or roster workbook: the loaded scenario (or every problem), and
/// its JSON form, the file to store or write (null when it did not load).
/// </summary>
public sealed record ScenarioInput(LoadResult<Scenario> Loaded, byte[]? Json)
{
    /// <summary>
    /// Reads <paramref name="bytes"/> as a roster workbook when <paramref name="name"/> ends in .xlsx or the bytes are a
    /// zip (how every .xlsx starts), else as JSON. The workbook's problems are placed by sheet and cell, the JSON's by path.
    /// </summary>
    public static ScenarioInput Read(byte[] bytes, string? name)
    {
        if (IsWorkbook(bytes, name)) return RosterImport.Read(bytes);
        var loaded = ScenarioLoader.Load(bytes);
        return new ScenarioInput(loaded, loaded.Succeeded ? bytes : null);
    }

    public static bool IsWorkbook(ReadOnlySpan<byte> bytes, string? name) =>
        name?.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) == true || bytes.StartsWith("PK\u0003\u0004"u8);
}
