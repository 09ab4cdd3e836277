using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Storyline.Storage;

namespace Storyline.Web.Security;

/// <summary>
/// Keeps the data-protection key ring in the site's own database, so every node pointed at one PostgreSQL (or a
/// restarted single node) shares the keys that sign antiforgery tokens, login cookies and readers' comment ownership.
/// ASP.NET Core's file-system default keeps keys per machine, which breaks forms posted through a load balancer.
/// </summary>
/// <remarks>
/// The interface is synchronous; the key manager calls it only at start and when a key rotates (every 90 days by
/// default), and caches the ring in between, so blocking on the store here costs nothing on the request path.
/// </remarks>
public sealed class StoreXmlRepository(IStorylineStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        store.ListProtectionKeysAsync(CancellationToken.None).GetAwaiter().GetResult()
            .Select(xml => XElement.Parse(xml))
            .ToList();

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        // The key manager's friendly name is "key-{guid}": unique per key, so it is the row's identity.
        var name = string.IsNullOrWhiteSpace(friendlyName) ? $"key-{Guid.NewGuid():D}" : friendlyName;
        store.AddProtectionKeyAsync(name, element.ToString(SaveOptions.DisableFormatting), CancellationToken.None).GetAwaiter().GetResult();
    }
}
