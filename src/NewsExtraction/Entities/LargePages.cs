using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsExtraction.Entities;

/// <summary>
/// Asks Linux to back a large table with 2 MB pages (transparent huge pages, in the kernel's usual <c>madvise</c>
/// mode): the tagger reads weight rows at random over megabytes, and with 4 KB pages most of those reads also miss
/// the address translation cache. Only advice: elsewhere, or when the kernel declines, nothing changes.
/// </summary>
internal static partial class LargePages
{
    private const int HugePageAdvice = 14; // MADV_HUGEPAGE
    private const nint HugePage = 2 << 20;

    /// <summary>Advises the whole 2 MB pages inside <paramref name="table"/>, before it is first written.</summary>
    public static unsafe void Advise<T>(T[] table)
        where T : unmanaged
    {
        if (!OperatingSystem.IsLinux() || (long)table.Length * sizeof(T) < 2 * HugePage)
        {
            return;
        }
        // The table is pinned (allocated on the pinned object heap), so its address does not move.
        nint start = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(table));
        nint end = start + (nint)((long)table.Length * sizeof(T));
        nint first = (start + HugePage - 1) & ~(HugePage - 1);
        nint last = end & ~(HugePage - 1);
        try
        {
            _ = Madvise(first, (nuint)(last - first), HugePageAdvice);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // No libc to ask (a musl or unusual system): the table works as well, with small pages.
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}
