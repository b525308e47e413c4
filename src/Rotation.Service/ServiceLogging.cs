using Microsoft.Extensions.Logging;

namespace Rotation.Service;

/// <summary>One line per event, UTC-stamped, with its scopes (the run id, the attempt, the worker), for the service and the workers alike.</summary>
public static class ServiceLogging
{
    public static void Configure(ILoggingBuilder logging) => logging.AddSimpleConsole(console =>
    {
        console.IncludeScopes = true;
        console.SingleLine = true;
        console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fff ";
        console.UseUtcTimestamp = true;
    });
}
