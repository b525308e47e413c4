using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Rotation.Service.Options;

namespace Rotation.Service.Scale;

/// <summary>
/// A worker of the cluster: no HTTP, only Hangfire's server taking solve jobs from the PostgreSQL store, at most
/// <see cref="ServiceOptions.MaxConcurrentSolves"/> at once, until SIGTERM (which queues its solves again).
/// </summary>
public static class WorkerApp
{
    /// <param name="options">Already checked, with a <see cref="ServiceOptions.Store"/>.</param>
    public static IHost Build(ServiceOptions options, TimeProvider clock)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], DisableDefaults = true });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ServiceApp.ShutdownTimeout);
        ServiceLogging.Configure(builder.Logging);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(clock);
        ClusterServices.Add(builder.Services, options, ClusterServices.Connect(options.Store!), solves: true);
        return builder.Build();
    }
}
