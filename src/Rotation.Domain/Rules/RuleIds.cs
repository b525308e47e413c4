namespace Rotation.Domain.Rules;

/// <summary>
/// The stable ids of the hard-rule families of SPEC §3 and of their parts, as the checker's violations, the solver's
/// model groups and the conflicts of an Infeasible plan spell them. A conflict id is one of these, then <c>:</c> and
/// what it is about (<c>tenure.max:c03</c>, <c>blackout:legal:2027-09</c>).
/// </summary>
public static class RuleIds
{
    public const string Presence = "presence";
    public const string Moves = "moves";
    public const string Headcount = "headcount";
    public const string HeadcountMax = Headcount + ".max";
    public const string HeadcountMin = Headcount + ".min";
    public const string Grade = "grade";
    public const string Competency = "competency";
    public const string Tenure = "tenure";
    public const string TenureMin = Tenure + ".min";
    public const string TenureMax = Tenure + ".max";
    public const string TenureStart = Tenure + ".start";
    public const string Availability = "availability";
    public const string Blackout = "blackout";
    public const string Throughput = "throughput";
    public const string ThroughputMonth = Throughput + ".month";
    public const string ThroughputOffice = Throughput + ".office";
    public const string Training = "training";
    public const string Avoidance = "avoidance";
    public const string Locked = "locked";
    public const string NoReturn = "noReturn";
    public const string Freeze = "freeze";
    public const string Pin = "pin";

    /// <summary>The conflict of an Infeasible plan whose clashing rules the time allowed did not narrow down.</summary>
    public const string Unexplained = "unexplained";
}

/// <summary>A hard-rule family of SPEC §3: its code there and its stable id.</summary>
public sealed record HardRule(string Code, string Id)
{
    public static readonly HardRule Presence = new("H1", RuleIds.Presence);
    public static readonly HardRule Moves = new("H2", RuleIds.Moves);
    public static readonly HardRule Headcount = new("H3", RuleIds.Headcount);
    public static readonly HardRule Grade = new("H4", RuleIds.Grade);
    public static readonly HardRule Competency = new("H5", RuleIds.Competency);
    public static readonly HardRule Tenure = new("H6", RuleIds.Tenure);
    public static readonly HardRule Availability = new("H7", RuleIds.Availability);
    public static readonly HardRule Blackout = new("H8", RuleIds.Blackout);
    public static readonly HardRule Throughput = new("H9", RuleIds.Throughput);
    public static readonly HardRule Training = new("H10", RuleIds.Training);
    public static readonly HardRule Avoidance = new("H11", RuleIds.Avoidance);
    public static readonly HardRule Locked = new("H12", RuleIds.Locked);
    public static readonly HardRule NoReturn = new("H13", RuleIds.NoReturn);
    public static readonly HardRule Freeze = new("H14", RuleIds.Freeze);
    public static readonly HardRule Pin = new("H15", RuleIds.Pin);

    /// <summary>Every family, in SPEC order.</summary>
    public static IReadOnlyList<HardRule> All { get; } =
    [
        Presence, Moves, Headcount, Grade, Competency, Tenure, Availability, Blackout, Throughput, Training, Avoidance,
        Locked, NoReturn, Freeze, Pin,
    ];

    /// <summary>Whether <paramref name="id"/> is a hard-rule family's id.</summary>
    public static bool IsFamily(string id) => All.Any(r => r.Id == id);
}
