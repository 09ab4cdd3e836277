namespace Storyline.Subscriptions;

/// <summary>
/// The sign-up notice, word for word. Its <see cref="Version"/> is stored with every consent record, so change the
/// version whenever the wording changes.
/// </summary>
public static class ConsentNotice
{
    public const string Version = "2026-11-23.2";

    /// <summary>The notice for a target and frequency as the form shows it.</summary>
    public static string Text(FollowTarget target, DigestFrequency frequency) =>
        $"We will e-mail you a digest of new coverage of {target.Label}, {DigestFrequencies.Describe(frequency)}. " +
        (target.Kind == FollowKind.Story
            ? "If you also ask for replies, the digest lists the replies to the comments you wrote under this story with this address. "
            : "") +
        "Nothing is sent before you confirm with the link in the first mail. Every mail has a one-click unsubscribe link, " +
        "and from the preferences link you can export or delete everything we store about your address at any time. " +
        "We use your address for these digests only, never show it and never share it.";
}
