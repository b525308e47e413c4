namespace Rotation.Outputs.Xlsx;

/// <summary>A cell's A1 address: column letters (1 = A) and row number (1-based), as Excel shows it.</summary>
public readonly record struct CellAddress(int Column, int Row)
{
    public static string Letters(int column)
    {
        var letters = "";
        for (var c = column; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters;
    }

    /// <summary>The address of "D7"; null for text that is not one.</summary>
    public static CellAddress? Parse(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var i = 0;
        var column = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++) column = column * 26 + char.ToUpperInvariant(reference[i]) - 'A' + 1;
        return column > 0 && int.TryParse(reference.AsSpan(i), out var row) && row > 0 ? new CellAddress(column, row) : null;
    }

    public override string ToString() => $"{Letters(Column)}{Row}";
}
