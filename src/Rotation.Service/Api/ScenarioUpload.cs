using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Rotation.Service.Api;

/// <summary>
/// Reads a submitted scenario: the body itself (application/json, or a roster workbook as
/// application/vnd.openxmlformats-officedocument.spreadsheetml.sheet), or the first file of a multipart form. The time limit
/// comes from <c>?timeLimit=</c> or a form field of that name, and so do <c>candidates</c> and <c>diversity</c> for a
/// candidates run; an uploaded file's name is kept for the report. Bodies beyond the limit are refused, whatever the server;
/// so are other content types (curl's default form encoding) and query parameters the service does not know, each with
/// a sentence that says what to send instead.
/// </summary>
public static class ScenarioUpload
{
    public sealed record Upload(byte[]? Scenario, double? TimeLimitSeconds, string? Problem, int Status = StatusCodes.Status400BadRequest)
    {
        /// <summary>The name the client gave the uploaded file, as sent; null for a scenario sent as the body.</summary>
        public string? FileName { get; init; }

        /// <summary>How many candidate plans to find; null for a single plan.</summary>
        public int? Candidates { get; init; }

        /// <summary>The fewest cells in which every two candidates differ; null for the solver's default.</summary>
        public int? Diversity { get; init; }
    }

    private const string Workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string TimeLimit = "timeLimit";
    private const string Candidates = "candidates";
    private const string Diversity = "diversity";
    private static readonly string[] Parameters = [TimeLimit, Candidates, Diversity];

    public static async Task<Upload> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancel)
    {
        if (request.Query.Keys.FirstOrDefault(k => !Parameters.Contains(k)) is { } unknown)
            return new Upload(null, null, $"unknown query parameter \"{unknown}\"; the parameters are \"{TimeLimit}\", in seconds, e.g. " +
                                          $"?{TimeLimit}=120, and \"{Candidates}\" with \"{Diversity}\" for candidate plans, e.g. ?{Candidates}=3&{Diversity}=10");
        if (!IsScenarioType(request))
            return new Upload(null, null,
                $"a scenario is JSON or a roster workbook (.xlsx), not {request.ContentType}: send it with curl -H 'Content-Type: application/json' " +
                "--data-binary @scenario.json, or as a file with curl -F scenario=@scenario.json (or -F scenario=@roster.xlsx)", StatusCodes.Status415UnsupportedMediaType);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = maxBytes;
        if (request.ContentLength > maxBytes) return TooLarge(maxBytes);
        var settings = Parameters.ToDictionary(p => p, p => (string?)request.Query[p]);
        byte[]? scenario;
        string? fileName = null;
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = maxBytes }, cancel);
                foreach (var p in Parameters) settings[p] ??= form[p].FirstOrDefault();
                var file = form.Files.FirstOrDefault();
                if (file is null) return new Upload(null, null, "the form holds no file; send the scenario as a file field, e.g. curl -F scenario=@scenario.json");
                fileName = file.FileName;
                await using var stream = file.OpenReadStream();
                scenario = await ReadBounded(stream, maxBytes, cancel);
            }
            else
                scenario = await ReadBounded(request.Body, maxBytes, cancel);
        }
        catch (InvalidDataException)
        {
            return TooLarge(maxBytes);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(maxBytes);
        }
        if (scenario is null) return TooLarge(maxBytes);
        if (scenario.Length == 0) return new Upload(null, null, "the request has no scenario; send the scenario JSON as the body");
        double? seconds = null;
        if (settings[TimeLimit] is { } timeText)
        {
            if (!double.TryParse(timeText, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) || !double.IsFinite(parsed))
                return new Upload(null, null, $"{TimeLimit}: \"{timeText}\" is not a number of seconds");
            seconds = parsed;
        }
        if (WholeNumber(settings, Candidates, out var candidates) is { } notCount) return new Upload(null, null, notCount);
        if (WholeNumber(settings, Diversity, out var diversity) is { } notCells) return new Upload(null, null, notCells);
        return new Upload(scenario, seconds, null) { FileName = fileName, Candidates = candidates, Diversity = diversity };
    }

    /// <summary>Reads a whole-number setting into <paramref name="value"/> (null when absent); returns the problem when it is not one.</summary>
    private static string? WholeNumber(Dictionary<string, string?> settings, string name, out int? value)
    {
        value = null;
        if (settings[name] is not { } text) return null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)) return $"{name}: \"{text}\" is not a whole number";
        value = parsed;
        return null;
    }

    /// <summary>JSON, a workbook, a multipart form with the scenario as a file, or no content type at all (read as JSON).</summary>
    private static bool IsScenarioType(HttpRequest request) =>
        string.IsNullOrEmpty(request.ContentType) || request.HasJsonContentType() || request.ContentType.StartsWith(Workbook, StringComparison.OrdinalIgnoreCase)
        || request.ContentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    private static Upload TooLarge(long maxBytes) =>
        new(null, null, $"the request is larger than {maxBytes} bytes, the most this service accepts", StatusCodes.Status413PayloadTooLarge);

    /// <summary>The whole stream, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadBounded(Stream stream, long maxBytes, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
