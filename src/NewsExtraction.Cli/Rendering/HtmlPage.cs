using System.Text;

namespace NewsExtraction.Cli.Rendering;

/// <summary>
/// A self-contained page: inline CSS, no script, no font or image from anywhere, so it works from <c>file://</c>
/// with no network. <c>newsx render</c> and <c>newsx serve</c> both build their pages here.
/// </summary>
internal static class HtmlPage
{
    // Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), as tinted fills with a solid
    // border; every mark also shows its type as text, so colour is never the only cue.
    private const string StyleSheet = """
        :root { --person: #56B4E9; --organization: #E69F00; --country: #009E73; --location: #F0E442; --quantity: #CC79A7; --date: #0072B2; --error: #D55E00; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; background: #fff; }
        h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2.5rem; border-bottom: 1px solid #ccc; }
        .language { font-size: 0.8rem; color: #555; border: 1px solid #aaa; border-radius: 3px; padding: 0 0.3rem; vertical-align: middle; }
        .text { white-space: pre-wrap; line-height: 2.2; font-size: 1rem; }
        mark.entity { background: color-mix(in srgb, var(--c) 22%, white); border: 2px solid var(--c); border-radius: 4px; padding: 0 0.2rem; color: inherit; }
        mark .label { font-size: 0.62rem; font-weight: 700; letter-spacing: 0.02em; margin-left: 0.3rem; vertical-align: middle; color: #1a1a1a; text-transform: none; }
        .person { --c: var(--person); } .organization { --c: var(--organization); } .country { --c: var(--country); }
        .location { --c: var(--location); } .quantity { --c: var(--quantity); } .date { --c: var(--date); } .mention { --c: #888; }
        mark.mention { border-style: dotted; }
        mark:target { outline: 3px solid #000; outline-offset: 2px; }
        .quote { background: #f3f3f3; border-bottom: 2px solid #555; }
        .attribution { font-size: 0.8rem; color: #333; margin-left: 0.25rem; font-style: italic; }
        .attribution .cue { color: #555; } .no-speaker { color: #777; }
        mark.spurious, .quote.spurious { box-shadow: 0 0 0 2px var(--error); }
        mark.missed, .quote.missed { background: repeating-linear-gradient(45deg, #fff, #fff 4px, #fbe3d5 4px, #fbe3d5 8px); border: 2px dashed var(--error); }
        mark.wrong-type, mark.wrong-span, .quote.wrong-span { text-decoration: underline wavy var(--error); }
        .gold-note { color: var(--error); font-style: normal; font-weight: 600; }
        .legend { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; font-size: 0.85rem; }
        .legend mark { line-height: 1.8; }
        .summary dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; font-size: 0.9rem; }
        .summary dt { font-weight: 600; } .summary dd { margin: 0; } .none { color: #777; }
        .gold-summary { font-size: 0.9rem; border-left: 4px solid var(--error); padding-left: 0.5rem; }
        form textarea { width: 100%; min-height: 12rem; font: inherit; }
        form .controls { margin: 0.5rem 0; display: flex; gap: 1rem; align-items: center; }
        pre.json { white-space: pre-wrap; word-break: break-all; font-size: 0.8rem; background: #f7f7f7; padding: 0.5rem; max-height: 30rem; overflow: auto; }
        .error { color: var(--error); font-weight: 600; }
        """;

    /// <summary>The page of <c>newsx render</c>: a legend, then each document.</summary>
    public static string Render(IReadOnlyList<RenderedDocument> documents, string title)
    {
        var html = new StringBuilder(1 << 16);
        Open(html, title);
        html.Append("<p>").Append(documents.Count == 1 ? "1 document" : $"{documents.Count} documents").Append(".</p>\n");
        Legend(html, documents.Any(d => d.Gold is not null));
        for (int i = 0; i < documents.Count; i++)
        {
            DocumentHtml.Append(html, documents[i], $"d{i + 1}");
        }
        return Close(html);
    }

    /// <summary>The page of <c>newsx serve</c>: the form, then the pasted article rendered and its JSON, or an error.</summary>
    public static string Form(string text, string lang, RenderedDocument? document, string? json, string? error)
    {
        var html = new StringBuilder(1 << 14);
        Open(html, "newsx serve");
        html.Append("<form method=\"post\" action=\"/\">\n<label for=\"text\">Paste a French or English article:</label>\n<textarea id=\"text\" name=\"text\" required>");
        HtmlText.Append(html, text);
        html.Append("</textarea>\n<div class=\"controls\"><label>Language <select name=\"lang\">");
        foreach (string option in new[] { "auto", "fr", "en" })
        {
            html.Append("<option").Append(option == lang ? " selected" : "").Append('>').Append(option).Append("</option>");
        }
        html.Append("</select></label><button type=\"submit\">Extract</button></div>\n</form>\n");
        if (error is not null)
        {
            html.Append("<p class=\"error\">");
            HtmlText.Append(html, error);
            html.Append("</p>\n");
        }
        if (document is not null)
        {
            Legend(html, withGold: false);
            DocumentHtml.Append(html, document, "d1");
            html.Append("<details open><summary>JSON</summary><pre class=\"json\">");
            HtmlText.Append(html, json);
            html.Append("</pre></details>\n");
        }
        return Close(html);
    }

    private static void Open(StringBuilder html, string title)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        HtmlText.Append(html, title);
        html.Append("</title>\n<style>\n").Append(StyleSheet).Append("\n</style>\n</head>\n<body>\n<h1>");
        HtmlText.Append(html, title);
        html.Append("</h1>\n");
    }

    private static string Close(StringBuilder html) => html.Append("</body>\n</html>\n").ToString();

    private static void Legend(StringBuilder html, bool withGold)
    {
        html.Append("<section class=\"legend\" aria-label=\"legend\">");
        foreach (EntityType type in EntityStyle.Types)
        {
            html.Append("<mark class=\"entity ").Append(EntityStyle.ClassOf(type)).Append("\">").Append(EntityStyle.NameOf(type)).Append("</mark>");
        }
        html.Append("<span class=\"quote\">quote</span><span class=\"attribution\">— speaker · cue</span>");
        if (withGold)
        {
            html.Append("<mark class=\"entity person missed\">missed</mark><mark class=\"entity person spurious\">spurious</mark>")
                .Append("<mark class=\"entity person wrong-type\">wrong type or span</mark>");
        }
        html.Append("</section>\n");
    }
}
