using System.Text;

namespace Rotation.Outputs.Files;

/// <summary>RFC 4180 CSV in UTF-8 with a byte-order mark: without the mark Excel reads Chinese text as mojibake.</summary>
public static class Csv
{
    public static byte[] ToUtf8(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        Line(text, header);
        foreach (var row in rows) Line(text, row);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) text.Append(',');
            var field = Defused(fields[i]);
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0) text.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
            else text.Append(field);
        }
        text.Append("\r\n");
    }

    // A field starting with = + - @ is a formula to Excel: a name typed as "=HYPERLINK(…)" would run when HR opens the
    // file. A leading apostrophe makes Excel show it as text.
    private static string Defused(string field) => field.Length > 0 && field[0] is '=' or '+' or '-' or '@' ? "'" + field : field;
}
