using System.CommandLine;
using NewsExtraction.Countries;

namespace NewsExtraction.Cli.Commands;

/// <summary>
/// <c>newsx gazetteer-build</c>: compiles <c>countries.tsv</c> into the binary gazetteer the library embeds
/// (<c>models/countries.bin</c>), so that the data is never copied by hand.
/// </summary>
internal static class GazetteerBuildCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input")
        {
            Description = "The gazetteer source, e.g. ../shared/data/gazetteer/countries.tsv.",
            Required = true,
        };
        var output = new Option<FileInfo>("--output")
        {
            Description = "Where to write the compiled gazetteer, e.g. models/countries.bin.",
            Required = true,
        };
        var command = new Command("gazetteer-build", "Compile the country gazetteer embedded in the library.") { input, output };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(output)!, Console.Error));
        return command;
    }

    internal static int Run(FileInfo input, FileInfo output, TextWriter log)
    {
        if (!input.Exists)
        {
            throw new UsageException($"--input {input.FullName} does not exist");
        }
        CountryGazetteer gazetteer;
        using (StreamReader reader = input.OpenText())
        {
            try
            {
                gazetteer = CountryGazetteerBuilder.Build(reader);
            }
            catch (InvalidDataException ex)
            {
                throw new UsageException($"{input.Name}: {ex.Message}");
            }
        }
        output.Directory?.Create();
        using (FileStream stream = output.Create())
        {
            gazetteer.Write(stream);
        }
        int states = gazetteer.Entries.SelectMany(e => e.Iso2).Distinct(StringComparer.Ordinal).Count();
        log.WriteLine($"newsx: {gazetteer.Entries.Count} forms of {states} states written to {output.FullName} ({output.Length} bytes)");
        return 0;
    }
}
