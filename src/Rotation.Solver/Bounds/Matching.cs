namespace Rotation.Solver.Bounds;

/// <summary>
/// Maximum matching of posts (each taking up to its capacity) to cadres (each at most one post), by augmenting paths
/// (Kuhn). Reused month after month: the arrays are allocated once.
/// </summary>
internal sealed class Matching
{
    private readonly int[] _postOf;
    private readonly int[] _load;
    private readonly int[] _seenPost;
    private readonly int[] _seenCadre;
    private int _stamp;

    public Matching(int posts, int cadres)
    {
        _postOf = new int[cadres];
        _load = new int[posts];
        _seenPost = new int[posts];
        _seenCadre = new int[cadres];
    }

    /// <summary>The most cadres that can be matched, each post j to at most capacity[j] of the cadres in reachers[j] that <paramref name="admits"/>.</summary>
    public int Run(int[] capacity, List<int>[] reachers, Func<int, int, bool> admits)
    {
        Array.Fill(_postOf, -1);
        Array.Clear(_load);
        var matched = 0;
        for (var j = 0; j < capacity.Length; j++)
            while (_load[j] < capacity[j])
            {
                _stamp++;
                if (!Augment(j, reachers, admits)) break;
                matched++;
            }
        return matched;
    }

    private bool Augment(int post, List<int>[] reachers, Func<int, int, bool> admits)
    {
        if (_seenPost[post] == _stamp) return false;
        _seenPost[post] = _stamp;
        // A free cadre first: most posts find one, and the deep search below is then rare.
        foreach (var cadre in reachers[post])
        {
            if (_postOf[cadre] >= 0 || _seenCadre[cadre] == _stamp || !admits(post, cadre)) continue;
            _postOf[cadre] = post;
            _load[post]++;
            return true;
        }
        foreach (var cadre in reachers[post])
        {
            if (_seenCadre[cadre] == _stamp || !admits(post, cadre)) continue;
            _seenCadre[cadre] = _stamp;
            var other = _postOf[cadre];
            if (other >= 0 && !Augment(other, reachers, admits)) continue;
            if (other >= 0) _load[other]--;
            _postOf[cadre] = post;
            _load[post]++;
            return true;
        }
        return false;
    }
}
