using BenchmarkDotNet.Attributes;
using Rotation.Checking;
using Rotation.Domain.Loading;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver;
using Rotation.Solver.Construction;
using Rotation.Solver.Solving;
using Rotation.Solver.WholeModel;

namespace Rotation.Benchmarks.HotPaths;

/// <summary>Building the CP model, the stay-put heuristic and the independent check, on the seed scenario.</summary>
[MemoryDiagnoser]
public class SolverBenchmarks
{
    private Scenario _scenario = null!;
    private Plan _plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        _scenario = ScenarioLoader.Load(File.ReadAllBytes(Seed.Path)).Value!;
        _plan = RotationSolver.Solve(_scenario, new SolveOptions { TimeLimitSeconds = 30, Workers = 1 }, TimeProvider.System).Plan;
    }

    [Benchmark]
    public int BuildModel() => ModelBuilder.Build(_scenario, explaining: false, out _).Cp.Model.Variables.Count;

    [Benchmark]
    public int StayPutHeuristic() => StayPutPlanner.Plan(_scenario).Count;

    [Benchmark]
    public bool CheckSolvedPlan() => PlanChecker.Check(_scenario, _plan).Holds;
}
