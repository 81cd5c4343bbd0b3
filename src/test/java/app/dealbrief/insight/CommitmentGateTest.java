package app.dealbrief.insight;

import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.TermCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static app.dealbrief.insight.Briefs.termsOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: a term is a commitment between the account and someone, stated as such, with its figures read right. */
class CommitmentGateTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "OpenAI is reportedly in talks with Oracle about a $30 billion compute contract.",
        "Reports that OpenAI signed a $10 billion deal with Google were denied by both companies.",
        "OpenAI could commit another $20 billion to Azure next year if usage keeps growing.",
        "OpenAI is considering a multi-year contract for 2 GW with a neocloud.",
        "OpenAI revenue under the Azure agreement grew to $13 billion this year.",
        "OpenAI's backlog of contracted compute reached $1.4 trillion.",
        "OpenAI plans $80 billion of capex on its own data centers this year.",
        "The market for AI storage could reach $100 billion by 2028.",
        "Power is not a deal blocker for OpenAI at the Abilene campus.",
        "OpenAI asked for a quote at $0.07/GB per month for the archive tier.",
        "Workloads that run exclusively on premises stay out of scope for OpenAI.",
        "Meta signed a $14 billion contract with CoreWeave for GPU capacity.",
        "Microsoft and Nebius agreed a $17.4bn deal for capacity in New Jersey.",
    })
    void notACommitmentOfTheAccount(String sentence) {
        assertThat(termsOf("OpenAI", sentence)).as(sentence).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            OpenAI signed a $38 billion deal with AWS that runs over seven years.     | spend-commitment | 38000000000 |
            OpenAI agreed to buy USD 3 billion of compute from CoreWeave.             | spend-commitment | 3000000000  |
            Microsoft signed a $17.4bn contract with OpenAI for Azure capacity.       | spend-commitment | 17400000000 |
            OpenAI and Broadcom signed a deal to deploy two gigawatts of custom chips. | capacity        |             | 2.0
            OpenAI contracted 750 MW of capacity at the Abilene site.                 | capacity         |             | 0.75
            """)
    void figuresParse(String sentence, String category, Long amount, Double gw) {
        List<PartnershipTerm> ts = termsOf("OpenAI", sentence).stream()
                .filter(t -> t.category() != TermCategory.DURATION || category.equals("duration")).toList();
        assertThat(ts).as(sentence).hasSize(1);
        PartnershipTerm t = ts.get(0);
        assertThat(t.category().label()).isEqualTo(category);
        assertThat(t.amountUsd()).isEqualTo(amount);
        assertThat(t.gigawatts()).isEqualTo(gw);
        assertThat(t.parties()).contains("OpenAI");
    }

    @Test
    void aSpendOverSevenYearsIsASpendAndADuration() {
        assertThat(termsOf("OpenAI", "OpenAI signed a $38 billion deal with AWS that runs over seven years."))
                .extracting(t -> t.category().label() + "/" + t.amountUsd())
                .containsExactly("spend-commitment/38000000000", "duration/null");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Raj's counterpart - his contract ends in Jan, intro to replacement pending.",
        "Does this make Claude an Azure exclusive?",
        "In four weeks OpenAI signed three chip agreements that together cover 26 gigawatts.",
        "Core Scientific shareholders voted the $9 billion all-stock deal with OpenAI down.",
        "It is OpenAI's first contract with AWS.",
    })
    void contractsWithoutFiguresQuestionsTotalsAndDeadDealsAreNoTerms(String sentence) {
        assertThat(termsOf("OpenAI", sentence)).as(sentence).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "In summary, OpenAI committed $10 billion to Azure compute.",
        "According to the agreement, OpenAI will buy $5 billion of capacity from CoreWeave.",
        "Together with Oracle, OpenAI signed a $30 billion deal for Abilene capacity.",
        "It is a deal where OpenAI pays $4 billion to CoreWeave over five years.",
    })
    void ordinaryWordsAroundACommitmentDoNotHideIt(String sentence) {
        assertThat(termsOf("OpenAI", sentence)).as(sentence).anySatisfy(t -> assertThat(t.amountUsd()).isNotNull());
    }

    @Test
    void emailHeaderLinesAreNoTerms() {
        assertThat(termsOf("Cipher Mining", "From: Alex Romero Subject: Cipher Mining - AWS contracts summary")).isEmpty();
    }

    @Test
    void removingTheRightOfFirstRefusalIsNegated() {
        List<PartnershipTerm> ts = termsOf("Microsoft",
                "The new agreement brings the removal of the right of first refusal Microsoft held on OpenAI compute.");
        assertThat(ts).singleElement().satisfies(t -> {
            assertThat(t.category()).isEqualTo(TermCategory.RIGHT_OF_FIRST_REFUSAL);
            assertThat(t.negated()).isTrue();
        });
    }

    @Test
    void exclusivityThatEndedIsNegatedAndAHalfYearIsAYear() {
        assertThat(termsOf("OpenAI", "In January 2025 the Azure exclusivity for OpenAI ended under the new agreement."))
                .singleElement().satisfies(t -> assertThat(t.negated()).isTrue());
        assertThat(termsOf("AMD", "AMD and OpenAI signed a deal for the first 1 GW of MI450 in 2H26."))
                .anySatisfy(t -> assertThat(t.year()).isEqualTo(2026));
    }

    @Test
    void aFiveYearDealIsADuration() {
        assertThat(termsOf("Nebius", "Nebius signed a five-year deal with Microsoft for dedicated capacity."))
                .extracting(PartnershipTerm::category).contains(TermCategory.DURATION);
    }

    @Test
    void theAccountIsAPartyWhenTheClauseNamesOnlyTheOtherSide() {
        assertThat(termsOf("OpenAI", "Signed a $38 billion deal with AWS for GPU capacity."))
                .singleElement().satisfies(t -> assertThat(t.parties()).containsExactly("OpenAI", "AWS"));
    }

    @Test
    void theSameFactInThreeNotesIsOneRowWithThreeCopies() {
        var a = NoteFixture.note("OpenAI signed a $38 billion deal with AWS.").id("a").date("2025-11-03").account("OpenAI").build();
        var b = NoteFixture.note("Recap: the $38B AWS deal was signed by OpenAI on Monday.").id("b").date("2025-11-04").account("OpenAI").build();
        var c = NoteFixture.note("AWS and OpenAI signed a $38 billion agreement.").id("c").date("2025-11-05").account("OpenAI").build();
        List<PartnershipTerm> ts = Briefs.of("OpenAI", a, b, c).partnershipTerms();
        assertThat(ts).singleElement().satisfies(t -> assertThat(t.supportCount()).isEqualTo(3));
    }

    @Test
    void aSentenceThatNamesNoOneContinuesTheDealBeforeIt() {
        List<PartnershipTerm> ts = termsOf("Oracle",
                "Oracle signed a $9 billion lease with Meta for the Ohio campus. It covers 450 MW, delivered in 2027.");
        assertThat(ts).anySatisfy(t -> {
            assertThat(t.category()).isEqualTo(TermCategory.CAPACITY);
            assertThat(t.gigawatts()).isEqualTo(0.45);
            assertThat(t.year()).isEqualTo(2027);
            assertThat(t.parties()).contains("Oracle", "Meta");
        });
    }

    @Test
    void aNewCompanyEndsTheContinuation() {
        List<PartnershipTerm> ts = termsOf("Oracle", "Oracle signed a $9 billion lease with Meta for the Ohio campus. "
                + "Google opened a new office in Dublin. It covers 450 MW.");
        assertThat(ts).noneSatisfy(t -> assertThat(t.category()).isEqualTo(TermCategory.CAPACITY));
    }

    @Test
    void aLaterClauseOfTheSameSentenceKeepsItsDeliveryYear() {
        assertThat(termsOf("Oracle", "Oracle signed a $9 billion lease with Meta, and all of the capacity comes online by 2027."))
                .anySatisfy(t -> {
                    assertThat(t.category()).isEqualTo(TermCategory.CAPACITY);
                    assertThat(t.year()).isEqualTo(2027);
                });
    }

    @Test
    void aLeaseWithoutMoneyIsStillItsLength() {
        assertThat(termsOf("Crusoe", "Oracle signed a 12-yr lease on the whole campus."))
                .extracting(PartnershipTerm::category).containsExactly(TermCategory.DURATION);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "CoreWeave operates more than 300,000 NVIDIA GPUs in its own data centers.",
        "CoreWeave is building a 3 GW campus of its own in Pennsylvania.",
        "CoreWeave wants storage to grow with its fleet by 2029.",
    })
    void theAccountAloneWithItsOwnFleetIsNoTerm(String sentence) {
        assertThat(termsOf("CoreWeave", sentence)).as(sentence).isEmpty();
    }

    @Test
    void aChipCountForANamedCounterpartyIsCapacity() {
        assertThat(termsOf("Nscale", "Microsoft program: ~120k NVIDIA GB300 across three sites."))
                .anySatisfy(t -> assertThat(t.category()).isEqualTo(TermCategory.CAPACITY));
    }

    @Test
    void aFigureWithoutItsOwnVerbRepeatsTheOneBefore() {
        assertThat(termsOf("Mistral", "Microsoft will invest up to $4 billion in Mistral. Samsung up to $1 billion."))
                .extracting(t -> t.category().label() + "/" + t.amountUsd())
                .contains("investment/4000000000", "investment/1000000000");
        assertThat(termsOf("Nebius", "Meta signed a three-year contract worth $2.1 billion with Nebius. "
                + "As part of it Meta received $90 million of Nebius stock. Then an expansion of up to $1 billion."))
                .extracting(t -> t.category().label() + "/" + t.amountUsd())
                .contains("spend-commitment/2100000000", "investment/90000000", "spend-commitment/1000000000");
    }

    @Test
    void theBrandOfTheChipsIsNoPartyToTheDeal() {
        assertThat(termsOf("Oracle", "xAI's $12 billion, five-year contract runs on NVIDIA GB300 racks."))
                .anySatisfy(t -> assertThat(t.parties()).containsExactly("Oracle", "xAI"));
        assertThat(termsOf("OpenAI", "OpenAI signed a deal with AMD for 6 GW of AMD MI450 GPUs."))
                .anySatisfy(t -> assertThat(t.parties()).contains("AMD"));
    }

    @Test
    void investingInDataCentersIsSpendingNotAStake() {
        assertThat(termsOf("Anthropic", "Anthropic will invest $20 billion in data centers that Fluidstack builds."))
                .extracting(PartnershipTerm::category).contains(TermCategory.SPEND_COMMITMENT)
                .doesNotContain(TermCategory.INVESTMENT);
    }

    @Test
    void whereItWasSaidIsNotWhatWasSaid() {
        assertThat(termsOf("Broadcom", "On the earnings call Broadcom confirmed that Anthropic placed a $7 billion order for racks."))
                .anySatisfy(t -> assertThat(t.amountUsd()).isEqualTo(7_000_000_000L));
        assertThat(termsOf("Broadcom", "Broadcom earnings rose to $9 billion on AI orders from Anthropic.")).isEmpty();
    }

    @Test
    void eachPhaseOfACapacityDealIsItsOwnRowWithItsYear() {
        assertThat(termsOf("Oracle", "Oracle signed a deal with Meta for 3 GW of capacity, starting with 400 MW in 2027."))
                .filteredOn(t -> t.category() == TermCategory.CAPACITY)
                .extracting(t -> t.gigawatts() + "/" + t.year())
                .contains("3.0/2027", "0.4/2027");
    }

    @Test
    void theFirstGigawattIsOneGigawatt() {
        assertThat(termsOf("AMD", "The first gigawatt of the OpenAI contract ships in 2026."))
                .anySatisfy(t -> assertThat(t.gigawatts()).isEqualTo(1.0));
    }

    @Test
    void aStakeWithoutAPriceIsAnInvestmentAndAShareMoveIsNot() {
        assertThat(termsOf("Nebius", "NVIDIA holds a stake of about 3% in Nebius."))
                .extracting(PartnershipTerm::category).containsExactly(TermCategory.INVESTMENT);
        assertThat(termsOf("Nebius", "Nebius shares rose 12% after the Microsoft announcement.")).isEmpty();
    }

    @Test
    void aPricePerShareIsNoAmount() {
        assertThat(termsOf("OpenAI", "AMD gave OpenAI a warrant for 100 million shares @ $0.01 each."))
                .allSatisfy(t -> assertThat(t.amountUsd()).isNull());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Savings invested steadily over many years will compound into something large.",
        "In fifty years most of what we will build is still to be imagined.",
        "Put the money you save into index funds and leave it alone.",
    })
    void personalProseWithACommitmentWordIsNoTerm(String sentence) {
        assertThat(termsOf("Unassigned", sentence)).as(sentence).isEmpty();
    }

    @Test
    void contractedRevenueIsTheContractsValue() {
        assertThat(termsOf("TeraWulf", "The Fluidstack leases carry about $4.1 billion of contracted revenue."))
                .anySatisfy(t -> assertThat(t.amountUsd()).isEqualTo(4_100_000_000L));
        assertThat(termsOf("TeraWulf", "TeraWulf revenue was $50 million last quarter.")).isEmpty();
    }

    @Test
    void theContractsOwnOptionIsATermAndAHedgeIsNot() {
        assertThat(termsOf("Nebius", "Two renewal options would take the Microsoft contract to about $25 billion."))
                .anySatisfy(t -> assertThat(t.amountUsd()).isEqualTo(25_000_000_000L));
        assertThat(termsOf("Nebius", "Microsoft would sign a $25 billion contract with Nebius if prices fall.")).isEmpty();
    }

    @Test
    void initialTermsOfYearsAreADuration() {
        assertThat(termsOf("Galaxy Digital", "The CoreWeave leases have initial terms of 12 years."))
                .extracting(PartnershipTerm::category).contains(TermCategory.DURATION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lambda | Microsoft can terminate if Lambda misses two delivery dates.        | other
            Lambda | Microsoft may cancel the order if the racks arrive late.           | other
            Lambda | Lambda named Microsoft a preferred strategic partner for inference. | other
            Lambda | Microsoft receives a 15% share of Lambda's revenue from the site.   | revenue-share
            """)
    void contractualRightsAndSharesAreTerms(String account, String sentence, String category) {
        assertThat(termsOf(account, sentence)).as(sentence)
                .extracting(t -> t.category().label()).contains(category);
    }

    @Test
    void aHedgeWithAnIfIsStillAHedge() {
        assertThat(termsOf("Lambda", "Microsoft may expand the Lambda contract if demand holds.")).isEmpty();
    }

    @Test
    void aFragmentRepeatsTheVerbJustBeforeItAndAnInvestmentGradeTenantIsNoInvestment() {
        assertThat(termsOf("Mistral", "Mistral signed a $9 billion compute contract with Microsoft. "
                + "What about equity? NVIDIA will invest up to $2 billion in Mistral. Samsung up to $500 million."))
                .extracting(t -> t.category().label() + "/" + t.amountUsd())
                .contains("investment/500000000");
        assertThat(termsOf("Applied Digital", "Applied Digital signed a 15-year lease with an investment-grade hyperscaler for $3 billion."))
                .extracting(PartnershipTerm::category).doesNotContain(TermCategory.INVESTMENT);
    }

    @Test
    void aGuaranteeOnTheDealInFocusIsPartOfIt() {
        assertThat(termsOf("TeraWulf", "TeraWulf signed a ten-year lease with Fluidstack worth $2 billion. "
                + "Google guarantees $900 million of Fluidstack's rent."))
                .anySatisfy(t -> {
                    assertThat(t.category()).isEqualTo(TermCategory.OTHER);
                    assertThat(t.amountUsd()).isEqualTo(900_000_000L);
                    assertThat(t.parties()).contains("TeraWulf", "Google", "Fluidstack");
                });
    }

    @Test
    void leasesWorthRevenueAreTheirValue() {
        assertThat(termsOf("Galaxy Digital", "The CoreWeave leases are worth about $700 million of revenue a year."))
                .anySatisfy(t -> assertThat(t.amountUsd()).isEqualTo(700_000_000L));
    }

    @Test
    void aLabelLineNamesWhoTheBulletsUnderItAreAbout() {
        String call = "Deals recap\n\nMistral\n- up to 18k GB300 GPUs\n- 40 MW online in 2026\n\nNoise\n- 30 MW queue at the utility\n";
        assertThat(termsOf("Nscale", call))
                .filteredOn(t -> t.category() == TermCategory.CAPACITY)
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(t -> assertThat(t.parties()).contains("Nscale", "Mistral"))
                .noneSatisfy(t -> assertThat(t.gigawatts()).isEqualTo(0.03));
    }

    @Test
    void aHeadingNamingACompanyFocusesItsSection() {
        String note = "## Mistral\n\nFirst phase is 25 MW, live in 2026.\n";
        assertThat(termsOf("Nscale", note))
                .anySatisfy(t -> assertThat(t.gigawatts()).isEqualTo(0.025));
    }

    @Test
    void aSecondFigureJoinedByAndRepeatsTheFirstsKindAndALabelledLeadNamesTheCounterparties() {
        assertThat(termsOf("Google", "Google guarantees $2.5 billion of Fluidstack's rent at TeraWulf and $900 million at Cipher."))
                .extracting(t -> t.category().label() + "/" + t.amountUsd())
                .contains("other/2500000000", "other/900000000");
        assertThat(termsOf("Google", "Backstops\n- TeraWulf / Fluidstack (Lake Mariner, NY): $2.5B backstop\n"))
                .anySatisfy(t -> assertThat(t.parties()).contains("Google"));
    }

    @Test
    void aTableRowOfDealsNamesItsCounterpartyInTheFirstCell() {
        String note = "| Partner | Deal | Size |\n|---|---|---|\n| Microsoft | GB300 capacity in Texas | 300 MW |\n| Misc | office lease | n/a |\n";
        assertThat(termsOf("Nscale", note)).singleElement().satisfies(t -> {
            assertThat(t.gigawatts()).isEqualTo(0.3);
            assertThat(t.parties()).contains("Nscale", "Microsoft");
        });
    }

    @Test
    void chipsForACounterpartyOverSeveralYearsAreCapacityAndADuration() {
        assertThat(termsOf("Nscale", "- 40k GB300 to MSFT, multi-yr"))
                .extracting(PartnershipTerm::category).contains(TermCategory.CAPACITY);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Vultr stock +7% on the news.",
        "Vultr sold its entire stake in the colo business for $300 million.",
        "The CFIUS review of that stake slowed the Vultr listing.",
        "The FT put the Vultr contract at roughly $2 billion over four years.",
        "Talks on a $3bn GPU deal with Vultr were reported last month.",
        "Vultr's commitments now top $9 billion across all partners.",
        "Vultr bought 1,000 GPUs for $40 million with its own cash.",
    })
    void marketNoiseMediaEstimatesAndSumsAreNoTerms(String sentence) {
        assertThat(termsOf("Vultr", sentence)).as(sentence).isEmpty();
    }

    @Test
    void aHoldingAndAStakeAfterTheDealAreInvestments() {
        assertThat(termsOf("Mistral", "ASML invested $1.5 billion in Mistral. The Dutch group now holds about 11% of it."))
                .filteredOn(t -> t.category() == TermCategory.INVESTMENT).hasSize(2);
        assertThat(termsOf("OpenAI", "NVIDIA signed an LOI covering 10+ GW of NVIDIA systems with OpenAI."))
                .anySatisfy(t -> assertThat(t.gigawatts()).isEqualTo(10.0));
        assertThat(termsOf("Nscale", "Microsoft\n- Narvik piece $6.2bn / 5 yrs\n"))
                .anySatisfy(t -> assertThat(t.amountUsd()).isEqualTo(6_200_000_000L));
    }

    @Test
    void aProductNamedAfterItsMakerIsNoPartyAndASpeakersLabelFocusesTheAnswer() {
        assertThat(termsOf("Humain", "The first site is 80 MW on AMD Instinct MI450 GPUs with Cisco networking."))
                .anySatisfy(t -> assertThat(t.parties()).containsExactly("Humain", "Cisco"));
        assertThat(termsOf("Humain", "Omar: Next, Qualcomm.\nLina: They signed for 200 MW of racks."))
                .anySatisfy(t -> assertThat(t.parties()).contains("Humain", "Qualcomm"));
    }

    @Test
    void aRoundAtAValuationIsAnInvestmentAndTheAccountNamedAgainKeepsTheFocus() {
        assertThat(termsOf("Cohere", "Cohere closed a $500 million round at a $6.8 billion valuation, led by Radical."))
                .anySatisfy(t -> assertThat(t.amountUsd()).isEqualTo(500_000_000L));
        assertThat(termsOf("Cohere", "Cohere's revenue is valued at $6.8 billion by analysts.")).isEmpty();
        assertThat(termsOf("Mistral", "NVIDIA invested $1 billion in Mistral. The chip maker now holds about 4% of Mistral."))
                .filteredOn(t -> t.category() == TermCategory.INVESTMENT).hasSize(2);
        assertThat(termsOf("Nscale", "MSFT\n- GPU services, ~USD 9.7bn total contract value\n- term 5 yrs\n"))
                .extracting(PartnershipTerm::category).contains(TermCategory.DURATION);
    }

    @Test
    void theSecondHalfOfAHedgedSentenceIsHedgedToo() {
        assertThat(termsOf("Oracle", "Meta signed a $12 billion contract with Oracle. "
                + "Oracle could invest up to $2 billion in Meta's campus and SoftBank up to $4 billion."))
                .extracting(PartnershipTerm::amountUsd).containsExactly(12_000_000_000L);
    }

    @Test
    void theDealsDeliveryScheduleIsCapacityEvenWhenStatedAsExpected() {
        assertThat(termsOf("Vela", "Vela signed a $3 billion lease with Lambda. The first hall is expected to go live in 2027."))
                .anySatisfy(t -> {
                    assertThat(t.category()).isEqualTo(TermCategory.CAPACITY);
                    assertThat(t.year()).isEqualTo(2027);
                });
        assertThat(termsOf("Vela", "Vela signed a $3 billion lease with Lambda. Handover should happen by mid-2028."))
                .extracting(PartnershipTerm::year).contains(2028);
        // a forecast with a hedge that is no schedule stays out, and so does a schedule with no deal in focus
        assertThat(termsOf("Vela", "Vela signed a $3 billion lease with Lambda. Demand could double by 2028."))
                .extracting(PartnershipTerm::year).doesNotContain(2028);
        assertThat(termsOf("Vela", "The weather should be better by 2027 for the picnic.")).isEmpty();
    }

    @Test
    void aQuarterWithATwoDigitYearIsThatYear() {
        assertThat(termsOf("Vela", "Lambda: 9k GB300 for Vela from Q3 '27")).extracting(PartnershipTerm::year).contains(2027);
    }

    @Test
    void anyHedgeOnTheContractsOwnOptionAndItsPotentialValueAreTerms() {
        assertThat(termsOf("Vela", "Vela signed a lease with Lambda. Renewal options could lift it to about $9bn."))
                .extracting(PartnershipTerm::amountUsd).contains(9_000_000_000L);
        assertThat(termsOf("Vela", "Vela signed a lease with Lambda. The total potential contract value is $4.1 billion."))
                .extracting(PartnershipTerm::amountUsd).contains(4_100_000_000L);
        assertThat(termsOf("Vela", "Vela could sign a $4 billion lease with Lambda next year.")).isEmpty();
    }

    @Test
    void aGuaranteeOfDebtIsTheGuaranteeAndARunningTotalIsItsOwnTerm() {
        assertThat(termsOf("Vela", "Vela signed a lease with Lambda. Google added a $0.9bn backstop for the site's debt, "
                + "taking its total backstop to about $2.5bn."))
                .extracting(t -> t.category().label() + "/" + t.amountUsd())
                .contains("other/900000000", "other/2500000000");
        // a loan is still no term
        assertThat(termsOf("Vela", "Vela took a $2 billion loan from a bank syndicate.")).isEmpty();
    }

    @Test
    void aDealStatedWithoutFiguresFocusesTheFiguresAfterItButAbbreviatedRevenueAndAFloatedIdeaAreNoTerms() {
        assertThat(termsOf("Vela", "Vela agreed a compute deal with Lambda. It covers 120 MW from 2027."))
                .extracting(t -> t.category().label() + "/" + t.gigawatts()).contains("capacity/0.12");
        assertThat(termsOf("Vela", "Vela agreed a compute deal with Lambda. Q2 cloud rev $1.3B, up 40%.")).isEmpty();
        assertThat(termsOf("Vela", "Vela agreed a compute deal with Lambda. Its CFO floated a $5 billion backstop for "
                + "the chip loans.")).isEmpty();
    }

    @Test
    void aCompanyInNoListIsKnownByItsSuffix() {
        // a deal between two companies the lexicon does not know is context, not the account's term
        assertThat(termsOf("Vela", "Tessera Labs signed a $2 billion compute deal with Vultr Cloud.")).isEmpty();
        assertThat(termsOf("Vela", "Vela named Fluence Capital its preferred partner."))
                .anySatisfy(t -> assertThat(t.parties()).contains("Vela", "Fluence Capital"));
        // units and common words before a suffix are no name; a guessed landlord does not end the deal in focus
        assertThat(termsOf("Vela", "The Sovereign Cloud team at Vela signed a 2 GW AI campus lease with Lambda."))
                .allSatisfy(t -> assertThat(t.parties()).containsExactlyInAnyOrder("Vela", "Lambda"));
        assertThat(termsOf("Vela", "Vela signed a $3 billion lease with Lambda. The building belongs to Ionic Digital "
                + "and covers 90 MW.")).extracting(PartnershipTerm::gigawatts).contains(0.09);
        assertThat(termsOf("Vela", "Helix Labs: $2B for 30% (June)")).extracting(t -> t.category().label())
                .containsExactly("investment");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Vela signed a $6-billion agreement with Lambda.                 | 6000000000
            Vela signed an agreement with Lambda worth 1.8bn dollars.       | 1800000000
            Vela signed a contract with Lambda worth three billion dollars. | 3000000000
            Vela signed a deal with Lambda for half a billion dollars.      | 500000000
            Vela signed an order with Lambda valued at $2.2B.               | 2200000000
            Vela signed a $750MM lease with Lambda.                        | 750000000
            Vela signed a $1.2 bln contract with Lambda.                   | 1200000000
            """)
    void hyphenatedSpelledOutAndValuedContractAmountsParse(String sentence, long amount) {
        assertThat(termsOf("Vela", sentence)).as(sentence).extracting(PartnershipTerm::amountUsd).contains(amount);
    }

    @Test
    void aCompanysValuationIsStillNoTerm() {
        assertThat(termsOf("Vela", "Lambda is valued at $4 billion, people said.")).isEmpty();
        assertThat(termsOf("Vela", "Vela signed a lease with Lambda, which is valued at $4 billion."))
                .extracting(PartnershipTerm::amountUsd).doesNotContain(4_000_000_000L);
    }

    @Test
    void aConditionAfterABindingVerbIsPartOfTheAgreementButAWishWithIfIsNot() {
        assertThat(termsOf("Vela", "Vela agreed to take up to $6bn more of Lambda capacity if Lambda cannot resell it."))
                .extracting(PartnershipTerm::amountUsd).contains(6_000_000_000L);
        assertThat(termsOf("Vela", "Vela will buy $2 billion of Lambda capacity unless the racks arrive late."))
                .extracting(PartnershipTerm::amountUsd).contains(2_000_000_000L);
        assertThat(termsOf("Vela", "Vela would take $6bn of Lambda capacity if prices fall.")).isEmpty();
        assertThat(termsOf("Vela", "Vela may buy $2 billion of Lambda capacity if demand holds.")).isEmpty();
    }

    @Test
    void aTotalOfTheOneDealInFocusIsATermButASumAcrossDealsIsNot() {
        assertThat(termsOf("Vela", "Vela expanded its Lambda contract by $1.1 billion. So $4.6 billion in total."))
                .extracting(PartnershipTerm::amountUsd).contains(4_600_000_000L);
        assertThat(termsOf("Vela", "Vela expanded its Lambda contract by $1.1 billion. The two contracts are $4.6 billion in total."))
                .extracting(PartnershipTerm::amountUsd).doesNotContain(4_600_000_000L);
    }

    @Test
    void aDealLabelsFigureAndKindGoToTheItemAfterIt() {
        assertThat(termsOf("Vela", "~$2.4bn supply agreement: B300 racks and cooling gear from Dell"))
                .extracting(t -> t.category().label() + "/" + t.amountUsd()).contains("spend-commitment/2400000000");
        // a label with no deal word is no contract value
        assertThat(termsOf("Vela", "Q3 rev $2.4bn: strong quarter for the Dell racks")).isEmpty();
    }

    @Test
    void buyingACompanyIsAnInvestmentAndBuyingItsCapacityASpend() {
        assertThat(termsOf("Vela", "Vela agreed to buy Northgate for about $1.2 billion."))
                .extracting(t -> t.category().label()).containsExactly("investment");
        assertThat(termsOf("Vela", "Vela agreed to acquire Lambda for $3 billion in cash."))
                .extracting(t -> t.category().label()).contains("investment");
        assertThat(termsOf("Vela", "Vela will buy Lambda capacity for $3 billion."))
                .extracting(t -> t.category().label()).contains("spend-commitment");
        assertThat(termsOf("Vela", "Vela will buy GPUs for $3 billion from Lambda."))
                .extracting(t -> t.category().label()).contains("spend-commitment");
    }

    @Test
    void aSpendWithItsDeliveryScheduleIsASpendAndCapacityButAnOrdersDeliveryDateIsNot() {
        assertThat(termsOf("Vela", "Vela signed a $5bn contract with Lambda for dedicated capacity, delivered from mid-2027."))
                .extracting(t -> t.category().label() + "/" + t.year()).contains("spend-commitment/2027", "capacity/2027");
        assertThat(termsOf("Vela", "Vela placed a $2 billion order with Lambda for delivery in late 2027."))
                .extracting(t -> t.category().label()).doesNotContain("capacity");
    }

    @Test
    void aGrowthOptionAfterTheFigureHedgesOnlyWhatFollows() {
        assertThat(termsOf("Vela", "Vela signed a lease with Lambda for 40 MW, scalable to 120 MW."))
                .extracting(PartnershipTerm::gigawatts).contains(0.04).doesNotContain(0.12);
        assertThat(termsOf("Vela", "The Lambda site is scalable to 120 MW for Vela.")).isEmpty();
    }

    @Test
    void aSiteLabelKeepsTheDealInFocusAndALabelNamingNoOneElseEndsIt() {
        assertThat(termsOf("Vela", "Vela signed a $3 billion lease with Lambda.\n\nOhio (New Albany)\n- 60 MW from Q2 '27\n"))
                .extracting(t -> t.gigawatts() + "/" + t.year()).contains("0.06/2027");
        assertThat(termsOf("Vela", "Vela signed a $3 billion lease with Lambda.\n\nRumours\n- 60 MW from Q2 '27\n"))
                .extracting(PartnershipTerm::gigawatts).doesNotContain(0.06);
    }

    @Test
    void aLaterPartOfAHedgedClauseDoesNotContinueTheCommitmentBeforeTheSemicolon() {
        List<PartnershipTerm> t = termsOf("Halvard", "Quillon committed to about $12 billion of Halvard capacity, "
                + "up to 800 MW; Halvard said it would put up to $2 billion into Quillon and Brightline up to $3 billion.");
        assertThat(t).extracting(PartnershipTerm::amountUsd).contains(12_000_000_000L).doesNotContain(3_000_000_000L);
        assertThat(t).noneMatch(x -> x.parties().contains("Brightline"));
    }

    @Test
    void theYearAnAgreementWasAnnouncedOrSignedIsNoTermYear() {
        List<PartnershipTerm> t = termsOf("Halvard", "Quillon agreed to buy 600 MW of Halvard capacity "
                + "(announced in March 2025), and Brightline signed a lease with Halvard through 2031.");
        assertThat(t).filteredOn(x -> x.category() == TermCategory.CAPACITY).isNotEmpty()
                .allSatisfy(x -> assertThat(x.year()).isNull());
        assertThat(termsOf("Halvard", "Halvard signed a five-year lease with Quillon, starting in 2027."))
                .extracting(PartnershipTerm::year).contains(2027);
    }
}
