using ThreeAssets.Cli;

// threeassets <command> [arguments] — see DESIGN §10 for the contracts other programs rely on.
// Exit codes: 0 success, 1 findings (validate/scan found errors), 2 bad arguments or unreadable input.
var commands = new Dictionary<string, Func<CliArgs, Task<int>>>(StringComparer.OrdinalIgnoreCase)
{
    // Each command lives in its own file: <Name>Command.cs.
    ["validate"] = ValidateCommand.RunAsync,
    ["scan"] = ScanCommand.RunAsync,
    ["admin"] = AdminCommand.RunAsync,
    ["db"] = DbCommand.RunAsync,       // db migrate | script | verify-chain (VerifyChainCommand)
    ["sample-ledgers"] = SampleLedgersCommand.RunAsync,
    ["templates"] = TemplatesCommand.RunAsync,
    ["rules"] = RulesCommand.RunAsync,
    ["generate-bench-data"] = GenerateBenchDataCommand.RunAsync,
};

if (args.Length == 0 || !commands.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine("usage: threeassets <" + string.Join('|', commands.Keys) + "> [arguments]");
    return 2;
}

try
{
    return await run(CliArgs.Parse(args.Skip(1)));
}
catch (UsageException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
