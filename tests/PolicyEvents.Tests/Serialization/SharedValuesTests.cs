using System.Text;
using System.Text.Json;
using PolicyEvents.Domain;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Serialization;

/// <summary>The workers of a parallel load share its policies and speakers: a policy text one worker read is found by
/// another by its bytes, and equal policies, and equal speakers, are one instance, whichever worker read them.</summary>
public class SharedValuesTests
{
    private const string Refusing = """{"stance":"refusing","scope":{"requestKinds":["userData"],"requesters":["lawEnforcement"]}}""";

    [Fact]
    public void A_policy_one_worker_read_is_found_by_another_by_its_bytes()
    {
        var load = WholeLoad();
        var first = load.ForWorker();
        var second = load.ForWorker();

        var read = Policy(Refusing, first);
        second.TryGetPolicy(Encoding.UTF8.GetBytes(Refusing), out var found).Should().BeTrue();

        found.Should().BeSameAs(read);
        Policy(Refusing, second).Should().BeSameAs(read);
        load.TryGetPolicy(Encoding.UTF8.GetBytes(Refusing), out var onTheLoad).Should().BeTrue("the load's own context shares them too");
        onTheLoad.Should().BeSameAs(read);
    }

    [Fact]
    public void Equal_policies_written_differently_by_two_workers_are_one_instance()
    {
        var load = WholeLoad();
        var reordered = """{"scope":{"requesters":["lawEnforcement"],"requestKinds":["userData"]},"stance":"refusing"}""";

        var read = Policy(Refusing, load.ForWorker());
        var other = Policy(reordered, load.ForWorker());

        other.Should().BeSameAs(read);
    }

    [Fact]
    public void A_speaker_is_one_instance_whichever_worker_read_it()
    {
        var load = WholeLoad();
        var company = new CompanyId("acme");

        var first = load.ForWorker().SpeakerOf(company, "Ana Ruiz", "spokesperson");
        var second = load.ForWorker().SpeakerOf(company, "Ana Ruiz", "spokesperson");

        second.Should().BeSameAs(first);
        load.SpeakerOf(company, "Ana Ruiz", null).Should().NotBe(first);
        WholeLoad().SpeakerOf(company, "Ana Ruiz", "spokesperson").Should().Be(first).And.NotBeSameAs(first);
    }

    [Fact]
    public void Contexts_of_two_loads_share_nothing()
    {
        var read = Policy(Refusing, WholeLoad().ForWorker());

        WholeLoad().ForWorker().TryGetPolicy(Encoding.UTF8.GetBytes(Refusing), out _).Should().BeFalse();
        Policy(Refusing, WholeLoad()).Should().Be(read).And.NotBeSameAs(read);
    }

    [Fact]
    public void A_context_for_one_record_keeps_nothing()
    {
        var context = ReadContext.ForOneRecord();
        var company = new CompanyId("acme");

        context.SpeakerOf(company, null, null).Should().NotBeSameAs(context.SpeakerOf(company, null, null));
        var read = Policy(Refusing, context);
        Policy(Refusing, context).Should().Be(read).And.NotBeSameAs(read, "the text is not remembered");
        context.TryGetPolicy(Encoding.UTF8.GetBytes(Refusing), out _).Should().BeFalse();
    }

    private static ReadContext WholeLoad()
    {
        var context = new ReadContext("test.jsonl", new DatasetReadOptions());
        context.CacheForWholeLoad();
        return context;
    }

    private static RequestPolicy Policy(string json, ReadContext context)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        context.SetText(bytes, 0, bytes.Length, 1);
        var reader = new Utf8JsonReader(bytes, context.ReaderOptions);
        reader.Read();
        var policy = RecordReader.Policy(ref reader, context);
        context.Diagnostics.Should().BeEmpty();
        return policy!;
    }
}
