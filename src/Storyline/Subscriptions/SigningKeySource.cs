using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Storyline.Storage;

namespace Storyline.Subscriptions;

/// <summary>
/// The token signer, keyed from <c>Subscriptions:SigningKey</c> when configured, else from a random key generated once and
/// kept in the database so that every process sharing it (web nodes, the CLI) signs alike.
/// </summary>
public sealed class SigningKeySource(IStorylineStore store, IOptions<SubscriptionOptions> options)
{
    private const string SecretName = "subscriptions.signing-key";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SubscriptionTokens? _tokens;

    public async Task<SubscriptionTokens> GetAsync(CancellationToken cancellationToken)
    {
        if (_tokens is { } ready) return ready;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _tokens ??= new SubscriptionTokens(await LoadKeyAsync(cancellationToken));
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<byte[]> LoadKeyAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value.SigningKey;
        byte[] material;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (configured.Length < 32) throw new InvalidOperationException("Subscriptions:SigningKey needs at least 32 characters.");
            material = Encoding.UTF8.GetBytes(configured);
        }
        else
        {
            var stored = await store.GetOrAddSecretAsync(SecretName, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), cancellationToken);
            material = Convert.FromBase64String(stored);
        }
        // A derived key: the same configured secret used elsewhere never signs links directly.
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, material, 32, info: "storyline subscription links v1"u8.ToArray());
    }
}
