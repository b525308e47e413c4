using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Rotation.Service.Tests.Support;

/// <summary>
/// <c>rotation serve</c> as a process of its own (the CLI built beside this test project), on 127.0.0.1 at a free port,
/// so that it can be killed or sent SIGTERM like a deployed service; or <c>rotation worker</c> of a cluster.
/// </summary>
internal sealed partial class ServiceProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly List<string> _log = [];
    private Match? _ready;

    private ServiceProcess(Process process) => _process = process;

    public Uri Address { get; private set; } = null!;

    public int ExitCode => _process.ExitCode;

    public string Log
    {
        get { lock (_log) return string.Join(Environment.NewLine, _log); }
    }

    /// <summary>The rotation command built in the same configuration (Debug, Release) as these tests.</summary>
    public static string CliDll
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            var dll = Repo.PathTo(Path.Combine("src", "Rotation.Cli", "bin", configuration, "net10.0", "rotation.dll"));
            Assert.True(File.Exists(dll), $"{dll} is missing; build src/Rotation.Cli");
            return dll;
        }
    }

    /// <param name="arguments">Given after the test's own (data folder, address, one search worker).</param>
    public static async Task<ServiceProcess> StartAsync(string dataDirectory, params string[] arguments)
    {
        var service = await StartAsync(["serve", "--data", dataDirectory, "--url", "http://127.0.0.1:0", "--workers", "1", .. arguments],
            Listening(), new Dictionary<string, string>());
        service.Address = new Uri(service._ready!.Groups[1].Value);
        return service;
    }

    /// <summary><c>rotation worker</c> on <paramref name="store"/>, one solve at a time with one search worker, once it takes jobs.</summary>
    public static Task<ServiceProcess> StartWorkerAsync(string dataDirectory, string store, double redeliverAfterSeconds) =>
        StartAsync(["worker", "--data", dataDirectory, "--store", store, "--workers", "1"], TakingJobs(),
            new Dictionary<string, string> { ["ROTATION_REDELIVERAFTERSECONDS"] = redeliverAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    private static async Task<ServiceProcess> StartAsync(string[] arguments, Regex ready, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["ROTATION_PLANNERTOKEN"] = TestService.PlannerToken,
                ["ROTATION_VIEWERTOKEN"] = TestService.ViewerToken,
            },
        };
        start.ArgumentList.Add(CliDll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var service = new ServiceProcess(new Process { StartInfo = start });
        var listening = new TaskCompletionSource<Match>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(object _, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            lock (service._log) service._log.Add(e.Data);
            if (ready.Match(e.Data) is { Success: true } match) listening.TrySetResult(match);
        }
        service._process.OutputDataReceived += OnLine;
        service._process.ErrorDataReceived += OnLine;
        service._process.Start();
        service._process.BeginOutputReadLine();
        service._process.BeginErrorReadLine();
        var started = await Task.WhenAny(listening.Task, service._process.WaitForExitAsync(), Task.Delay(StartTimeout));
        if (started != listening.Task)
        {
            service.Dispose();
            Assert.Fail($"rotation {arguments[0]} did not start:{Environment.NewLine}{service.Log}");
        }
        service._ready = await listening.Task;
        return service;
    }

    public HttpClient Client(string token) => new()
    {
        BaseAddress = Address,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };

    /// <summary>As <c>kill -9</c>: no chance to store anything.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Sends SIGTERM and returns how long the process took to exit (at most 30 s are waited).</summary>
    public async Task<TimeSpan> TerminateAsync()
    {
        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(limit.Token);
        return clock.Elapsed;
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();

    [GeneratedRegex("all the dispatchers started")]
    private static partial Regex TakingJobs();
}
