using System.Security.Cryptography;
using System.Text;

namespace Storyline.Web.Admin;

/// <summary>A PBKDF2-SHA256 password hash; only the hash and salt are kept in memory after start.</summary>
public sealed class PasswordHash
{
    private const int SaltBytes = 16;
    private const int HashBytes = 32;
    private readonly byte[] _salt;
    private readonly byte[] _hash;
    private readonly int _iterations;

    public PasswordHash(string password, int iterations)
    {
        _iterations = Math.Max(600_000, iterations);
        _salt = RandomNumberGenerator.GetBytes(SaltBytes);
        _hash = Derive(password, _salt, _iterations);
    }

    public bool Verify(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Derive(candidate, _salt, _iterations), _hash);

    private static byte[] Derive(string password, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
}
