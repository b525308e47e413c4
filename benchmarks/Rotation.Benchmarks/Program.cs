using BenchmarkDotNet.Running;
using Rotation.Benchmarks.EndToEnd;
using Rotation.Benchmarks.Relaxation;

// `e2e …` runs the end-to-end solve benchmark and `lp …` the model's LP relaxation (see benchmarks/README.md);
// anything else goes to BenchmarkDotNet.
return args.FirstOrDefault() switch
{
    "e2e" => EndToEndCommand.Run(args[1..]),
    "one" => SingleCase.Run(args[1..]),
    "lp" => RelaxationCommand.Run(args[1..]),
    _ => RunBenchmarkDotNet(args),
};

static int RunBenchmarkDotNet(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(EndToEndCommand).Assembly).Run(args);
    return 0;
}
