using System.Buffers;
using System.Globalization;
using System.Text;

namespace Storyline.Web.Pages;

/// <summary>
/// A rendered page kept as UTF-8 pieces split at the per-visitor placeholders (<see cref="StoryPageMarks"/>), so a
/// cached page is written straight to the response with the visitor's antiforgery field and time filled in, without
/// building one large string per request.
/// </summary>
public sealed class PageTemplate
{
    private readonly byte[][] _parts;
    private readonly char[] _holes;

    private PageTemplate(byte[][] parts, char[] holes)
    {
        _parts = parts;
        _holes = holes;
    }

    public static PageTemplate Parse(string html)
    {
        var parts = new List<byte[]>();
        var holes = new List<char>();
        var start = 0;
        while (true)
        {
            var next = html.IndexOf('\u0001', start);
            if (next < 0 || next + 3 >= html.Length) break;
            var mark = html.Substring(next, 4);
            var kind = mark == StoryPageMarks.Antiforgery ? 'a' : mark == StoryPageMarks.ServedAt ? 't' : '\0';
            if (kind == '\0')
            {
                start = next + 1;
                continue;
            }
            parts.Add(Encoding.UTF8.GetBytes(html[start..next]));
            holes.Add(kind);
            start = next + 4;
        }
        parts.Add(Encoding.UTF8.GetBytes(html[start..]));
        return new PageTemplate([.. parts], [.. holes]);
    }

    public IResult ToResult(AntiforgeryFields antiforgery, TimeProvider time, int statusCode = StatusCodes.Status200OK) => new Filled(this, antiforgery, time, statusCode);

    private sealed class Filled(PageTemplate page, AntiforgeryFields antiforgery, TimeProvider time, int statusCode) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var field = page._holes.Contains('a') ? antiforgery.For(httpContext) : [];
            var stamp = Encoding.UTF8.GetBytes(time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
            var length = page._parts.Sum(p => (long)p.Length) + page._holes.Sum(h => (long)(h == 'a' ? field.Length : stamp.Length));
            var response = httpContext.Response;
            response.StatusCode = statusCode;
            response.ContentType = "text/html; charset=utf-8";
            response.ContentLength = length;
            var writer = response.BodyWriter;
            for (var i = 0; i < page._parts.Length; i++)
            {
                writer.Write(page._parts[i]);
                if (i < page._holes.Length) writer.Write(page._holes[i] == 'a' ? field : stamp);
            }
            await writer.FlushAsync(httpContext.RequestAborted);
        }
    }
}
