using Microsoft.Extensions.Caching.Memory;
using Participation.Caching;

namespace Participation.UnitTests;

/// <summary>The data cache's read of a list of keys: what a page of polls sends to the database.</summary>
public class DataCacheTests
{
    private sealed class Reads
    {
        public List<IReadOnlyList<string>> Calls { get; } = [];

        public Func<IReadOnlyList<string>, Task<IReadOnlyDictionary<string, string>>> From(Dictionary<string, string> rows) => keys =>
        {
            Calls.Add(keys);
            return Task.FromResult<IReadOnlyDictionary<string, string>>(keys.Where(rows.ContainsKey).ToDictionary(k => k, k => rows[k]));
        };
    }

    private static readonly Dictionary<string, string> Rows = new() { ["a"] = "A", ["b"] = "B", ["c"] = "C" };

    [Fact]
    public async Task The_keys_not_kept_are_read_together_once_and_answered_in_order()
    {
        var store = new DataCacheStore(new MemoryCache(new MemoryCacheOptions()));
        Assert.Equal("B", await store.GetOrReadAsync("b", () => Task.FromResult("B")));
        var reads = new Reads();

        var values = await store.GetOrReadManyAsync(["c", "b", "a", "c"], reads.From(Rows));

        Assert.Equal(["C", "B", "A", "C"], values);
        var call = Assert.Single(reads.Calls);
        Assert.Equal(["c", "a"], call);
    }

    [Fact]
    public async Task Kept_keys_are_not_read_again()
    {
        var store = new DataCacheStore(new MemoryCache(new MemoryCacheOptions()));
        await store.GetOrReadManyAsync(["a", "b"], new Reads().From(Rows));
        var reads = new Reads();

        Assert.Equal(["A", "B"], await store.GetOrReadManyAsync(["a", "b"], reads.From(Rows)));
        Assert.Equal("A", await store.GetOrReadAsync<string>("a", () => throw new InvalidOperationException("kept: not read")));
        Assert.Empty(reads.Calls);
    }

    [Fact]
    public async Task A_key_the_read_does_not_answer_is_kept_as_none_like_a_single_read_of_null()
    {
        var store = new DataCacheStore(new MemoryCache(new MemoryCacheOptions()));
        Assert.Equal([null, "A"], await store.GetOrReadManyAsync(["gone", "a"], new Reads().From(Rows)));
        var reads = new Reads();

        Assert.Equal([null], await store.GetOrReadManyAsync(["gone"], reads.From(Rows)));
        Assert.Null(await store.GetOrReadAsync<string?>("gone", () => throw new InvalidOperationException("kept: not read")));
        Assert.Empty(reads.Calls);
    }

    [Fact]
    public async Task An_eviction_while_the_keys_are_read_keeps_the_stale_value_out()
    {
        var store = new DataCacheStore(new MemoryCache(new MemoryCacheOptions()));
        var values = await store.GetOrReadManyAsync(["a", "b"], keys =>
        {
            store.Evict("a"); // a change committed while the old rows were being read
            return Task.FromResult<IReadOnlyDictionary<string, string>>(keys.ToDictionary(k => k, k => "old " + k));
        });
        Assert.Equal(["old a", "old b"], values);
        var reads = new Reads();

        Assert.Equal(["A", "old b"], await store.GetOrReadManyAsync(["a", "b"], reads.From(Rows)));
        Assert.Equal(["a"], Assert.Single(reads.Calls));
    }
}
