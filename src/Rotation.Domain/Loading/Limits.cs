namespace Rotation.Domain.Loading;

/// <summary>
/// Sizes beyond which an input is refused as absurd rather than slowly processed. Each is far above any real
/// organisation or benchmark scenario and guards memory and arithmetic.
/// </summary>
public static class Limits
{
    /// <summary>Largest scenario or plan file read: 64 MiB.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Deepest JSON nesting accepted; the contract never needs more than 6 levels.</summary>
    public const int MaxJsonDepth = 32;

    /// <summary>Longest horizon: 50 years.</summary>
    public const int MaxHorizonMonths = 600;

    public const int MaxCadres = 100_000;
    public const int MaxPosts = 100_000;
    public const int MaxOffices = 10_000;
    public const int MaxCourses = 10_000;
    public const int MaxListItems = 100_000;

    /// <summary>Largest absolute weight, tenure, grade or count, so every objective fits a 64-bit integer.</summary>
    public const int MaxMagnitude = 1_000_000;
}
