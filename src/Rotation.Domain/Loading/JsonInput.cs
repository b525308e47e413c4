using System.Text.Json;

namespace Rotation.Domain.Loading;

/// <summary>Parses JSON text with the size and depth guards of <see cref="Limits"/>, turning syntax errors into problems.</summary>
internal static class JsonInput
{
    public static JsonDocument? Parse(ReadOnlySpan<byte> utf8Json, out LoadProblem? problem)
    {
        problem = null;
        if (utf8Json.Length > Limits.MaxFileBytes)
        {
            problem = new LoadProblem("$", $"the file is {utf8Json.Length / (1024 * 1024)} MiB; files above {Limits.MaxFileBytes / (1024 * 1024)} MiB are refused");
            return null;
        }
        if (utf8Json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) utf8Json = utf8Json[3..];
        if (utf8Json.IsEmpty || utf8Json.Trim((ReadOnlySpan<byte>)" \t\r\n"u8).IsEmpty)
        {
            problem = new LoadProblem("$", "the file is empty; it should hold one JSON object {...}");
            return null;
        }
        try
        {
            return JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions
            {
                MaxDepth = Limits.MaxJsonDepth,
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = false,
            });
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber + 1;
            var column = ex.BytePositionInLine + 1;
            var why = ex.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? $"nested more than {Limits.MaxJsonDepth} levels deep; the format never needs that"
                : $"not valid JSON ({FirstSentence(ex.Message)}); fix the syntax at this position";
            problem = new LoadProblem(string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path, why, line, column);
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).TrimEnd('.', ' ');
    }
}
