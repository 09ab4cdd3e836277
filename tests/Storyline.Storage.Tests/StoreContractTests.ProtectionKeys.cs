namespace Storyline.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ProtectionKeys_StoredOnce_AreListedInTheOrderWritten()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Empty(await Store.ListProtectionKeysAsync(ct));
        await Store.AddProtectionKeyAsync("key-1", "<key id=\"1\" />", ct);
        await Store.AddProtectionKeyAsync("key-2", "<key id=\"2\" />", ct);
        await Store.AddProtectionKeyAsync("key-1", "<key id=\"changed\" />", ct);
        Assert.Equal(["<key id=\"1\" />", "<key id=\"2\" />"], await Store.ListProtectionKeysAsync(ct));
    }
}
