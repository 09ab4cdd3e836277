namespace Storyline.Web.Html;

/// <summary>The one stylesheet, served from /static/site.css so the CSP can forbid inline styles.</summary>
public static class SiteStyles
{
    public const string Css = """
        :root{--fg:#1b1b1b;--muted:#555;--bg:#fdfdfb;--line:#ddd;--accent:#0b57a4;--focus:#c2410c;--mark:#fde68a}
        *{box-sizing:border-box}
        body{margin:0;font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
        a{color:var(--accent)}
        a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible,summary:focus-visible,select:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
        .skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5em}
        .skip:focus{left:.5em}
        .vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
        header.site{display:flex;flex-wrap:wrap;gap:.75em;align-items:center;justify-content:space-between;padding:.75em 1em;border-bottom:1px solid var(--line)}
        .brand{font-weight:700;font-size:1.3em;text-decoration:none;color:var(--fg)}
        form.search{display:flex;gap:.4em}
        form.search input{min-width:0;width:14em}
        main{max-width:52em;margin:0 auto;padding:1em}
        footer.site{max-width:52em;margin:2em auto;padding:0 1em;color:var(--muted);font-size:.9em}
        h1{line-height:1.2;margin:.3em 0}
        h2{margin-top:1.6em;border-bottom:1px solid var(--line)}
        ol.stories{list-style:none;padding:0}
        ol.stories li{padding:.7em 0;border-bottom:1px solid var(--line)}
        .story-title{font-size:1.15em;font-weight:600}
        .meta{color:var(--muted);font-size:.9em}
        .tags a{display:inline-block;margin:.1em .3em 0 0;font-size:.85em}
        .pager{display:flex;justify-content:space-between;margin:1em 0}
        article.coverage{border-left:3px solid var(--line);padding-left:.8em;margin:1em 0}
        article.coverage h3{margin:.2em 0}
        details summary{cursor:pointer;color:var(--accent)}
        svg{max-width:100%;height:auto}
        blockquote{margin:.6em 0;padding:.2em .8em;border-left:3px solid var(--accent)}
        ol.thread,ol.replies{list-style:none;padding-left:0}
        ol.replies{padding-left:1.2em;border-left:2px solid var(--line)}
        .comment{margin:.8em 0}
        .comment .who{font-weight:600}
        .status{display:inline-block;padding:0 .4em;border:1px solid var(--focus);color:var(--focus);font-size:.85em}
        form.comment-form{display:grid;gap:.4em;max-width:34em;margin:.6em 0}
        form.comment-form input,form.comment-form textarea{font:inherit;padding:.35em;width:100%}
        form.comment-form textarea{min-height:6em}
        .hp{display:none}
        .notice{border:2px solid #047857;padding:.5em 1em;color:#064e3b}
        .errors{border:2px solid #b91c1c;padding:.5em 1em;color:#7f1d1d}
        button{font:inherit;padding:.35em .9em;cursor:pointer;white-space:nowrap}
        mark{background:var(--mark)}
        form.inline{display:inline}
        table{border-collapse:collapse;width:100%}
        td,th{border-bottom:1px solid var(--line);padding:.3em;text-align:left;vertical-align:top;overflow-wrap:anywhere}
        @media (max-width:480px){body{font-size:16px}main{padding:.6em}form.search input{width:9em}}
        """;
}
