using System.Text;

namespace Rotation.Outputs.Tests.Support;

/// <summary>Reads back the RFC 4180 CSV the outputs write (quoted fields may hold commas, quotes and line breaks).</summary>
internal static class CsvText
{
    public static List<Dictionary<string, string>> Records(byte[] utf8)
    {
        Assert.True(utf8.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()), "a CSV output starts with the UTF-8 byte-order mark");
        var lines = Parse(Encoding.UTF8.GetString(utf8, 3, utf8.Length - 3));
        return [.. lines.Skip(1).Select(l => lines[0].Zip(l).ToDictionary(p => p.First, p => p.Second))];
    }

    private static List<List<string>> Parse(string text)
    {
        var lines = new List<List<string>>();
        var line = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch != '"') field.Append(ch);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { line.Add(field.ToString()); field.Clear(); }
            else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                line.Add(field.ToString());
                field.Clear();
                lines.Add(line);
                line = [];
            }
            else field.Append(ch);
        }
        return lines;
    }
}
