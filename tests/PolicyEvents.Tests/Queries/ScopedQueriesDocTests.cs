using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Queries;

namespace PolicyEvents.Tests.Queries;

/// <summary>The code of docs/queries.md ("Scoped policies"), run against <see cref="ScopedPoliciesFixture"/>: each snippet
/// prints exactly the output the document shows.</summary>
public class ScopedQueriesDocTests
{
    private static string Run(Action<PolicyHistory, TextWriter> snippet)
    {
        using var output = new StringWriter { NewLine = "\n" };
        snippet(PolicyHistory.From(ScopedPoliciesFixture.Dataset()), output);
        return output.ToString();
    }

    [Fact]
    public void One_request_to_each_company()
    {
        Run((history, console) =>
        {
            var hk = new JurisdictionCode("HK");
            // A content request from the Hong Kong police about a Hong Kong user's data, on 10 July 2020 (Hong Kong time).
            var request = new GovernmentRequest(hk, RequestKinds.Content, Requesters.LawEnforcement, subject: hk);
            foreach (var company in new[] { "apple", "google", "telegram", "zoom" })
            {
                var answer = history.PolicyFor(new CompanyId(company), request, new LocalDate(2020, 7, 10));
                console.WriteLine(answer.HasPolicy
                    ? $"{company,-9} {answer.Policy.Stance,-18} {answer.Event.Id} since {answer.Since}" + (answer.Policy.Channel is { } c ? $", through {c}" : "")
                    : $"{company,-9} no recorded policy");
            }
        }).Should().Be(Expected.OneRequest);
    }

    [Fact]
    public void Apple_two_policies_at_once()
    {
        Run((history, console) =>
        {
            var hk = new JurisdictionCode("HK");
            foreach (var piece in history.PolicyMap(new CompanyId("apple"), hk, new LocalDate(2020, 7, 10)))
            {
                console.WriteLine($"{piece.Event.Id}: {piece.Policy}");
                if (!piece.OverriddenBy.IsEmpty)
                {
                    console.WriteLine($"  except where {string.Join(", ", piece.OverriddenBy.Select(e => e.Id))}");
                }
            }
        }).Should().Be(Expected.Apple);
    }

    [Fact]
    public void Google_removals_and_the_MLAT()
    {
        Run((history, console) =>
        {
            var hk = new JurisdictionCode("HK");
            var google = new CompanyId("google");
            var userData = new GovernmentRequest(hk, RequestKinds.NonContent, Requesters.Government);
            var removal = new GovernmentRequest(hk, RequestKinds.ContentRemoval, Requesters.Government);
            foreach (var date in new[] { new LocalDate(2020, 7, 10), new LocalDate(2020, 9, 1) })
            {
                foreach (var request in new[] { userData, removal })
                {
                    var answer = history.PolicyFor(google, request, date);
                    console.WriteLine($"{date:yyyy-MM-dd} {request.Kind,-14} {answer.Policy.Stance,-18} {answer.Event.Id}"
                        + (answer.Policy.Channel is { } c ? $" ({c.Kind} via {c.Intermediary})" : ""));
                }
            }
        }).Should().Be(Expected.Google);
    }

    [Fact]
    public void By_whose_data()
    {
        Run((history, console) =>
        {
            var hk = new JurisdictionCode("HK");
            // Who covered requests about Hong Kong users' data from any requester, anywhere, on 10 July 2020?
            foreach (var piece in history.PoliciesAbout(hk, new LocalDate(2020, 7, 10)))
            {
                console.WriteLine($"{piece.Company,-9} {piece.Policy.Stance,-9} {piece.Event.Id}: {piece.Scope}");
            }
            // A request from a US court about a Hong Kong user meets those policies, and only those.
            var fromUs = new GovernmentRequest(new JurisdictionCode("US"), RequestKinds.Content, Requesters.Courts, subject: hk);
            foreach (var company in new[] { "apple", "google", "telegram", "zoom" })
            {
                console.WriteLine($"{company,-9} {history.PolicyFor(new CompanyId(company), fromUs, new LocalDate(2020, 7, 10)).EventOrNull?.Id.ToString() ?? "no recorded policy"}");
            }
        }).Should().Be(Expected.Subjects);
    }

    private static class Expected
    {
        public const string OneRequest = """
            apple     FormalChannelOnly  apple-hk-content since 2020-07-07T16:00:00Z, through Mlat via United States Department of Justice (US)
            google    Paused             google-hk-user-data since 2020-06-30T16:00:00Z
            telegram  Refusing           telegram-hk-about since 2020-07-05T16:00:00Z
            zoom      Paused             zoom-hk-from since 2020-07-06T16:00:00Z

            """;

        public const string Apple = """
            apple-hk-before: RespondingAsUsual: unspecified kinds from unspecified requesters (all products)
              except where apple-hk-content, apple-hk-non-content
            apple-hk-content: FormalChannelOnly: Content from unspecified requesters (all products) through Mlat via United States Department of Justice (US)
            apple-hk-non-content: RespondingAsUsual: NonContent from unspecified requesters (all products)

            """;

        public const string Google = """
            2020-07-10 NonContent     Paused             google-hk-user-data
            2020-07-10 ContentRemoval RespondingAsUsual  google-hk-removal
            2020-09-01 NonContent     FormalChannelOnly  google-hk-mlat-dated (Mlat via United States Department of Justice)
            2020-09-01 ContentRemoval RespondingAsUsual  google-hk-removal

            """;

        public const string Subjects = """
            telegram  Refusing  telegram-hk-about: unspecified kinds from unspecified requesters (all products) about HK users from any jurisdiction
            zoom      Paused    zoom-hk-about: unspecified kinds from unspecified requesters (all products) about HK users from any jurisdiction
            apple     no recorded policy
            google    no recorded policy
            telegram  telegram-hk-about
            zoom      zoom-hk-about

            """;

    }
}
