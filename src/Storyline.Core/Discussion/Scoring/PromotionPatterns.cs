using System.Text.RegularExpressions;

namespace Storyline.Core.Discussion.Scoring;

/// <summary>
/// Phrase families of comment spam in general (self-promotion, engagement bait, commercial offers), written from
/// common knowledge of spam rather than taken from any data set; each family becomes one behavioural feature.
/// </summary>
internal static partial class PromotionPatterns
{
    /// <summary>
    /// Number of distinct self-promotion phrases ("check out my channel", "subscribe to me"), with the common
    /// misspelling "suscribe" and the same call in Spanish, Portuguese, French and German ("mi canal", "inscreva-se").
    /// </summary>
    public static int SelfPromotion(string lower) => SelfPromotionPattern().Count(lower);

    /// <summary>Number of engagement-bait phrases ("like this comment", "thumbs up if").</summary>
    public static int EngagementBait(string lower) => EngagementPattern().Count(lower);

    /// <summary>Number of commercial phrases ("free gift cards", "earn money", "click here").</summary>
    public static int Commercial(string lower) => CommercialPattern().Count(lower);

    /// <summary>Number of calls to go somewhere else ("search for", "look up", "visit", "add me").</summary>
    public static int Redirection(string lower) => RedirectionPattern().Count(lower);

    [GeneratedRegex(@"\b(?:my|our)\s+(?:new\s+|first\s+|latest\s+|own\s+|little\s+|youtube\s+)?(?:channel|videos?|vids?|songs?|tracks?|music|page|blog|site|website|playlist|covers?|account|band|mixtape|album|remix|stream|shop|store|app|game|book|podcast)\b|\b(?:sub(?:scribe)?|follow)\s+(?:to\s+)?(?:me|us|my)\b|\bcheck\s+(?:me|us)\s+out\b|\bcheck\s+out\s+(?:my|our|this)\b|\b(?:i|we)\s+(?:make|made|do|did|upload|post|rap|sing|produce)\b|\bsubs?\b|\bsu(?:b|bs)?scri(?:be|bers?|birse|bete|ptores?|be-se)\b|\bsuscr[ií]bete\b|\b(?:mi|meu|mon|mein)\s+(?:canal|cha[iî]ne|kanal)\b|\binscreva-se\b|\bnew\s+to\s+youtube\b|\bsupport\s+(?:me|us|my)\b|\bi\s+would\s+(?:really\s+)?appreciate\b", RegexOptions.NonBacktracking)]
    private static partial Regex SelfPromotionPattern();

    [GeneratedRegex(@"\b(?:like|thumbs?\s+up|upvote|share)\s+(?:this\s+comment|if|for|this|it)\b|\bgive\s+(?:it|this|me)\s+a\s+(?:like|thumb)|\bwho(?:'s|\s+is)?\s+(?:still\s+)?(?:watching|listening)\b|\bwatching\s+(?:in|on)\s+20\d\d\b|\bif\s+you\s+agree\b|\bcomment\s+if\b|\blikes?\s+(?:for|if)\b|\bshare\s+your\s+thoughts\b", RegexOptions.NonBacktracking)]
    private static partial Regex EngagementPattern();

    [GeneratedRegex(@"\bfree\b|\bwin(?:ner)?\b|\bprizes?\b|\bcash\b|\bmoney\b|\bearn\b|\bincome\b|\bclick\s+(?:here|this|the\s+link)\b|\bgift\s*cards?\b|\bpaypal\b|\bpay\s+pal\b|\bbitcoin\b|\bcrypto\b|\bcasino\b|\bloans?\b|\bviagra\b|\bdating\b|\bdiscount\b|\bpromo(?:tion)?\b|\boffer\b|\bsale\b|\bbuy\b|\bcheap\b|\bgiveaway\b|\bguaranteed\b|\bwork\s+from\s+home\b|\bcall\s+now\b|\btxt\b|\bclaim\b|\burgent\b|\bcongratulations\b|\bapply\b|\bdeal\b|\bsign\s+up\b|\bjoin\b|\bdonat", RegexOptions.NonBacktracking)]
    private static partial Regex CommercialPattern();

    [GeneratedRegex(@"\b(?:search|look\s+up|google)\s+(?:for\s+)?[""'a-z0-9]|\bvisit\b|\badd\s+me\b|\bgo\s+to\b|\btake\s+a\s+look\b|\bcheck\s+(?:it|this|out)\b|\bwatch\s+(?:my|our|this|the)\b|\bcome\s+(?:and|to)\b|\bhit\s+me\s+up\b|\bfollow\b|\binstagram\b|\bfacebook\b|\btwitter\b|\bsnapchat\b|\bsoundcloud\b|\btumblr\b|\bwhatsapp\b|\btelegram\b", RegexOptions.NonBacktracking)]
    private static partial Regex RedirectionPattern();
}
