namespace Nop.Plugin.Misc.TriggerMail.Templates.Core;

/// <summary>
/// A step applied to the rendered HTML of a real send, in registration order: the seam where link rewriting
/// and the open pixel (tracking) plug in. Not applied to previews or test sends.
/// </summary>
public interface IHtmlPostProcessor
{
    Task<string> ProcessAsync(string html, PostProcessContext context);
}
