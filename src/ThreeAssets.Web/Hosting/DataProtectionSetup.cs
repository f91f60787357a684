using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace ThreeAssets.Web.Hosting;

/// <summary>
/// The data-protection keys (which sign staff cookies and antiforgery tokens) live in the database so that all
/// web nodes share them. With <c>DataProtection:CertificatePath</c> (a PFX file) and
/// <c>DataProtection:CertificatePassword</c> they are encrypted there with that certificate, so that a copy of the
/// database is not enough to forge a staff cookie; without them ASP.NET Core logs its warning that keys are stored
/// unencrypted.
/// </summary>
internal static class DataProtectionSetup
{
    public static WebApplicationBuilder AddPortalKeyEncryption(this WebApplicationBuilder builder)
    {
        var path = builder.Configuration["DataProtection:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path)) return builder;
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, builder.Configuration["DataProtection:CertificatePassword"],
                X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"DataProtection:CertificatePath '{path}' could not be read as a PFX file with DataProtection:CertificatePassword: {e.Message} " +
                "(无法读取数据保护证书，请检查 DataProtection:CertificatePath 和 DataProtection:CertificatePassword。)", e);
        }
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException($"DataProtection:CertificatePath '{path}' has no private key (数据保护证书缺少私钥).");
        builder.Services.AddDataProtection().ProtectKeysWithCertificate(certificate);
        return builder;
    }
}
