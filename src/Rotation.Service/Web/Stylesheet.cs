using Microsoft.AspNetCore.Http;

namespace Rotation.Service.Web;

/// <summary>The web app's one stylesheet, built into the assembly so the app needs no files beside it and nothing from elsewhere.</summary>
public static class Stylesheet
{
    public const string Path = "/site.css";

    private static readonly byte[] Content = Read();

    public static IResult Serve(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(Content, "text/css; charset=utf-8");
    }

    private static byte[] Read()
    {
        using var stream = typeof(Stylesheet).Assembly.GetManifestResourceStream("Rotation.Service.Web.site.css")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
