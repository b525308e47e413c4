using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Rotation.Benchmarks.HotPaths;
using Rotation.Domain.Loading;
using Rotation.Generation;

namespace Rotation.Benchmarks.EndToEnd;

/// <summary>
/// <c>e2e [--time-limit S] [--workers N] [--cases seed,150,600,2000,p26,p600] [--out FILE]</c>: solves the seed case and
/// scenarios of both generator families, each in its own process, and prints a Markdown table (time to first plan, gap
/// at the limit, model size, peak memory) beside the naive stay-put baseline and, for a planted case (<c>pN</c>: N
/// cadres drawn around a known plan), that plan's objective.
/// </summary>
internal static class EndToEndCommand
{
    public static int Run(string[] args)
    {
        var seconds = Option(args, "--time-limit", "120");
        var workers = Option(args, "--workers", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture));
        var cases = Option(args, "--cases", "seed,150,600,2000").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var output = args.Contains("--out") ? Option(args, "--out", "") : null;
        var folder = Directory.CreateTempSubdirectory("rotation-e2e-").FullName;
        var rows = new List<CaseResult>();
        var planted = new Dictionary<string, long>();
        foreach (var name in cases)
        {
            var path = name == "seed" ? Seed.Path : name.StartsWith('p') ? Plant(name, folder, planted) : Generate(name, folder);
            Console.Error.WriteLine($"[{TimeProvider.System.GetLocalNow():HH:mm:ss}] {name}: solving with a {seconds} s limit on {workers} workers…");
            var row = RunChild(name, path, seconds, workers);
            if (row is null) continue;
            rows.Add(row);
            Console.Error.WriteLine($"  {row.Status}, objective {row.Objective}, bound {row.Bound}, first plan {row.FirstPlanSeconds:0.0} s, ended {row.SolveSeconds:0.0} s, peak {row.PeakMemoryMb} MB");
        }
        var table = Table(rows, planted, seconds, workers);
        Console.WriteLine(table);
        if (output is not null) File.WriteAllText(output, table);
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    /// <summary>A generated scenario of the given cadre count, with one office per 15 cadres (PERFORMANCE.md's shape).</summary>
    private static string Generate(string name, string folder)
    {
        var cadres = int.Parse(name, CultureInfo.InvariantCulture);
        var path = Path.Combine(folder, $"generated-{cadres}.json");
        File.WriteAllBytes(path, ScenarioGenerator.Generate(new GeneratorOptions(Math.Max(3, cadres / 15), cadres, 36, Seed: 42)));
        return path;
    }

    /// <summary>
    /// A planted scenario of the given cadre count (<c>p600</c>), shaped as in the robustness issue: 3 offices up to 40
    /// cadres, else one office per 15 cadres up to 200; 60 months from 5,000 cadres. Its plan's objective goes to <paramref name="planted"/>.
    /// </summary>
    private static string Plant(string name, string folder, Dictionary<string, long> planted)
    {
        var cadres = int.Parse(name[1..], CultureInfo.InvariantCulture);
        var offices = cadres <= 40 ? 3 : Math.Min(200, cadres / 15);
        var drawn = PlantedGenerator.Generate(new PlantedOptions(offices, cadres, cadres >= 5000 ? 60 : 36, Seed: 1));
        var path = Path.Combine(folder, $"planted-{cadres}.json");
        File.WriteAllBytes(path, drawn.Scenario);
        var scenario = ScenarioLoader.Load(drawn.Scenario).Value ?? throw new InvalidOperationException($"{name}: the planted scenario does not load");
        planted[name] = SingleCase.Judged(scenario, drawn.Posts, drawn.Trainings).Objective;
        return path;
    }

    private static CaseResult? RunChild(string name, string path, string seconds, string workers)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(EndToEndCommand).Assembly.Location);
        foreach (var a in new[] { "one", name, path, seconds, workers }) start.ArgumentList.Add(a);
        using var child = Process.Start(start)!;
        var line = child.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        child.WaitForExit();
        if (child.ExitCode == 0 && line is not null) return JsonSerializer.Deserialize<CaseResult>(line);
        Console.Error.WriteLine($"  {name}: the solve process failed (exit {child.ExitCode})");
        return null;
    }

    private static string Table(IEnumerable<CaseResult> rows, Dictionary<string, long> planted, string seconds, string workers)
    {
        var b = new StringBuilder();
        b.AppendLine($"Time limit {seconds} s, {workers} workers, seed 1; {Environment.ProcessorCount} cores, {Memory()}; {TimeProvider.System.GetUtcNow():yyyy-MM-dd}.");
        b.AppendLine();
        b.AppendLine("| case | cadres × posts × offices × months | status | first plan | ended | objective | planted | bound | gap | stay-put baseline | variables | constraints | peak memory | checked |");
        b.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rows)
            b.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Case} | {r.Cadres} × {r.Posts} × {r.Offices} × {r.Months} | {r.Status} | {(r.FirstPlanSeconds is { } f ? $"{f:0.0} s" : "none")} | {r.SolveSeconds:0.0} s | {r.Objective?.ToString() ?? "–"} | {(planted.TryGetValue(r.Case, out var p) ? p.ToString(CultureInfo.InvariantCulture) : "–")} | {r.Bound?.ToString("0") ?? "–"} | {(r.Gap is { } g ? $"{g * 100:0.0} %" : "–")} | {r.BaselineObjective}{(r.BaselineValid ? "" : " (breaks rules)")} | {(r.Variables > 0 ? $"{r.Variables:N0} | {r.Constraints:N0}" : "none built | none built")} | {r.PeakMemoryMb:N0} MB | {(r.Checked ? "yes" : "NO")} |"));
        return b.ToString();
    }

    private static string Memory() =>
        File.Exists("/proc/meminfo") && File.ReadLines("/proc/meminfo").FirstOrDefault() is { } first
            ? $"{long.Parse(first.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / (1024 * 1024)} GB RAM"
            : "memory unknown";

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
