namespace Rotation.Cli;

/// <summary>Counts as the command's messages print them: "1 move", "3 moves".</summary>
internal static class Words
{
    public static string Count(long n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
