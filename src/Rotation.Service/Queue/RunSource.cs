namespace Rotation.Service.Queue;

/// <summary>
/// Where a run came from, as it is stored and listed: "api" for a scenario sent as the body, "api/NAME" for one uploaded
/// as the file NAME, "inbox/NAME" for one dropped into the inbox. NAME is what the report calls the scenario's file.
/// </summary>
public static class RunSource
{
    public const string Api = "api";

    /// <summary>A client may send a path as the file's name: only its last part is kept, and only to be shown.</summary>
    public static string Upload(string? fileName) =>
        fileName?.Split('/', '\\')[^1].Trim() is { Length: > 0 } name ? $"{Api}/{name}" : Api;

    public static string Inbox(string fileName) => $"inbox/{fileName}";

    /// <summary>The scenario's file name that <paramref name="source"/> holds, or null for a scenario sent as the body.</summary>
    public static string? FileName(string source) => source.IndexOf('/') is var slash and >= 0 ? source[(slash + 1)..] : null;
}
