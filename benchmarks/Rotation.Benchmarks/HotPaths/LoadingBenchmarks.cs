using BenchmarkDotNet.Attributes;
using Rotation.Domain.Loading;
using Rotation.Domain.Scenarios;

namespace Rotation.Benchmarks.HotPaths;

/// <summary>Reading and validating the seed scenario: what every command pays first.</summary>
[MemoryDiagnoser]
public class LoadingBenchmarks
{
    private byte[] _seed = [];

    [GlobalSetup]
    public void Setup() => _seed = File.ReadAllBytes(Seed.Path);

    [Benchmark(Baseline = true)]
    public Scenario? LoadSeedScenario() => ScenarioLoader.Load(_seed).Value;
}
