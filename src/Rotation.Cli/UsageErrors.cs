using System.CommandLine;
using System.Text.RegularExpressions;
using Rotation.Domain.Loading;

namespace Rotation.Cli;

/// <summary>
/// A command line that does not parse, told in plain words: an unknown command or option with the closest known one,
/// a value that is not a number said as such, and a pointer to the help of the command that was meant.
/// </summary>
internal static partial class UsageErrors
{
    public static IReadOnlyList<string> Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var lines = new List<string>();
        var unknown = parse.UnmatchedTokens.ToList();
        var commandTyped = command is RootCommand && unknown.Count > 0 && !unknown[0].StartsWith('-');
        for (var i = 0; i < unknown.Count; i++)
        {
            var token = unknown[i];
            if (token.StartsWith('-'))
            {
                var options = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--")).Distinct();
                lines.Add($"unknown option {token}{DidYouMean(token, options)}");
                // The value after a misspelt option was meant for it: one message is enough.
                if (i + 1 < unknown.Count && !unknown[i + 1].StartsWith('-')) i++;
            }
            else if (i == 0 && commandTyped)
                lines.Add($"unknown command \"{token}\"{DidYouMean(token, command.Subcommands.Select(c => c.Name))}");
            else
                lines.Add($"unexpected argument \"{token}\"");
        }
        foreach (var error in parse.Errors)
        {
            if (error.Message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal)) continue;
            if (commandTyped && error.Message.StartsWith("Required command was not provided", StringComparison.Ordinal)) continue;
            lines.Add(Plain(error.Message));
        }
        var help = command is RootCommand ? "rotation --help" : $"rotation {command.Name} --help";
        lines.Add($"run '{help}' for {(command is RootCommand ? "the commands and their options" : "its arguments and options")}");
        return lines;
    }

    private static string DidYouMean(string typed, IEnumerable<string> known) =>
        Suggest.Closest(typed, known) is { } closest ? $"; did you mean {closest}?" : "";

    /// <summary>A value that failed to parse, said without .NET type names.</summary>
    private static string Plain(string message) =>
        CannotParse().Match(message) is { Success: true } m
            ? $"{m.Groups["option"].Value}: \"{m.Groups["value"].Value}\" is not {Kind(m.Groups["type"].Value)}"
            : message;

    private static string Kind(string type) => type switch
    {
        "System.Double" => "a number (e.g. 120 or 0.5)",
        "System.Int32" or "System.Nullable`1[System.Int32]" => "a whole number",
        _ => "a valid value",
    };

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'")]
    private static partial Regex CannotParse();
}
