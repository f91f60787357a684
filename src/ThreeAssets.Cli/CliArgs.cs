namespace ThreeAssets.Cli;

/// <summary>
/// The command line split into positional arguments, <c>--name value</c> options and <c>--flag</c> switches.
/// Small on purpose: the commands are few and their contracts are fixed (DESIGN §10).
/// </summary>
internal sealed class CliArgs
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Positional { get; }

    private CliArgs(IReadOnlyList<string> positional) => Positional = positional;

    /// <summary>Splits <paramref name="args"/>; an option followed by another option or nothing is a switch.</summary>
    public static CliArgs Parse(IEnumerable<string> args)
    {
        var list = args.ToList();
        var positional = new List<string>();
        var result = new CliArgs(positional);
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var eq = arg.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                    result._options[arg[2..eq]] = arg[(eq + 1)..];
                else if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal))
                    result._options[arg[2..]] = list[++i];
                else
                    result._options[arg[2..]] = null;
            }
            else
            {
                positional.Add(arg);
            }
        }
        return result;
    }

    public string? Option(string name) => _options.TryGetValue(name, out var v) ? v : null;

    public bool Flag(string name) => _options.ContainsKey(name);

    public IEnumerable<string> OptionNames => _options.Keys;
}

/// <summary>Bad arguments: the message is printed and the exit code is 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
