using System.Text;

namespace NewsExtraction.Cli.Output;

/// <summary>
/// The training's progress on a terminal: a bar for the current epoch, redrawn in place, and the epoch lines written
/// through this writer above it. Reports come from the training thread itself, so no lock is needed.
/// </summary>
internal sealed class EpochProgressBar(TextWriter terminal) : TextWriter, IProgress<double>
{
    private const int Width = 30;

    private int _drawn = -1;

    public override Encoding Encoding => terminal.Encoding;

    public void Report(double value)
    {
        int percent = Math.Clamp((int)(value * 100), 0, 100);
        if (percent == _drawn)
        {
            return;
        }
        _drawn = percent;
        int filled = percent * Width / 100;
        terminal.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {percent,3} %\e[K");
        terminal.Flush();
    }

    public override void Write(char value)
    {
        Clear();
        terminal.Write(value);
    }

    public override void WriteLine(string? value)
    {
        Clear();
        terminal.WriteLine(value);
    }

    private void Clear()
    {
        if (_drawn >= 0)
        {
            terminal.Write("\r\e[K");
            _drawn = -1;
        }
    }
}
