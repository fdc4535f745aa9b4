using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Participation.ContentManagement;
using Participation.ContentManagement.Models;
using Participation.Consultations;
using Participation.Consultations.Models;
using Participation.Email.Models;
using Participation.Workflows.Activities;
using Participation.Workflows.Activities.Events;
using Participation.Workflows.Activities.Tasks;
using Participation.Workflows.Models;
using Participation.Workflows.Services;

namespace Participation.UnitTests;

public class WorkflowDefinitionValidatorTests
{
    private static readonly WorkflowDefinitionValidator Validator = new(
        [new ContentPublishedEvent(), new ContentDateTimerEvent(), new SendEmailTask(), new IfElseTask(), new ChangeStageTask()]);

    private static WorkflowDefinition Valid() => new()
    {
        WorkflowTypeId = "notify", Name = "Notify",
        Activities =
        [
            new() { ActivityId = "start", Name = "ContentPublishedEvent", IsStart = true },
            new() { ActivityId = "check", Name = "IfElseTask", Properties = new JsonObject { ["Condition"] = "{% if Content.Stage == 'Open' %}true{% endif %}" } },
            new() { ActivityId = "mail", Name = "SendEmailTask", Properties = JsonNode.Parse("""{ "Recipients": [ { "Kind": "Role", "Value": "Editor" } ], "SubjectAr": "عنوان", "BodyAr": "{{ Content.DisplayText }}" }""")!.AsObject() },
        ],
        Transitions = [new() { SourceActivityId = "start", DestinationActivityId = "check" }, new() { SourceActivityId = "check", SourceOutcomeName = "True", DestinationActivityId = "mail" }],
    };

    [Fact]
    public void A_well_formed_definition_passes() => Assert.Empty(Validator.Validate(Valid()));

    [Fact]
    public void Names_an_unknown_activity()
    {
        var definition = Valid();
        definition.Activities[2].Name = "SendFaxTask";
        Assert.Contains(Validator.Validate(definition), p => p.StartsWith("activity 'mail': unknown activity 'SendFaxTask'"));
    }

    [Fact]
    public void Names_dangling_transitions_and_outcomes_the_source_does_not_have()
    {
        var definition = Valid();
        definition.Transitions.Add(new() { SourceActivityId = "check", SourceOutcomeName = "Maybe", DestinationActivityId = "mail" });
        definition.Transitions.Add(new() { SourceActivityId = "mail", DestinationActivityId = "nowhere" });
        var problems = Validator.Validate(definition);
        Assert.Contains(problems, p => p.Contains("check:Maybe → mail") && p.Contains("no outcome 'Maybe'"));
        Assert.Contains(problems, p => p.Contains("mail:Done → nowhere") && p.Contains("no activity 'nowhere'"));
    }

    [Fact]
    public void Names_the_property_whose_Liquid_template_does_not_parse()
    {
        var definition = Valid();
        definition.Activities[2].Properties["BodyAr"] = "{% if Content.Stage %}never closed";
        Assert.Contains(Validator.Validate(definition), p => p.StartsWith("activity 'mail', property 'BodyAr': the Liquid template does not parse"));
    }

    [Fact]
    public void Needs_exactly_one_starting_event()
    {
        var definition = Valid();
        definition.Activities[0].IsStart = false;
        definition.Activities[1].IsStart = true;
        var problems = Validator.Validate(definition);
        Assert.Contains(problems, p => p.Contains("activity 'check': a workflow starts with an event"));
        Assert.Contains(problems, p => p.Contains("'ContentPublishedEvent' is an event"));
    }

    [Fact]
    public void A_timer_needs_a_date_field_and_a_readable_offset()
    {
        var definition = Valid();
        definition.Activities[0] = new() { ActivityId = "start", Name = "ContentDateTimerEvent", IsStart = true, Properties = new JsonObject { ["ContentType"] = "Consultation", ["DateField"] = "ClosesUtc", ["Offset"] = "a day" } };
        var problems = Validator.Validate(definition);
        Assert.Contains(problems, p => p.Contains("property 'DateField'"));
        Assert.Contains(problems, p => p.Contains("property 'Offset': write the offset as a time span"));
    }
}

public class WorkflowExecutorTests
{
    private sealed class RecordTask : TaskActivity
    {
        public List<string> Seen { get; } = [];
        public override string DisplayText => "record";
        public override IEnumerable<string> Outcomes(ActivityRecord activity) => ["Done", "Other"];
        public override Task<string> ExecuteAsync(IActivityExecutionContext context)
        {
            Seen.Add(context.Activity.ActivityId);
            return Task.FromResult(context.Activity.Text("Outcome") ?? "Done");
        }
    }

    private sealed class ThrowTask : TaskActivity
    {
        public override string DisplayText => "throw";
        public override Task<string> ExecuteAsync(IActivityExecutionContext context) => throw new InvalidOperationException("SMTP said no");
    }

    private static WorkflowDefinition Graph(params (string Id, string Name, string? Outcome)[] activities) => new()
    {
        WorkflowTypeId = "t", Name = "t",
        Activities = [new() { ActivityId = "start", Name = "ContentPublishedEvent", IsStart = true },
            .. activities.Select(a => new ActivityRecord { ActivityId = a.Id, Name = a.Name, Properties = a.Outcome is null ? [] : new JsonObject { ["Outcome"] = a.Outcome } })],
    };

    [Fact]
    public async Task Follows_the_transitions_of_each_outcome_and_records_every_step()
    {
        var record = new RecordTask();
        var executor = new WorkflowExecutor([new ContentPublishedEvent(), record], TimeProvider.System);
        var definition = Graph(("a", "RecordTask", "Other"), ("b", "RecordTask", null), ("c", "RecordTask", null));
        definition.Transitions = [new() { SourceActivityId = "start", DestinationActivityId = "a" },
            new() { SourceActivityId = "a", SourceOutcomeName = "Done", DestinationActivityId = "b" },
            new() { SourceActivityId = "a", SourceOutcomeName = "Other", DestinationActivityId = "c" }];

        var steps = await executor.RunAsync(definition, [], new ServiceCollection().BuildServiceProvider());

        Assert.Equal(["a", "c"], record.Seen);
        Assert.Equal(["start", "a", "c"], steps.Select(s => s.ActivityId));
        Assert.Equal("Other", steps[1].Outcome);
    }

    [Fact]
    public async Task A_throwing_task_is_reported_with_the_steps_before_it()
    {
        var executor = new WorkflowExecutor([new ContentPublishedEvent(), new RecordTask(), new ThrowTask()], TimeProvider.System);
        var definition = Graph(("a", "RecordTask", null), ("boom", "ThrowTask", null));
        definition.Transitions = [new() { SourceActivityId = "start", DestinationActivityId = "a" }, new() { SourceActivityId = "a", DestinationActivityId = "boom" }];

        var fault = await Assert.ThrowsAsync<WorkflowFaultException>(() => executor.RunAsync(definition, [], new ServiceCollection().BuildServiceProvider()));

        Assert.Equal("activity 'boom' (ThrowTask) failed: SMTP said no", fault.Message);
        Assert.Equal(3, fault.Steps.Count);
        Assert.Equal("SMTP said no", fault.Steps[2].Error);
    }

    [Fact]
    public async Task A_loop_stops_at_the_step_limit()
    {
        var executor = new WorkflowExecutor([new ContentPublishedEvent(), new RecordTask()], TimeProvider.System);
        var definition = Graph(("a", "RecordTask", null));
        definition.Transitions = [new() { SourceActivityId = "start", DestinationActivityId = "a" }, new() { SourceActivityId = "a", DestinationActivityId = "a" }];
        var fault = await Assert.ThrowsAsync<WorkflowFaultException>(() => executor.RunAsync(definition, [], new ServiceCollection().BuildServiceProvider()));
        Assert.Contains("loops", fault.Message);
    }
}

public class ConsultationLifecycleTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private static ContentItem Consultation(string stage, DateTime? closes = null, string decision = "", bool published = true)
    {
        var item = new ContentItem { ContentType = "Consultation", Stage = stage, Published = published };
        return item.Apply(new ConsultationPart { ClosesUtc = closes, Decision = decision });
    }

    private static Stateless.StateMachine<string, string> Machine(ContentItem item) => ContentLifecycle.Build(ConsultationLifecycle.Definition, item, Now);

    [Fact]
    public void Opens_only_when_published_with_a_closing_date_still_ahead()
    {
        Assert.True(Machine(Consultation("Proposed", Now.AddDays(7))).CanFire("Open"));
        Assert.False(Machine(Consultation("Proposed", Now.AddDays(-1))).CanFire("Open", out var past));
        Assert.Contains("The closing date has passed: set a later one to open participation.", past);
        Assert.False(Machine(Consultation("Proposed")).CanFire("Open", out var none));
        Assert.Contains("Set the closing date of the participation period first.", none);
        Assert.False(Machine(Consultation("Draft", Now.AddDays(7), published: false)).CanFire("Open"));
    }

    [Fact]
    public void The_proposal_stage_may_be_skipped()
        => Assert.True(Machine(Consultation("Draft", Now.AddDays(7))).CanFire("Open"));

    [Fact]
    public void A_consultation_is_decided_only_after_it_closed_and_with_a_decision_written()
    {
        Assert.False(Machine(Consultation("Open", Now.AddDays(1), decision: "نعتمد المقترح")).CanFire("Decide"));
        Assert.False(Machine(Consultation("Closed")).CanFire("Decide", out var unmet));
        Assert.Contains("Write the decision before announcing it.", unmet);
        var item = Consultation("Closed", decision: "نعتمد المقترح");
        var machine = Machine(item);
        machine.Fire("Decide");
        Assert.Equal("Decided", item.Stage);
    }

    [Fact]
    public async Task A_move_from_the_wrong_stage_is_refused_with_a_reason_naming_both()
    {
        var definitions = new ContentDefinitionManager([new Participation.Consultations.ContentTypes()],
            [new(typeof(Participation.ContentManagement.Models.TitlePart)), new(typeof(Participation.ContentManagement.Models.AutoroutePart)), new(typeof(Participation.ContentManagement.Models.LocalizationPart)),
             new(typeof(Participation.ContentManagement.Models.MarkdownBodyPart)), new(typeof(Participation.Consultations.Models.ConsultationPart)), new(typeof(Participation.Comments.CommentsPart))]);
        var lifecycle = new ContentLifecycle(definitions, null!, [], TimeProvider.System, new PassThroughLocalizer());
        var error = await Assert.ThrowsAsync<Participation.ContentManagement.Lifecycle.StageTransitionException>(() => lifecycle.FireAsync(Consultation("Open"), "Decide"));
        Assert.Equal("“TriggerDecide” is not possible at the stage “StageOpen”.", error.Message);
    }

    private sealed class PassThroughLocalizer : Microsoft.Extensions.Localization.IStringLocalizer<ContentLifecycle>
    {
        public Microsoft.Extensions.Localization.LocalizedString this[string name] => new(name, name);
        public Microsoft.Extensions.Localization.LocalizedString this[string name, params object[] arguments] => new(name, string.Format(name, arguments));
        public IEnumerable<Microsoft.Extensions.Localization.LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    [Fact]
    public void Only_a_decided_consultation_is_archived()
    {
        Assert.False(Machine(Consultation("Closed")).CanFire("Archive"));
        Assert.True(Machine(Consultation("Decided", decision: "x")).CanFire("Archive"));
    }
}

public class WorkflowPiecesTests
{
    [Fact]
    public void A_content_date_timer_is_due_at_the_items_date_plus_the_offset()
    {
        var item = new ContentItem().Apply(new ConsultationPart { ClosesUtc = new DateTime(2026, 12, 1, 11, 0, 0, DateTimeKind.Utc) });
        var dayBefore = new ActivityRecord { Properties = new JsonObject { ["DateField"] = "ConsultationPart.ClosesUtc", ["Offset"] = "-1.00:00:00" } };
        Assert.Equal(new DateTime(2026, 11, 30, 11, 0, 0, DateTimeKind.Utc), ContentDateTimerEvent.DueUtc(item, dayBefore));
        Assert.Null(ContentDateTimerEvent.DueUtc(new ContentItem().Apply(new TitlePart()), dayBefore));
    }

    [Fact]
    public void Liquid_reads_nested_content_and_reports_syntax_errors()
    {
        var model = LiquidTemplates.Hash(JsonNode.Parse("""{ "Content": { "DisplayText": "النقل العام", "ConsultationPart": { "decision": "نعتمد" } } }""")!.AsObject());
        Assert.Equal("النقل العام: نعتمد", LiquidTemplates.Render("{{ Content.DisplayText }}: {{ Content.ConsultationPart.decision }}", model));
        Assert.NotNull(LiquidTemplates.Check("{% for x in y %}"));
        Assert.Null(LiquidTemplates.Check("{{ Input.ReferenceNumber }}"));
    }

    [Theory]
    [InlineData(1, 15)]
    [InlineData(2, 30)]
    [InlineData(4, 120)]
    [InlineData(20, 3600)]
    public void Email_retries_wait_longer_each_time_up_to_an_hour(int attempt, int seconds)
        => Assert.Equal(TimeSpan.FromSeconds(seconds), RetryBackoff.After(attempt, TimeSpan.FromSeconds(15)));

    [Fact]
    public void The_diagram_draws_each_activity_and_mirrors_for_right_to_left()
    {
        var definition = new WorkflowDefinition
        {
            Name = "d",
            Activities = [new() { ActivityId = "start", Name = "ContentPublishedEvent", IsStart = true }, new() { ActivityId = "mail", Name = "SendEmailTask" }],
            Transitions = [new() { SourceActivityId = "start", DestinationActivityId = "mail" }],
        };
        var ltr = WorkflowDiagram.ToSvg(definition, rightToLeft: false, n => n);
        var rtl = WorkflowDiagram.ToSvg(definition, rightToLeft: true, n => n == "SendEmailTask" ? "إرسال بريد" : n);
        Assert.Contains(">SendEmailTask<", ltr);
        Assert.Contains(">إرسال بريد<", rtl);
        Assert.Contains("<rect x=\"16\"", ltr);   // the start on the left
        Assert.Contains("<rect x=\"296\"", rtl);  // the start on the right
    }
}
