using System.Diagnostics;
using Google.OrTools.LinearSolver;
using Google.OrTools.Sat;
using Rotation.Domain.Loading;
using Rotation.Solver.WholeModel;

namespace Rotation.Benchmarks.Relaxation;

/// <summary>
/// <c>lp SCENARIO [SOLVER] [SECONDS]</c>: the LP relaxation of the solver's CP model, solved to the end by a linear
/// solver (GLOP by default, or CLP, PDLP), to tell how tight the formulation is apart from how far CP-SAT's own root
/// LP gets in a search. Only the constraints CP-SAT would linearize at level 1 are kept (linear ones without an
/// enforcement literal, at-most-one and exactly-one), so the value is a lower bound on the model's optimum.
/// </summary>
internal static class RelaxationCommand
{
    public static int Run(string[] args)
    {
        var scenario = ScenarioLoader.Load(File.ReadAllBytes(args[0])).Value ?? throw new InvalidOperationException($"{args[0]} is not a valid scenario");
        var proto = ModelBuilder.Build(scenario, explaining: false, out _).Cp.Model;
        using var lp = Google.OrTools.LinearSolver.Solver.CreateSolver(args.Length > 1 ? args[1] : "GLOP") ?? throw new InvalidOperationException("no such linear solver");
        lp.SetTimeLimit((long)(1000 * (args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 600)));
        var vars = proto.Variables.Select((v, i) => lp.MakeNumVar(v.Domain[0], v.Domain[^1], $"v{i}")).ToArray();
        var kept = 0;
        foreach (var c in proto.Constraints.Where(c => c.EnforcementLiteral.Count == 0))
        {
            var row = c.ConstraintCase switch
            {
                ConstraintProto.ConstraintOneofCase.Linear when c.Linear.Domain.Count == 2 =>
                    (Lo: c.Linear.Domain[0], Hi: c.Linear.Domain[1], Terms: c.Linear.Vars.Zip(c.Linear.Coeffs, (v, k) => (v, (double)k))),
                ConstraintProto.ConstraintOneofCase.ExactlyOne => (Lo: 1L, Hi: 1L, Terms: c.ExactlyOne.Literals.Select(l => (l, 1.0))),
                ConstraintProto.ConstraintOneofCase.AtMostOne => (Lo: long.MinValue, Hi: 1L, Terms: c.AtMostOne.Literals.Select(l => (l, 1.0))),
                _ => default,
            };
            if (row.Terms is null) continue;
            // A negated literal ¬x is 1 − x: its coefficient moves to x with the opposite sign, its constant to the bounds.
            var constant = row.Terms.Where(t => t.Item1 < 0).Sum(t => t.Item2);
            var constraint = lp.MakeConstraint(row.Lo == long.MinValue ? double.NegativeInfinity : row.Lo - constant,
                row.Hi == long.MaxValue ? double.PositiveInfinity : row.Hi - constant);
            foreach (var (v, k) in row.Terms) constraint.SetCoefficient(vars[v >= 0 ? v : -v - 1], v >= 0 ? k : -k);
            kept++;
        }
        var objective = lp.Objective();
        for (var i = 0; i < proto.Objective.Vars.Count; i++) objective.SetCoefficient(vars[proto.Objective.Vars[i]], proto.Objective.Coeffs[i]);
        objective.SetMinimization();
        var watch = Stopwatch.StartNew();
        var status = lp.Solve();
        Console.WriteLine($"{args[0]}: {status} LP value {objective.Value() + proto.Objective.Offset:0.##} in {watch.Elapsed.TotalSeconds:0.0} s " +
                          $"({vars.Length:N0} variables, {kept:N0} of {proto.Constraints.Count:N0} constraints kept)");
        return status == Google.OrTools.LinearSolver.Solver.ResultStatus.OPTIMAL ? 0 : 1;
    }
}
