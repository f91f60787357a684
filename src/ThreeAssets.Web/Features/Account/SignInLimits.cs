using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ThreeAssets.Web.Features.Account;

/// <summary>The <c>SignIn</c> configuration section. Counters live in memory: each node of a farm counts alone.</summary>
public sealed class SignInLimits
{
    /// <summary>Sign-in POSTs one client address may make per minute; the 11th gets 429 with Retry-After.</summary>
    public int AttemptsPerMinute { get; set; } = 10;

    /// <summary>Failed sign-ins of one user name from one client address before that pair is paused.</summary>
    public int FailuresBeforePause { get; set; } = 5;

    /// <summary>How long a paused (user name, address) pair is refused, even with the right password.</summary>
    public int PauseMinutes { get; set; } = 15;

    /// <summary>
    /// The address a limit counts against: IPv4 as is (IPv4-mapped IPv6 unwrapped), IPv6 by its /64 prefix,
    /// because one home or phone connection is handed a whole /64 and could otherwise rotate through it.
    /// </summary>
    public static string PartitionOf(IPAddress? address)
    {
        if (address is null) return "";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}

/// <summary>Options, the per-address rate limit on the sign-in POST and the (user name, address) pause.</summary>
internal static class SignInSetup
{
    public const string Policy = "sign-in";

    public static WebApplicationBuilder AddSignInLimits(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection("SignIn").Get<SignInLimits>() ?? new SignInLimits();
        builder.Services.AddSingleton(limits);
        builder.Services.AddSingleton<SignInGuard>();
        // Same mechanism as questions and /verify: the shared OnRejected (QuestionSetup) sets Retry-After, and
        // the browser gets the 429 error page, which explains the limit for /account/login.
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                SignInLimits.PartitionOf(context.Connection.RemoteIpAddress),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.AttemptsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return builder;
    }
}
