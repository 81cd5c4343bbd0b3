package app.dealbrief.insight;

import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.TermCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static app.dealbrief.insight.Briefs.terms;
import static org.assertj.core.api.Assertions.assertThat;

class TermExtractionTest {

    private static PartnershipTerm only(String text) {
        List<PartnershipTerm> ts = terms(text);
        assertThat(ts).as("terms of: " + text).hasSize(1);
        return ts.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Amazon said it will invest $8 billion in Anthropic over two tranches.             | investment       | 8000000000
            Anthropic agreed to spend $30 billion on Azure compute capacity.                  | spend-commitment | 30000000000
            OpenAI signed a $38 billion deal with AWS for Nvidia GPU capacity.                | spend-commitment | 38000000000
            CoreWeave inked a contract worth up to $14.2 billion to supply Meta with compute. | spend-commitment | 14200000000
            Nvidia intends to invest up to $100 billion in OpenAI as each gigawatt is deployed. | investment     | 100000000000
            Oracle will buy $40B of GB200 chips for the Abilene site under the agreement.     | spend-commitment | 40000000000
            The consortium pledged $500M of equity to the joint venture.                       | investment       | 500000000
            Microsoft committed US$1.5 trillion of cloud purchases to the pact.               | spend-commitment | 1500000000000
            """)
    void moneyTerms(String sentence, String category, long amount) {
        PartnershipTerm t = only(sentence);
        assertThat(t.category().label()).isEqualTo(category);
        assertThat(t.amountUsd()).isEqualTo(amount);
        assertThat(t.negated()).isFalse();
    }

    @Test
    void tensOfBillionsHasNoAmount() {
        PartnershipTerm t = only("Google and Anthropic struck a deal worth tens of billions of dollars for TPU access.");
        assertThat(t.amountUsd()).isNull();
        assertThat(t.parties()).contains("Google", "Anthropic");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Oracle and OpenAI agreed to develop 4.5 GW of additional Stargate capacity in the US. | 4.5
            The AMD–OpenAI deal covers 6 gigawatts of MI450 deployments starting in 2026.          | 6.0
            Crusoe signed a lease for a 500 MW campus with the hyperscaler.                        | 0.5
            The partnership targets 1.2 gigawatts of new data center capacity.                     | 1.2
            """)
    void capacity(String sentence, double gw) {
        PartnershipTerm t = only(sentence);
        assertThat(t.gigawatts()).isEqualTo(gw);
    }

    @Test
    void amdDealSplitsCapacityFromWarrants() {
        List<PartnershipTerm> ts = terms("Under the AMD–OpenAI agreement OpenAI will deploy 6 GW of Instinct GPUs "
                + "and AMD issued OpenAI warrants for up to 160 million shares.");
        assertThat(ts).extracting(t -> t.category()).containsExactly(TermCategory.CAPACITY, TermCategory.INVESTMENT);
        assertThat(ts.get(0).agreement()).isEqualTo("AMD–OpenAI agreement");
        assertThat(ts.get(0).parties()).startsWith("AMD", "OpenAI");
        assertThat(ts.get(1).text()).startsWith("AMD issued OpenAI warrants");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Under the new deal there is no right of first refusal on new compute.  | right-of-first-refusal | true
            The contract gives Microsoft a right of first refusal on capacity.      | right-of-first-refusal | false
            The agreement is non-exclusive, so Anthropic can use any cloud.         | exclusivity            | true
            They signed without exclusivity this time.                              | exclusivity            | true
            Azure remains the exclusive cloud for the API.                          | exclusivity            | false
            The deal is not exclusive to AWS.                                       | exclusivity            | true
            Pricing carries a most-favored-nation clause in the contract.           | most-favored-nation    | false
            Microsoft keeps a 20% revenue share until the panel verifies AGI.       | revenue-share          | false
            """)
    void cuesAndNegation(String sentence, String category, boolean negated) {
        PartnershipTerm t = only(sentence);
        assertThat(t.category().label()).isEqualTo(category);
        assertThat(t.negated()).isEqualTo(negated);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Microsoft IP rights extended to 2032 under the agreement.   | ip-rights | 2032
            The deal runs through 2030 with an option to renew.          | duration  | 2030
            The seven-year agreement starts in 2027.                     | duration  | 2027
            """)
    void years(String sentence, String category, int year) {
        PartnershipTerm t = only(sentence);
        assertThat(t.category().label()).isEqualTo(category);
        assertThat(t.year()).isEqualTo(year);
    }

    @Test
    void colonListAppliesTheAgreementToEachClause() {
        List<PartnershipTerm> ts = terms("Key points of the Google–Anthropic Oct 23 deal: Anthropic gets access to up to "
                + "one million TPUs; the arrangement is worth tens of billions; no exclusivity for Google; "
                + "both sides keep their own models.");
        assertThat(ts).hasSize(4);
        assertThat(ts).allSatisfy(t -> {
            assertThat(t.agreement()).isEqualTo("Google–Anthropic Oct 23 deal");
            assertThat(t.parties()).startsWith("Google", "Anthropic");
        });
        assertThat(ts).anyMatch(t -> t.category() == TermCategory.EXCLUSIVITY && t.negated());
        assertThat(ts).anyMatch(t -> t.category() == TermCategory.OTHER && t.text().equals("both sides keep their own models"));
    }

    @Test
    void partnershipBetweenNamesParties() {
        PartnershipTerm t = only("The partnership between Oracle and OpenAI includes a $300 billion compute purchase.");
        assertThat(t.parties()).contains("Oracle", "OpenAI");
        assertThat(t.amountUsd()).isEqualTo(300_000_000_000L);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Revenue grew 40% in 2025 as demand for inference rose.",
        "The team expects to hire 200 engineers by 2027.",
        "Microsoft is seeking near-term capacity across self-build, leases, and neoclouds.",
        "GPU economic life extends beyond 2–3 years, implying long-lived clusters.",
        "Nvidia shares rose 5% after the earnings call.",
        "We met the infrastructure team on Tuesday to review the roadmap for 2026.",
        "Their exclusive interview with the press covered hiring plans.",
        "Capex reached $35 billion last quarter, mostly on data centers.",
        "Power is the bottleneck for every new site.",
    })
    void notTerms(String sentence) {
        assertThat(terms(sentence)).as(sentence).isEmpty();
    }

    @Test
    void parenthesisedListIsSplit() {
        List<PartnershipTerm> ts = terms("The new AWS–OpenAI terms (a $38 billion commitment over seven years; "
                + "no exclusivity; capacity online by 2026) reshape the market.");
        assertThat(ts).hasSize(4);
        assertThat(ts).allMatch(t -> "AWS–OpenAI terms".equals(t.agreement()));
    }
}
