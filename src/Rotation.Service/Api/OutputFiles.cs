using Microsoft.AspNetCore.StaticFiles;
using Rotation.Outputs.Files;

namespace Rotation.Service.Api;

/// <summary>
/// The files a client may download from a run: exactly the names of <see cref="OutputSet.Files"/>. A requested name is only
/// ever looked up in that list, so nothing a request says becomes part of a path.
/// </summary>
public static class OutputFiles
{
    private static readonly FileExtensionContentTypeProvider Types = new();

    /// <summary>The listed name equal to <paramref name="requested"/>, or null.</summary>
    public static string? Find(string requested) => OutputSet.Files.FirstOrDefault(name => name == requested);

    public static string ContentType(string name)
    {
        if (!Types.TryGetContentType(name, out var type)) return "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type == "application/json" ? type + "; charset=utf-8" : type;
    }
}
