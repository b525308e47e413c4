namespace Rotation.Checking;

/// <summary>
/// One way a plan breaks the contract. <see cref="Code"/> is the SPEC's name for the rule ("H6", or "§4"/"§5" for the
/// objective and the derived rows); <see cref="Id"/> is the stable rule id ("tenure.max") shared with the solver.
/// </summary>
public sealed record Violation(string Code, string Id, string Message, string? Cadre = null, string? Post = null, string? Month = null)
{
    public override string ToString()
    {
        var where = string.Join(" ", new[] { Cadre, Post, Month }.Where(x => x is not null));
        return where.Length == 0 ? $"{Code} {Id}: {Message}" : $"{Code} {Id} {where}: {Message}";
    }
}
