using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Web.Framework.Mvc.Filters;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin;

/// <summary>
/// Every admin controller the plugin has, found by reflection (so a new page cannot forget it): admin area, admin
/// authorization and antiforgery on the class, and a trigger mail permission on every action.
/// </summary>
[TestFixture]
public class AdminControllerPermissionSweepTests
{
    private static readonly string[] PluginPermissions = [TriggerMailDefaults.Permissions.Manage, TriggerMailDefaults.Permissions.ViewStatistics];

    private static IEnumerable<Type> AdminControllers() => StoreHarness.PluginAssembly.GetTypes()
        .Where(t => t.Namespace == "Nop.Plugin.Misc.TriggerMail.Admin.Controllers" && typeof(Controller).IsAssignableFrom(t) && !t.IsAbstract);

    private static IEnumerable<MethodInfo> Actions(Type controller) => controller
        .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => !m.IsSpecialName && m.GetCustomAttribute<NonActionAttribute>() is null);

    [Test]
    public void The_sweep_finds_the_admin_controllers()
    {
        Assert.That(AdminControllers().Select(t => t.Name), Is.SupersetOf(new[] { "TriggerMailController", "TriggerMailCustomerController", "TriggerMailSuppressionController" }));
    }

    [TestCaseSource(nameof(AdminControllers))]
    public void An_admin_controller_is_in_the_admin_area_with_admin_authorization_and_antiforgery(Type controller)
    {
        Assert.That(controller.GetCustomAttribute<AreaAttribute>()?.RouteValue, Is.EqualTo("Admin"));
        Assert.That(controller.GetCustomAttribute<AuthorizeAdminAttribute>(), Is.Not.Null);
        Assert.That(controller.GetCustomAttribute<AutoValidateAntiforgeryTokenAttribute>(), Is.Not.Null);
        Assert.That(controller.GetCustomAttribute<IgnoreAntiforgeryTokenAttribute>(), Is.Null);
    }

    [TestCaseSource(nameof(AdminControllers))]
    public void Every_action_of_an_admin_controller_checks_a_trigger_mail_permission(Type controller)
    {
        var actions = Actions(controller).ToList();

        Assert.That(actions, Is.Not.Empty);
        foreach (var action in actions)
        {
            var checks = action.GetCustomAttributes<CheckPermissionAttribute>().ToList();
            Assert.That(checks, Is.Not.Empty, $"{controller.Name}.{action.Name} has no [CheckPermission]");
            Assert.That(checks.SelectMany(c => c.PermissionSystemName), Is.SubsetOf(PluginPermissions), $"{controller.Name}.{action.Name}");
            Assert.That(action.GetCustomAttribute<IgnoreAntiforgeryTokenAttribute>(), Is.Null, $"{controller.Name}.{action.Name}");
        }
    }
}
