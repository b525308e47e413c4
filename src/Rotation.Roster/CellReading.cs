using System.Globalization;
using System.Text.Json.Nodes;
using Rotation.Domain.Time;

namespace Rotation.Roster;

/// <summary>
/// Turns one cell's value into the scenario file's JSON value for its column's kind, accepting what Excel and
/// LibreOffice store: numbers as numbers or text, dates as serial numbers or text. A value that cannot be read gives
/// the sentence to report at its cell.
/// </summary>
internal static class CellReading
{
    public static JsonNode? Read(object value, CellKind kind, out string? problem)
    {
        problem = null;
        switch (kind)
        {
            case CellKind.Text:
                return value switch
                {
                    double d => JsonValue.Create(d.ToString("R", CultureInfo.InvariantCulture)),
                    bool b => JsonValue.Create(b ? "TRUE" : "FALSE"),
                    _ => JsonValue.Create((string)value),
                };
            case CellKind.Whole:
                if (Whole(value) is { } n) return JsonValue.Create(n);
                problem = $"{Shown(value)} is not a whole number; write digits only, e.g. 2";
                return null;
            case CellKind.Flag:
                if (Flag(value) is { } flag) return JsonValue.Create(flag);
                problem = $"{Shown(value)} is not TRUE or FALSE; pick one, or leave the cell empty for FALSE";
                return null;
            case CellKind.Month:
                var date = Date(value, out var month);
                if (date is { Day: 1 } first) month = YearMonth.Of(first);
                if (month is { } m) return JsonValue.Create(m.ToString());
                problem = $"{Shown(value)} is not a month; enter a date on the 1st of the month, or text such as 2027-03";
                return null;
            case CellKind.Day:
                if (Date(value, out var monthOnly) is { } d2 && monthOnly is null) return JsonValue.Create(d2.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                problem = $"{Shown(value)} is not a day; enter a date, or text such as 2027-10-01";
                return null;
            case CellKind.WholeList:
                var parts = (value is double ? Shown(value) : (string)value).Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var numbers = new JsonArray();
                foreach (var part in parts)
                {
                    if (Whole(part) is not { } number)
                    {
                        problem = $"\"{part}\" is not a whole number; write whole numbers separated by commas, e.g. 1, 3, 6";
                        return null;
                    }
                    numbers.Add(number);
                }
                return numbers;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    private static long? Whole(object value) => value switch
    {
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => (long)d,
        string s when long.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static bool? Flag(object value) => value switch
    {
        bool b => b,
        double d when d is 0 or 1 => d == 1,
        string s => s.Trim().ToLowerInvariant() switch
        {
            "true" or "yes" or "1" => true,
            "false" or "no" or "0" => false,
            _ => null,
        },
        _ => null,
    };

    /// <summary>
    /// A date from a serial number or from text "2027-03-01"; text "2027-03" gives no day but the month in
    /// <paramref name="monthOnly"/>.
    /// </summary>
    private static DateOnly? Date(object value, out YearMonth? monthOnly)
    {
        monthOnly = null;
        switch (value)
        {
            case double serial when serial >= 1 && serial < 2958466:
                return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
            case string text:
                var t = text.Trim();
                if (t.Length == 7 && YearMonth.TryParse(t) is { } m)
                {
                    monthOnly = m;
                    return null;
                }
                return DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
            default:
                return null;
        }
    }

    /// <summary>The value as the person sees it in the cell, for messages.</summary>
    public static string Shown(object value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        _ => $"\"{value}\"",
    };
}
