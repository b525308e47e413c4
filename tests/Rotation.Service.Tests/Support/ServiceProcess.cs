using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Rotation.Service.Tests.Support;

/// <summary>
/// <c>rotation serve</c> as a process of its own (the CLI built beside this test project), on 127.0.0.1 at a free port,
/// so that it can be killed or sent SIGTERM like a deployed service.
/// </summary>
internal sealed partial class ServiceProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly List<string> _log = [];

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

    public static async Task<ServiceProcess> StartAsync(string dataDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { CliDll, "serve", "--data", dataDirectory, "--url", "http://127.0.0.1:0", "--workers", "1" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["ROTATION_PLANNERTOKEN"] = TestService.PlannerToken,
                ["ROTATION_VIEWERTOKEN"] = TestService.ViewerToken,
            },
        };
        var service = new ServiceProcess(new Process { StartInfo = start });
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(object _, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            lock (service._log) service._log.Add(e.Data);
            if (Listening().Match(e.Data) is { Success: true } match) listening.TrySetResult(new Uri(match.Groups[1].Value));
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
            Assert.Fail($"rotation serve did not start listening:{Environment.NewLine}{service.Log}");
        }
        service.Address = await listening.Task;
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
}
