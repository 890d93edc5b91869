using Microsoft.Extensions.Options;

namespace FactBot.Core;

/// <summary>Validates <see cref="CoreOptions"/> and its nested sections (generated at compile time).</summary>
[OptionsValidator]
internal sealed partial class CoreOptionsValidator : IValidateOptions<CoreOptions>;
