namespace Storyline.Fetching;

/// <summary>Thrown from the connection callback when the SSRF guard refuses every address a host resolves to.</summary>
public sealed class AddressRefusedException(string host, string address)
    : Exception($"{host} resolves to {address}, a loopback, private or reserved address (set STORYLINE__FETCH__ALLOWPRIVATEADDRESSES=true to allow)")
{
    public string Host { get; } = host;
}
