using System.CommandLine;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsExtraction.Cli.Rendering;
using System.Text.Json;
using NewsExtraction.Serialization;

namespace NewsExtraction.Cli.Commands;

/// <summary>
/// <c>newsx serve</c>: a page on ASP.NET Core's own web server (Kestrel) where one pastes an article and sees it
/// rendered as <c>newsx render</c> renders it, with its JSON. Bound to loopback unless told otherwise. A plain form
/// post, no script: the page works in any browser. <c>POST /api/extract</c> takes the text as the body and returns
/// the output-schema JSON, for scripts.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        Option<int> port = new("--port")
        {
            Description = "The port to listen on; 0 picks a free one (printed). Default: 5080.",
            DefaultValueFactory = _ => 5080,
        };
        Option<string> bind = new("--bind")
        {
            Description = "The address to listen on. Default: 127.0.0.1 (this machine only).",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var command = new Command("serve", "Serve a page that renders pasted articles (Ctrl+C stops).") { port, bind };
        command.SetAction(parse =>
        {
            int number = parse.GetValue(port);
            if (number is < 0 or > 65535)
            {
                throw new UsageException($"--port must be between 0 and 65535, not {number}");
            }
            string address = parse.GetValue(bind)!;
            if (!IPAddress.TryParse(address, out IPAddress? ip))
            {
                throw new UsageException($"--bind must be an IP address such as 127.0.0.1, not '{address}'");
            }
            return Serve(ip, number, Console.Error);
        });
        return command;
    }

    private static int Serve(IPAddress address, int port, TextWriter report)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(address, port));
        using WebApplication app = builder.Build();
        var extractor = new NewsExtractor();
        app.Run(context => HandleAsync(context, extractor));
        try
        {
            app.StartAsync().GetAwaiter().GetResult();
        }
        catch (IOException ex)
        {
            throw new UsageException($"cannot listen on {address}:{port}: {ex.Message}");
        }
        report.WriteLine($"newsx serve: listening on {string.Join(", ", app.Urls)} (Ctrl+C stops)");
        app.WaitForShutdownAsync().GetAwaiter().GetResult();
        return 0;
    }

    private static async Task HandleAsync(HttpContext context, NewsExtractor extractor)
    {
        HttpRequest request = context.Request;
        HttpResponse response = context.Response;
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.Headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'";
        switch (request.Method, request.Path.Value)
        {
            case ("GET", "/"):
                await WriteHtmlAsync(response, HtmlPage.Form("", "auto", null, null, null));
                return;
            case ("POST", "/") when request.HasFormContentType:
                IFormCollection form = await request.ReadFormAsync(context.RequestAborted);
                string text = form["text"].ToString();
                string lang = form["lang"].ToString() is { Length: > 0 } l ? l : "auto";
                (ExtractionResult? result, string? error) = Extract(extractor, text, lang);
                await WriteHtmlAsync(response, result is null
                    ? HtmlPage.Form(text, lang, null, null, error)
                    : HtmlPage.Form(text, lang, new RenderedDocument("pasted", text, result), Indented(ExtractionJson.Serialize(result, "pasted")), null));
                return;
            case ("POST", "/api/extract"):
                using (var reader = new StreamReader(request.Body))
                {
                    string body = await reader.ReadToEndAsync(context.RequestAborted);
                    (ExtractionResult? extracted, string? problem) = Extract(extractor, body, request.Query["lang"].ToString() is { Length: > 0 } q ? q : "auto");
                    response.StatusCode = extracted is null ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
                    response.ContentType = "application/json; charset=utf-8";
                    await response.WriteAsync(extracted is null ? JsonSerializer.Serialize(new ErrorRecord(null, problem!), NewsJsonContext.Output.ErrorRecord) : ExtractionJson.Serialize(extracted, "request"));
                }
                return;
            default:
                response.StatusCode = StatusCodes.Status404NotFound;
                await WriteHtmlAsync(response, HtmlPage.Form("", "auto", null, null, $"nothing at {request.Method} {request.Path}"));
                return;
        }
    }

    private static (ExtractionResult?, string?) Extract(NewsExtractor extractor, string text, string lang)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "paste an article first");
        }
        Language? language;
        try
        {
            language = CommonOptions.ParseLanguage(lang);
        }
        catch (UsageException ex)
        {
            return (null, ex.Message);
        }
        NewsDocumentResult outcome = extractor.TryExtract(new NewsDocument("pasted", text, language), BatchOptions.Default.MaxChars);
        return outcome.Succeeded ? (outcome.Result, null) : (null, outcome.Error);
    }

    /// <summary>The JSON view, indented for reading.</summary>
    private static string Indented(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.RootElement.WriteTo(writer);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static Task WriteHtmlAsync(HttpResponse response, string page)
    {
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync(page);
    }
}
