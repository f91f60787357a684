using System.Runtime.ExceptionServices;

namespace ThreeAssets.Core.Reading;

/// <summary>
/// Runs a third-party parser over untrusted bytes on its own thread, with a stack of known size and a
/// time limit. It is the last of three bounds: input sizes are capped before, nesting that could recurse
/// is refused by a pre-scan before (a stack overflow still ends the process, on any thread), and here a
/// parser that spins is abandoned. Exceptions thrown by the parser reach the caller unchanged.
/// </summary>
public static class BoundedParse
{
    /// <summary>Stack for a parse: ample for any nesting a pre-scan lets through, the same on every platform.</summary>
    public const int StackBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Runs <paramref name="parse"/> and returns its result, or <paramref name="onTimeout"/>'s when it takes
    /// longer than <paramref name="timeout"/>. An abandoned parse cannot be stopped in .NET; it runs on as a
    /// background thread until it ends, bounded by the size caps on what it reads.
    /// </summary>
    public static T Run<T>(Func<T> parse, TimeSpan timeout, Func<T> onTimeout)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(onTimeout);
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = parse();
            }
#pragma warning disable CA1031 // Not swallowed: rethrown on the caller's thread below.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, StackBytes)
        {
            IsBackground = true,
            Name = "bounded-parse",
            // Copies the culture: parsers that format numbers must behave as on the caller's thread.
            CurrentCulture = Thread.CurrentThread.CurrentCulture,
            CurrentUICulture = Thread.CurrentThread.CurrentUICulture,
        };
        thread.Start();
        if (!thread.Join(timeout))
            return onTimeout();
        failure?.Throw();
        return result;
    }
}
