using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using ThreeAssets.Web.Common;
using ThreeAssets.Web.Features.Submissions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace ThreeAssets.Web.Hosting;

/// <summary>
/// Small bodies everywhere, larger ones only where a file is expected: uploads raise the limit with
/// [RequestSizeLimit] on their action (ledgers 20 MB, notices 10 MB). A body over its limit becomes a
/// 413 with the error page or ProblemDetails (see <see cref="ErrorHandling"/>), never a 500.
/// </summary>
internal static class RequestLimits
{
    /// <summary>Any form or JSON body without a file: a question, a reason, a login. Kestrel's default is 30 MB.</summary>
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddPortalRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = DefaultMaxBodyBytes);
        // Enums bound from a route, query or form accept names only: "Funds,Assets" and "1" are no ledger kind.
        builder.Services.Configure<MvcOptions>(o => o.ModelBinderProviders.Insert(0, new StrictEnumBinderProvider()));
        return builder;
    }

    /// <summary>
    /// After routing: a body that says it is larger than its endpoint allows is answered 413 before anything
    /// reads it (Kestrel would stop it only while it is read, as an exception, and not at all under a test
    /// server). Ledger uploads answer for themselves with their form and message (<see cref="UploadSizeGuardAttribute"/>).
    /// </summary>
    public static WebApplication UsePortalRequestLimits(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            // The error page re-executed for this very request must not be refused again.
            if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null) return next(context);
            var metadata = context.GetEndpoint()?.Metadata;
            // An endpoint's [RequestSizeLimit] wins; [DisableRequestSizeLimit] (a null limit) means none.
            var limit = metadata?.GetMetadata<IRequestSizeLimitMetadata>() is { } declared ? declared.MaxRequestBodySize : DefaultMaxBodyBytes;
            if (context.Request.ContentLength > limit && metadata?.GetMetadata<UploadSizeGuardAttribute>() is null)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return Task.CompletedTask;
            }
            return next(context);
        });
        return app;
    }
}


internal sealed class StrictEnumBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType.IsEnum && !context.Metadata.IsComplexType ? new StrictEnumBinder() : null;
}

internal sealed class StrictEnumBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None) return Task.CompletedTask;
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var text = result.FirstValue;
        if (string.IsNullOrWhiteSpace(text) && bindingContext.ModelMetadata.IsNullableValueType)
            bindingContext.Result = ModelBindingResult.Success(null);
        else if (result.Length == 1 && EnumNames.TryParse(bindingContext.ModelMetadata.UnderlyingOrModelType, text, out var value))
            bindingContext.Result = ModelBindingResult.Success(value);
        else
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(Rule(text), bindingContext.ModelMetadata.DisplayName ?? bindingContext.ModelName));
        return Task.CompletedTask;
    }

    // The message names the value; a long one is cut so that the input is never echoed back whole.
    private static string Rule(string? text) => ThreeAssets.Core.Validation.Rule.Quote(text) ?? "";
}
