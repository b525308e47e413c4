using MathNet.Numerics.Random;

namespace Rotation.Experiments.Workforce;

/// <summary>The kinds of workforce event; each draws from a stream of its own.</summary>
public enum DrawKind { Attrition = 1, Leave = 2, Hire = 3 }

/// <summary>
/// One random stream per (experiment seed, replication, kind, attempt), so that changing the leave rate leaves the
/// leavers as they were, and a redraw changes only the replication it is for.
/// </summary>
public static class RandomStreams
{
    public static Random For(int seed, int replication, DrawKind kind, int attempt)
    {
        var key = (ulong)(uint)seed;
        foreach (var part in new[] { (ulong)(uint)replication, (ulong)kind, (ulong)(uint)attempt }) key = Mix(key ^ Mix(part));
        return new MersenneTwister((int)(key & int.MaxValue));
    }

    // SplitMix64's finaliser: neighbouring inputs give unrelated outputs, and it is the same on every platform.
    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
