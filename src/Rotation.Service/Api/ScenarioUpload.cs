using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Rotation.Service.Api;

/// <summary>
/// Reads a submitted scenario: the body itself (application/json), or the first file of a multipart form. The time limit
/// comes from <c>?timeLimit=</c> or a form field of that name; an uploaded file's name is kept for the report. Bodies beyond the limit are refused, whatever the server;
/// so are other content types (curl's default form encoding) and query parameters the service does not know, each with
/// a sentence that says what to send instead.
/// </summary>
public static class ScenarioUpload
{
    public sealed record Upload(byte[]? Scenario, double? TimeLimitSeconds, string? Problem, int Status = StatusCodes.Status400BadRequest)
    {
        /// <summary>The name the client gave the uploaded file, as sent; null for a scenario sent as the body.</summary>
        public string? FileName { get; init; }
    }

    private const string TimeLimit = "timeLimit";

    public static async Task<Upload> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancel)
    {
        if (request.Query.Keys.FirstOrDefault(k => k != TimeLimit) is { } unknown)
            return new Upload(null, null, $"unknown query parameter \"{unknown}\"; the only one is \"{TimeLimit}\", in seconds, e.g. ?{TimeLimit}=120");
        if (!IsScenarioType(request))
            return new Upload(null, null,
                $"a scenario is JSON, not {request.ContentType}: send it with curl -H 'Content-Type: application/json' --data-binary @scenario.json, " +
                "or as a file with curl -F scenario=@scenario.json", StatusCodes.Status415UnsupportedMediaType);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = maxBytes;
        if (request.ContentLength > maxBytes) return TooLarge(maxBytes);
        string? timeText = request.Query[TimeLimit];
        byte[]? scenario;
        string? fileName = null;
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = maxBytes }, cancel);
                timeText ??= form[TimeLimit].FirstOrDefault();
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
        if (timeText is null) return new Upload(scenario, null, null) { FileName = fileName };
        return double.TryParse(timeText, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && double.IsFinite(seconds)
            ? new Upload(scenario, seconds, null) { FileName = fileName }
            : new Upload(null, null, $"timeLimit: \"{timeText}\" is not a number of seconds");
    }

    /// <summary>JSON, a multipart form with the scenario as a file, or no content type at all (read as JSON).</summary>
    private static bool IsScenarioType(HttpRequest request) =>
        string.IsNullOrEmpty(request.ContentType) || request.HasJsonContentType()
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
