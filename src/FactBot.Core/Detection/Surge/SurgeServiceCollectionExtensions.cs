using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FactBot.Core.Detection.Surge;

/// <summary>Registers the volume-surge detector and its options.</summary>
public static class SurgeServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="SurgeOptions"/> (section <c>Detection:Surge</c>), registers the options value
    /// itself (the state-media detector shares it), and the <see cref="VolumeSurgeDetector"/> as itself and as an
    /// <see cref="IDetector"/> (one instance, so <c>/status</c> reads the state the ingest loop writes).
    /// </summary>
    public static IServiceCollection AddVolumeSurgeDetector(this IServiceCollection services)
    {
        services.AddOptions<SurgeOptions>().BindConfiguration(SurgeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<SurgeOptions>>().Value);
        if (services.Any(d => d.ServiceType == typeof(VolumeSurgeDetector)))
            return services;
        services.AddSingleton<VolumeSurgeDetector>();
        services.AddSingleton<IDetector>(sp => sp.GetRequiredService<VolumeSurgeDetector>());
        return services;
    }
}
