using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Segments;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Segments;

/// <summary>
/// Every field of the catalogue, with every operator and every option it accepts, runs on the harness database
/// as exactly one SQL statement: the catalogue promises nothing the compiler cannot translate.
/// </summary>
[TestFixture]
public class SegmentTranslationTests
{
    public static IEnumerable<TestCaseData> EveryFieldAndOperator()
    {
        foreach (var field in SegmentFieldCatalog.All)
        foreach (var @operator in field.Operators)
            yield return new TestCaseData(field.Name, @operator.Name).SetName($"{field.Name} {@operator.Name} counts in one statement");
    }

    [TestCaseSource(nameof(EveryFieldAndOperator))]
    public async Task Every_catalogue_condition_counts_in_one_sql_statement(string fieldName, string operatorName)
    {
        await using var store = await StoreHarness.StartAsync();
        await SegmentData.SeedOneOfEachAsync(store);
        var field = SegmentFieldCatalog.Find(fieldName);
        var rule = SegmentRule.Condition(fieldName, operatorName, SampleValue(field.FindOperator(operatorName).ValueKind, field));
        rule.PaidOnly = field.Options.Contains(SegmentOptions.PaidOnly) ? true : null;
        rule.InLastDays = field.Options.Contains(SegmentOptions.InLastDays) ? 400 : null;
        rule.ScenarioId = field.Options.Contains(SegmentOptions.ScenarioId) ? 1 : null;
        rule.FromUtc = field.Options.Contains(SegmentOptions.FromUtc) ? store.Clock.UtcNow.AddYears(-2) : null;
        rule.ToUtc = field.Options.Contains(SegmentOptions.ToUtc) ? store.Clock.UtcNow : null;
        using var scope = store.CreateScope();
        var segments = scope.ServiceProvider.GetRequiredService<SegmentService>();
        store.SqlLog.Enabled = true;

        await segments.CountAsync(SegmentRule.And(rule), storeId: 1);

        Assert.That(store.SqlLog.Statements, Has.Count.EqualTo(1));
    }

    private static object SampleValue(SegmentValueKind kind, SegmentField field) => kind switch
    {
        SegmentValueKind.Integer => field.Family == SegmentFieldCatalog.Rfm ? 3 : 2,
        SegmentValueKind.Money => 50m,
        SegmentValueKind.Date => "2026-01-01",
        SegmentValueKind.IdList => new[] { 1, 2 },
        SegmentValueKind.Text => "F",
        SegmentValueKind.TextList => new[] { "example.com" },
        SegmentValueKind.Boolean => true,
        SegmentValueKind.MonthList => new[] { 3 },
        _ => throw new ArgumentOutOfRangeException(nameof(kind))
    };
}
