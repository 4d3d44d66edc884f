namespace NewsExtraction.Entities;

/// <summary>
/// The word caches of one model, lent to one sentence at a time: a cache is kept for as long as something tags, not
/// per thread, so a server whose requests run on dozens of threads holds as many caches as it tags sentences at once
/// (at most <see cref="Capacity"/> kept; more are made as needed and left to the collector), and a batch run on new
/// threads finds the caches warm. Lock-free: a slot is taken and given back with one atomic exchange.
/// </summary>
internal sealed class WordCachePool(int labels)
{
    /// <summary>The most caches kept between uses.</summary>
    public static int Capacity { get; } = Math.Clamp(Environment.ProcessorCount, 2, 64);

    private readonly WordCache?[] _caches = new WordCache?[Capacity];

    /// <summary>A cache for this caller alone until <see cref="Return"/>.</summary>
    public WordCache Rent()
    {
        for (int i = 0; i < _caches.Length; i++)
        {
            WordCache? cache = Interlocked.Exchange(ref _caches[i], null);
            if (cache is not null)
            {
                return cache;
            }
        }
        return new WordCache(labels);
    }

    /// <summary>Gives <paramref name="cache"/> back for the next caller; it is dropped when the pool is full.</summary>
    public void Return(WordCache cache)
    {
        for (int i = 0; i < _caches.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _caches[i], cache, null) is null)
            {
                return;
            }
        }
    }
}
