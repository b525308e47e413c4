using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;
using Rotation.Domain.Loading;

namespace Rotation.Service.Options;

/// <summary>
/// Reads <see cref="ServiceOptions"/> from configuration (keys as the property names, e.g. <c>MaxConcurrentSolves</c>) and
/// reports every problem at once, so a wrong setup is fixed in one go rather than one error per restart.
/// </summary>
public static class ServiceOptionsReader
{
    public const int MinTokenLength = 16;

    public static (ServiceOptions? Options, IReadOnlyList<string> Problems) Read(IConfiguration config) => Read(config, Check);

    /// <summary>For <c>rotation worker</c>: a store is required, tokens and the address are not used.</summary>
    public static (ServiceOptions? Options, IReadOnlyList<string> Problems) ReadWorker(IConfiguration config) => Read(config, CheckWorker);

    private static (ServiceOptions? Options, IReadOnlyList<string> Problems) Read(IConfiguration config, Func<ServiceOptions, IReadOnlyList<string>> check)
    {
        var problems = new List<string>();
        var defaults = new ServiceOptions();
        var options = new ServiceOptions
        {
            DataDirectory = config[nameof(ServiceOptions.DataDirectory)] ?? defaults.DataDirectory,
            Url = config[nameof(ServiceOptions.Url)] ?? defaults.Url,
            AllowRemote = Parse(config, nameof(ServiceOptions.AllowRemote), bool.TryParse, defaults.AllowRemote, "true or false", problems),
            PlannerToken = Blank(config[nameof(ServiceOptions.PlannerToken)]),
            ViewerToken = Blank(config[nameof(ServiceOptions.ViewerToken)]),
            MaxConcurrentSolves = Parse(config, nameof(ServiceOptions.MaxConcurrentSolves), TryInt, defaults.MaxConcurrentSolves, "a whole number", problems),
            Workers = Parse<int?>(config, nameof(ServiceOptions.Workers), TryOptionalInt, defaults.Workers, "a whole number", problems),
            DefaultTimeLimitSeconds = Parse(config, nameof(ServiceOptions.DefaultTimeLimitSeconds), TryDouble, defaults.DefaultTimeLimitSeconds, "a number of seconds", problems),
            MaxTimeLimitSeconds = Parse(config, nameof(ServiceOptions.MaxTimeLimitSeconds), TryDouble, defaults.MaxTimeLimitSeconds, "a number of seconds", problems),
            MaxRequestBytes = Parse(config, nameof(ServiceOptions.MaxRequestBytes), TryLong, defaults.MaxRequestBytes, "a number of bytes", problems),
            Store = Blank(config[nameof(ServiceOptions.Store)]),
            RedeliverAfterSeconds = Parse(config, nameof(ServiceOptions.RedeliverAfterSeconds), TryDouble, defaults.RedeliverAfterSeconds, "a number of seconds", problems),
            InboxPollSeconds = Parse(config, nameof(ServiceOptions.InboxPollSeconds), TryDouble, defaults.InboxPollSeconds, "a number of seconds", problems),
        };
        problems.AddRange(check(options));
        return problems.Count == 0 ? (options, problems) : (null, problems);
    }

    /// <summary>Every rule the options break, one sentence each with the fix.</summary>
    public static IReadOnlyList<string> Check(ServiceOptions o)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(o.DataDirectory)) problems.Add("DataDirectory: empty; name the folder for the database and the outputs");
        CheckUrl(o, problems);
        if (o.PlannerToken is null && o.ViewerToken is null)
            problems.Add("PlannerToken, ViewerToken: no token is configured, so no request could be let in; set PlannerToken " +
                         $"(and ViewerToken for read-only clients) to random strings of at least {MinTokenLength} characters");
        CheckToken(nameof(o.PlannerToken), o.PlannerToken, problems);
        CheckToken(nameof(o.ViewerToken), o.ViewerToken, problems);
        if (o.PlannerToken is not null && o.PlannerToken == o.ViewerToken)
            problems.Add("ViewerToken: the same as PlannerToken, so viewers could submit and cancel; give each role its own token");
        if (o.MaxConcurrentSolves is < 0 or > 64 || (o.MaxConcurrentSolves == 0 && o.Store is null))
            problems.Add($"MaxConcurrentSolves: {o.MaxConcurrentSolves}; use 1 to 64, or 0 with a PostgreSQL Store for an API node whose workers solve");
        CheckSolves(o, problems);
        if (!(o.MaxTimeLimitSeconds is > 0 and <= 86_400)) problems.Add($"MaxTimeLimitSeconds: {o.MaxTimeLimitSeconds}; use more than 0 and at most 86400");
        if (!(o.DefaultTimeLimitSeconds > 0 && o.DefaultTimeLimitSeconds <= o.MaxTimeLimitSeconds))
            problems.Add($"DefaultTimeLimitSeconds: {o.DefaultTimeLimitSeconds}; use more than 0 and at most MaxTimeLimitSeconds ({o.MaxTimeLimitSeconds})");
        if (o.MaxRequestBytes < 1024 || o.MaxRequestBytes > Limits.MaxFileBytes)
            problems.Add($"MaxRequestBytes: {o.MaxRequestBytes}; use 1024 to {Limits.MaxFileBytes} (the largest scenario file read)");
        if (!(o.InboxPollSeconds is >= 0.1 and <= 3600)) problems.Add($"InboxPollSeconds: {o.InboxPollSeconds}; use 0.1 to 3600");
        return problems;
    }

    /// <summary>Every rule a worker's options break: it solves, so it needs a store and a number of solves.</summary>
    public static IReadOnlyList<string> CheckWorker(ServiceOptions o)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(o.DataDirectory)) problems.Add("DataDirectory: empty; name the folder for the worker's files while it solves");
        if (o.Store is null) problems.Add("Store: not set; give the cluster's PostgreSQL connection string with --store or ROTATION_STORE");
        if (o.MaxConcurrentSolves is < 1 or > 64) problems.Add($"MaxConcurrentSolves: {o.MaxConcurrentSolves}; use 1 to 64");
        CheckSolves(o, problems);
        return problems;
    }

    private static void CheckSolves(ServiceOptions o, List<string> problems)
    {
        if (o.Workers is < 1 or > 256) problems.Add($"Workers: {o.Workers}; use 1 to 256, or leave it unset for all cores");
        if (!(o.RedeliverAfterSeconds is >= 5 and <= 3600)) problems.Add($"RedeliverAfterSeconds: {o.RedeliverAfterSeconds}; use 5 to 3600");
    }

    private static void CheckUrl(ServiceOptions o, List<string> problems)
    {
        if (!Uri.TryCreate(o.Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttp || url.AbsolutePath != "/")
        {
            problems.Add($"Url: \"{o.Url}\" is not an address to listen on; write it like http://127.0.0.1:5080");
            return;
        }
        var loopback = url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
        if (!loopback && !o.AllowRemote)
            problems.Add($"Url: {url.Host} is reachable from other machines; listen on 127.0.0.1, or set AllowRemote=true " +
                         "behind a TLS-terminating proxy (tokens travel in clear over plain HTTP)");
    }

    private static void CheckToken(string name, string? token, List<string> problems)
    {
        if (token is not null && token.Length < MinTokenLength)
            problems.Add($"{name}: {token.Length} characters; use a random string of at least {MinTokenLength} (e.g. openssl rand -base64 24)");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private delegate bool TryParser<T>(string text, out T value);

    private static T Parse<T>(IConfiguration config, string key, TryParser<T> parse, T fallback, string expected, List<string> problems)
    {
        var text = config[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (parse(text.Trim(), out var value)) return value;
        problems.Add($"{key}: \"{text}\" is not {expected}");
        return fallback;
    }

    private static bool TryInt(string text, out int value) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    private static bool TryOptionalInt(string text, out int? value)
    {
        var ok = TryInt(text, out var parsed);
        value = parsed;
        return ok;
    }

    private static bool TryLong(string text, out long value) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    private static bool TryDouble(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
