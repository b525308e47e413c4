using System.Text.Json;
using System.Text.Json.Serialization;
using Hangfire;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Rotation.Service.Api;
using Rotation.Service.Auth;
using Rotation.Service.Inbox;
using Rotation.Service.Options;
using Rotation.Service.Queue;
using Rotation.Service.Scale;
using Rotation.Service.Storage;
using Rotation.Service.Web;

namespace Rotation.Service;

/// <summary>
/// Wires the service: options, store, queue, inbox, authentication, the API and the web app. Nothing else lives here.
/// Without a <see cref="ServiceOptions.Store"/> it is one machine (SQLite, solves in this process); with one it is a node
/// of a cluster (PostgreSQL, solves as Hangfire jobs, taken here too unless MaxConcurrentSolves is 0).
/// </summary>
public static class ServiceApp
{
    /// <summary>Time a shutdown gives the solves to stop and store their best plans, within the 10 s a SIGTERM allows.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(8);

    /// <summary>Run states and plan statuses are written by name ("running"), not number.</summary>
    public static JsonStringEnumConverter EnumsByName { get; } = new(JsonNamingPolicy.CamelCase);

    /// <param name="options">Already checked by <see cref="ServiceOptionsReader"/>.</param>
    /// <param name="configure">For tests: e.g. swap Kestrel for a test server.</param>
    public static WebApplication Build(ServiceOptions options, TimeProvider clock, Action<WebApplicationBuilder>? configure = null)
    {
        var problems = ServiceOptionsReader.Check(options);
        if (problems.Count > 0) throw new ArgumentException(string.Join(Environment.NewLine, problems), nameof(options));

        // Named after this assembly, where Razor Pages look for the web app's pages whichever program hosts the service.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(ServiceApp).Assembly.GetName().Name, Args = [] });
        builder.WebHost.UseUrls(options.Url);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);
        ServiceLogging.Configure(builder.Logging);
        // ASP.NET Core's own request lines would drown the runs' lines; its warnings and errors still show.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // Its keys sign the web app's session and anti-forgery cookies and stay in the data folder; its warning that they are
        // not encrypted at rest says no more than the folder's permissions do.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(EnumsByName));

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(clock);
        if (options.Store is { } store) ClusterServices.Add(services, options, ClusterServices.Connect(store), options.MaxConcurrentSolves > 0);
        else AddEmbedded(services, options);
        services.AddSingleton<RunSubmitter>();
        services.AddSingleton<ExperimentSubmitter>();
        services.TryAddSingleton<RunCancellations>();
        services.AddHostedService<InboxWatcher>();
        services.AddProblemDetails();
        // Keep the data protection keys with the service's data rather than in the user profile (in the cluster's store, for
        // every API node alike), and name the application rather than let the working folder name it, so sessions outlive
        // a restart from another folder.
        var protection = services.AddDataProtection().SetApplicationName("rotation");
        if (options.Store is null) protection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataDirectory, "keys")));
        else services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(
            keys => keys.XmlRepository = new PostgresKeyRepository(provider.GetRequiredService<NpgsqlDataSource>())));
        var authentication = services.AddAuthentication(WebApp.Scheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        WebApp.AddSchemes(authentication);
        WebApp.AddServices(services);
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.PlanPolicy, policy => policy.RequireRole(Roles.Planner))
            .AddPolicy(Roles.ReadPolicy, policy => policy.RequireRole(Roles.Planner, Roles.Viewer));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        // Open to probes without a token; it tells only which kind of store this is and whether it answers.
        app.MapGet("/health", (IRunStore store) => store.IsReachable()
            ? Results.Ok(new { status = "healthy", store = store.Kind })
            : Results.Json(new { status = "unhealthy", store = store.Kind }, statusCode: StatusCodes.Status503ServiceUnavailable));
        RunEndpoints.Map(app);
        ExperimentEndpoints.Map(app);
        WebApp.Map(app);
        // The job engine's own view of the queue and the workers: planners only, as it can requeue and delete jobs.
        if (options.Store is not null) app.MapHangfireDashboardWithAuthorizationPolicy(Roles.PlanPolicy, "/hangfire");
        return app;
    }

    /// <summary>One machine: SQLite in the data folder, and a dispatcher in this process that solves the queued runs.</summary>
    private static void AddEmbedded(IServiceCollection services, ServiceOptions options)
    {
        var store = new RunStore(options.DatabasePath);
        services.AddSingleton(store);
        services.AddSingleton<IRunStore>(store);
        services.AddSingleton<IExperimentStore>(store);
        services.AddSingleton<IRunFolders>(new LocalRunFolders(options.RunsDirectory));
        services.AddSingleton<QueueSignal>();
        services.AddSingleton<IRunQueue>(provider => provider.GetRequiredService<QueueSignal>());
        services.AddSingleton<RunExecutor>();
        services.AddHostedService<SolveDispatcher>();
    }
}
