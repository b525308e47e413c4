namespace Rotation.Cli;

/// <summary>The documented exit codes of the <c>rotation</c> command (SPEC §6, and README "Exit codes").</summary>
public static class ExitCodes
{
    /// <summary>Success: a valid scenario, a plan that holds, or a solve that found a plan.</summary>
    public const int Ok = 0;

    /// <summary><c>check</c>: the plan breaks at least one rule (each printed on stdout).</summary>
    public const int RulesBroken = 1;

    /// <summary>An input file is missing, unreadable or invalid (every problem printed on stderr); nothing written.</summary>
    public const int InvalidInput = 2;

    /// <summary><c>solve</c>: the scenario is proven infeasible.</summary>
    public const int Infeasible = 3;

    /// <summary><c>solve</c>: no plan found within the time limit.</summary>
    public const int Unknown = 4;

    /// <summary><c>experiment</c>: stopped (Ctrl-C) before every cell was solved; the finished cells are kept.</summary>
    public const int Stopped = 5;

    /// <summary>The command line itself is wrong (unknown option, missing argument).</summary>
    public const int Usage = 64;

    /// <summary><c>serve</c>, <c>worker</c> with a store: the PostgreSQL store cannot be reached or used (the reason on stderr).</summary>
    public const int StoreUnavailable = 69;

    /// <summary>A bug in the tool: please report it with the input that caused it.</summary>
    public const int InternalError = 70;
}
