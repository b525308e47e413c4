namespace Rotation.Domain.Loading;

/// <summary>One thing wrong with an input file: where (JSON path, and line for syntax errors) and what to do.</summary>
public sealed record LoadProblem(string Path, string Message, long? Line = null, long? Column = null)
{
    public override string ToString() =>
        Line is null ? $"{Path}: {Message}" : $"{Path} (line {Line}, column {Column}): {Message}";
}

/// <summary>The outcome of reading a file: a value, or every problem found (never both).</summary>
public sealed record LoadResult<T>(T? Value, IReadOnlyList<LoadProblem> Problems, IReadOnlyList<LoadProblem> Warnings)
    where T : class
{
    public bool Succeeded => Value is not null && Problems.Count == 0;
}
