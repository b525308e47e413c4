using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Rotation.Domain.Time;

namespace Rotation.Domain.Loading;

/// <summary>
/// Reads typed values out of a <see cref="JsonElement"/> tree, recording a problem (with its JSON path and the fix)
/// for every value that is missing or of the wrong shape instead of stopping at the first.
/// </summary>
internal sealed class JsonReader
{
    public List<LoadProblem> Problems { get; } = [];
    public List<LoadProblem> Warnings { get; } = [];

    public void Error(string path, string message) => Problems.Add(new LoadProblem(path, message));

    public static string Child(string path, string name) => $"{path}.{name}";
    public static string Item(string path, int index) => $"{path}[{index}]";

    /// <summary>Warns about properties the contract does not define (a misspelt optional field is silently ignored otherwise).</summary>
    public void ExpectOnly(JsonElement obj, string path, params string[] known)
    {
        if (obj.ValueKind != JsonValueKind.Object) return;
        foreach (var property in obj.EnumerateObject())
        {
            if (known.Contains(property.Name)) continue;
            var hint = Suggest.Closest(property.Name, known);
            Warnings.Add(new LoadProblem(Child(path, property.Name),
                hint is null ? "unknown field, ignored" : $"unknown field, ignored; did you mean \"{hint}\"?"));
        }
    }

    /// <summary>The property's value, or null when it is absent or JSON null.</summary>
    public static JsonElement? Get(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    public bool IsObject(JsonElement? element, string path, string what)
    {
        if (element is { ValueKind: JsonValueKind.Object }) return true;
        Error(path, element is null ? $"required; add {what}" : $"must be an object ({what}), not {Describe(element.Value)}");
        return false;
    }

    public string? String(JsonElement obj, string path, string name, bool required = false, string? fix = null)
    {
        var at = Child(path, name);
        var v = Get(obj, name);
        if (v is null)
        {
            if (required) Error(at, $"required; {fix ?? "give a text value"}");
            return null;
        }
        if (v.Value.ValueKind != JsonValueKind.String)
        {
            Error(at, $"must be a string, not {Describe(v.Value)}");
            return null;
        }
        return v.Value.GetString();
    }

    /// <summary>An id: a non-empty string.</summary>
    public string? Id(JsonElement obj, string path, string name = "id", string? fix = null)
    {
        var id = String(obj, path, name, required: true, fix ?? "give a non-empty id");
        if (id is not null && id.Trim().Length == 0)
        {
            Error(Child(path, name), "must not be empty; give a non-empty id");
            return null;
        }
        return id;
    }

    public int? Int(JsonElement obj, string path, string name, bool required = false, int min = -Limits.MaxMagnitude,
        int max = Limits.MaxMagnitude, string? fix = null)
    {
        var at = Child(path, name);
        var v = Get(obj, name);
        if (v is null)
        {
            if (required) Error(at, $"required; {fix ?? "give a whole number"}");
            return null;
        }
        return IntValue(v.Value, at, min, max);
    }

    public int? IntValue(JsonElement v, string at, int min = -Limits.MaxMagnitude, int max = Limits.MaxMagnitude)
    {
        if (v.ValueKind != JsonValueKind.Number)
        {
            Error(at, $"must be a whole number, not {Describe(v)}");
            return null;
        }
        if (!v.TryGetInt64(out var n))
        {
            Error(at, $"must be a whole number, not {v.GetRawText()}");
            return null;
        }
        if (n < min || n > max)
        {
            // Most numbers are bounded only by the limit on magnitude: name the side that was passed.
            Error(at, max != Limits.MaxMagnitude ? $"{n} is out of range; use a whole number from {min} to {max}"
                : n > max ? $"{n} is out of range; use a whole number of at most {max}"
                : $"{n} is out of range; use a whole number of at least {min}");
            return null;
        }
        return (int)n;
    }

    public bool? Bool(JsonElement obj, string path, string name)
    {
        var v = Get(obj, name);
        if (v is null) return null;
        if (v.Value.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.Value.GetBoolean();
        Error(Child(path, name), $"must be true or false, not {Describe(v.Value)}");
        return null;
    }

    public YearMonth? Month(JsonElement obj, string path, string name, bool required = false, string? fix = null)
    {
        var v = Get(obj, name);
        var at = Child(path, name);
        if (v is null)
        {
            if (required) Error(at, $"required; {fix ?? "give a month written YYYY-MM"}");
            return null;
        }
        return MonthValue(v.Value, at);
    }

    public YearMonth? MonthValue(JsonElement v, string at)
    {
        var text = v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var month = YearMonth.TryParse(text);
        if (month is null)
            Error(at, $"{(text is null ? Describe(v) : $"\"{text}\"")} is not a month; write it YYYY-MM, e.g. \"2027-01\"");
        return month;
    }

    public DateOnly? DayValue(JsonElement v, string at)
    {
        var text = v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (text is { Length: 10 } &&
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        Error(at, $"{(text is null ? Describe(v) : $"\"{text}\"")} is not a day; write it YYYY-MM-DD, e.g. \"2027-10-01\"");
        return null;
    }

    /// <summary>Reads an array property item by item; items that fail to read are left out (their problems are recorded).</summary>
    public ImmutableArray<T> Array<T>(JsonElement obj, string path, string name, Func<JsonElement, string, T?> item,
        bool required = false, string? fix = null, int maxItems = Limits.MaxListItems)
    {
        var at = Child(path, name);
        var v = Get(obj, name);
        if (v is null)
        {
            if (required) Error(at, $"required; {fix ?? "give a list"}");
            return [];
        }
        return ArrayValue(v.Value, at, item, maxItems);
    }

    public ImmutableArray<T> ArrayValue<T>(JsonElement v, string at, Func<JsonElement, string, T?> item, int maxItems = Limits.MaxListItems)
    {
        if (v.ValueKind != JsonValueKind.Array)
        {
            Error(at, $"must be a list [...], not {Describe(v)}");
            return [];
        }
        var count = v.GetArrayLength();
        if (count > maxItems)
        {
            Error(at, $"has {count} items; at most {maxItems} are accepted");
            return [];
        }
        var builder = ImmutableArray.CreateBuilder<T>(count);
        var index = 0;
        foreach (var element in v.EnumerateArray())
        {
            var value = item(element, Item(at, index++));
            if (value is not null) builder.Add(value);
        }
        return builder.ToImmutable();
    }

    public ImmutableArray<string> Strings(JsonElement obj, string path, string name) =>
        Array(obj, path, name, (e, at) =>
        {
            if (e.ValueKind == JsonValueKind.String && e.GetString() is { Length: > 0 } s) return s;
            Error(at, $"must be a non-empty string, not {Describe(e)}");
            return null;
        });

    public static string Describe(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => $"the text \"{Truncate(v.GetString() ?? "")}\"",
        JsonValueKind.Number => $"the number {v.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"{v.GetRawText()}",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..37] + "...";
}
