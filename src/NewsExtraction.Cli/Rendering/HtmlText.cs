using System.Text;

namespace NewsExtraction.Cli.Rendering;

/// <summary>Text into HTML: every character that could open markup or end an attribute is escaped, so an article containing <c>&lt;script&gt;</c> shows as text.</summary>
internal static class HtmlText
{
    public static void Append(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default: html.Append(c); break;
            }
        }
    }
}
