namespace Storyline.Web.Pages;

/// <summary>Placeholders in a cached story page that are filled per request (never encoded text can contain U+0001).</summary>
public static class StoryPageMarks
{
    /// <summary>Where each form's antiforgery field goes.</summary>
    public const string Antiforgery = "\u0001af\u0001";

    /// <summary>Where each form's "form served at" time goes (time to submit).</summary>
    public const string ServedAt = "\u0001ts\u0001";
}
