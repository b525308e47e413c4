using BenchmarkDotNet.Attributes;
using Rotation.Domain.Loading;
using Rotation.Generation;
using Rotation.Solver.Construction;
using Rotation.Solver.Search;

namespace Rotation.Benchmarks.HotPaths;

/// <summary>One judgement of a cluster's plan by the checker, and a whole local search, on a generated two-office cluster.</summary>
[MemoryDiagnoser]
public class LocalSearchBenchmarks
{
    private PartJudge _judge = null!;
    private Dictionary<string, string?[]> _rows = null!;
    private Verdict _start = null!;

    [GlobalSetup]
    public void Setup()
    {
        var scenario = ScenarioLoader.Load(ScenarioGenerator.Generate(new GeneratorOptions(2, 30, 36, Seed: 42))).Value!;
        _judge = new PartJudge(scenario, (_, _) => true);
        _rows = StayPutPlanner.Plan(scenario).ToDictionary(r => r.Key, r => r.Value);
        _start = _judge.Judge(_rows, []) ?? throw new InvalidOperationException("the generated stay-put plan breaks a rule");
    }

    [Benchmark]
    public long JudgeStayPutPlan() => _judge.Judge(_rows, [])!.Objective;

    [Benchmark]
    public long LocalSearchFromFirstPlan()
    {
        var search = new LocalSearch(_judge, _rows, [], _start, () => false);
        search.Run();
        return search.Verdict.Objective;
    }
}
