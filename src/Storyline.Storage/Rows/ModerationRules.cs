using System.Security.Cryptography;
using System.Text;
using Storyline.Storage.Model;

namespace Storyline.Storage.Rows;

/// <summary>What a moderator's action means for the stored rows, independent of the database.</summary>
internal static class ModerationRules
{
    /// <summary>Approve publishes; reject and ban both take the comment off the site.</summary>
    public static CommentStatus StatusFor(ModerationAction action) =>
        action == ModerationAction.Approve ? CommentStatus.Published : CommentStatus.Rejected;

    /// <summary>A stored action this version does not know reads as Reject, the conservative one.</summary>
    public static ModerationAction ParseAction(string action) =>
        Enum.TryParse<ModerationAction>(action, out var a) ? a : ModerationAction.Reject;

    /// <summary>Bans are kept by a hash of the normalised address, so the ban list itself holds no e-mail.</summary>
    public static string EmailHash(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));

    public static ModerationLogEntry LogEntry((long Id, long CommentId, string Action, string Moderator, long AtMs) row) => new()
    {
        Id = row.Id,
        CommentId = row.CommentId,
        Action = ParseAction(row.Action),
        Moderator = row.Moderator,
        At = DateTimeOffset.FromUnixTimeMilliseconds(row.AtMs),
    };
}
