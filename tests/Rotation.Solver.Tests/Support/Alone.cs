namespace Rotation.Solver.Tests.Support;

/// <summary>Test classes that run with no other test class beside them: their outcome depends on the machine not being busy.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Alone
{
    public const string Name = "alone";
}
