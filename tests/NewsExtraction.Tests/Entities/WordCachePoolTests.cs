using NewsExtraction.Entities;

namespace NewsExtraction.Tests.Entities;

public sealed class WordCachePoolTests
{
    [Fact]
    public void A_returned_cache_is_lent_again_with_what_it_holds()
    {
        var pool = new WordCachePool(labels: 9);
        WordCache cache = pool.Rent();
        TokenHashes word = TokenHashes.Of("Bruxelles");
        cache.Store(WordCache.SlotOf(word.Word), word);

        pool.Return(cache);
        WordCache again = pool.Rent();

        Assert.Same(cache, again);
        Assert.True(again.Holds(WordCache.SlotOf(word.Word), word.Word));
    }

    [Fact]
    public void Callers_at_the_same_time_never_share_a_cache()
    {
        var pool = new WordCachePool(labels: 9);
        pool.Return(pool.Rent());

        WordCache first = pool.Rent();
        WordCache second = pool.Rent();

        Assert.NotSame(first, second);
    }

    [Fact]
    public void The_pool_keeps_at_most_its_capacity()
    {
        var pool = new WordCachePool(labels: 9);
        WordCache[] lent = [.. Enumerable.Range(0, WordCachePool.Capacity + 1).Select(_ => pool.Rent())];
        foreach (WordCache cache in lent)
        {
            pool.Return(cache);
        }

        WordCache[] again = [.. Enumerable.Range(0, WordCachePool.Capacity + 1).Select(_ => pool.Rent())];

        Assert.Equal(WordCachePool.Capacity, again.Count(cache => lent.Contains(cache)));
    }

    [Fact]
    public void Sentences_tagged_on_many_threads_at_once_get_the_tags_of_one_thread()
    {
        NerModel model = EntityRecognizer.ModelFor(Language.English);
        string[][] sentences =
        [
            ["Joe", "Biden", "met", "Olaf", "Scholz", "in", "Berlin", "."],
            ["The", "United", "Nations", "said", "aid", "reached", "Gaza", "."],
            ["Apple", "and", "Microsoft", "shares", "fell", "in", "New", "York", "."],
        ];
        IReadOnlyList<string>[] expected = [.. sentences.Select(model.Tag)];

        IReadOnlyList<string>[][] tagged = [.. Enumerable.Range(0, 200).AsParallel().Select(_ => sentences.Select(model.Tag).ToArray())];

        Assert.All(tagged, tags => Assert.Equal(expected, tags));
    }
}
