package app.dealbrief.insight;

import app.dealbrief.domain.ActionItem;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class BriefingBuilderTest {

    @Test
    void nearDuplicatesCountOnceWithTheNewestNote() {
        List<Note> copies = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            copies.add(NoteFixture.note(DenseNote.BODY).id("c" + i).date("2025-11-0" + i).build());
        }
        Briefing b = Briefs.of("Microsoft", copies.toArray(Note[]::new));
        assertThat(b.partnershipTerms()).allSatisfy(t -> {
            assertThat(t.supportCount()).isEqualTo(5);
            assertThat(t.noteId()).isEqualTo("c5");
        });
        assertThat(b.acceleratorMix()).isNotEmpty().allMatch(a -> a.supportCount() == 5);
        assertThat(b.pitches()).filteredOn(p -> p.origin() == app.dealbrief.domain.Pitch.Origin.NOTE).hasSize(3);
        assertThat(b.noteCount()).isEqualTo(5);
    }

    @Test
    void actionItemsPeopleAndEmptyLists() {
        Note old = NoteFixture.note("Met the team.").id("a").date("2025-01-10").participants("Dana Lee", "Raj Patel")
                .task("Send pricing", "2025-02-01", ActionItem.State.OPEN)
                .task("Book follow-up", null, ActionItem.State.OPEN)
                .task("Old thing", "2025-01-01", ActionItem.State.DONE).build();
        Note recent = NoteFixture.note("Follow-up call.").id("b").date("2026-12-01").participants("Dana Lee")
                .task("Share benchmark", "2026-12-15", ActionItem.State.OPEN).build();
        Briefing b = Briefs.of("Acme", old, recent);
        // "Send pricing" is long overdue (past the 60-day horizon): it folds into "older"
        assertThat(b.actionItems()).extracting(ActionItem::text).containsExactly("Share benchmark", "Book follow-up");
        assertThat(b.olderActionItems()).extracting(ActionItem::text).containsExactly("Send pricing");
        assertThat(b.olderActionItems().get(0).noteId()).isEqualTo("a");
        assertThat(b.people()).extracting(p -> p.name() + "/" + p.lastContact() + "/" + p.noteCount())
                .containsExactly("Dana Lee/2026-12-01/2", "Raj Patel/2025-01-10/1");
        assertThat(b.partnershipTerms()).isEmpty();
        assertThat(b.summary()).isNull();
    }

    @Test
    void emptyAccount() {
        Briefing b = Briefs.BUILDER.build("Nobody", List.of(), Set.of(), Briefs.TODAY);
        assertThat(b.asOf()).isNull();
        assertThat(b.pitches()).isEmpty();
    }

    @Test
    void hugeLineDoesNotHang() {
        String line = "Nvidia and AMD and the $5 deal; ".repeat(35_000) + "(((( ;;;; ::::".repeat(1000);
        // A hang guard, not a speed test: 35,000 clauses take seconds in a cold JVM on a busy 2-core
        // machine, a backtracking regex would take hours; speed is measured by the benchmark.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Briefs.prose(line));
    }

    @Test
    void userLexiconAndPlaybookExtendTheBundledOnes(@TempDir Path dir) throws Exception {
        Path lex = dir.resolve("lexicon.json");
        Files.writeString(lex, """
                {"companies": {"Fabrikam": ["fabrikam"]},
                 "accelerators": [{"vendor": "Fabrikam", "family": "FX1", "aliases": ["fx1"]}]}""");
        Path play = dir.resolve("playbook.json");
        Files.writeString(play, """
                {"rules": [{"id": "fx1-rule", "headline": "Sell into FX1", "why": "FX1 seen.",
                            "when": [{"fact": "accelerator", "family": ["FX1"]}]},
                           {"id": "investor-ecosystem", "enabled": false}]}""");
        BriefingBuilder builder = new BriefingBuilder(Lexicon.load(lex), Playbook.load(play));
        Note n = NoteFixture.note("Fabrikam is ramping FX1 accelerators in Ohio.").account("Fabrikam").build();
        Briefing b = builder.build("Fabrikam", List.of(n), Set.of(), Briefs.TODAY);
        assertThat(b.acceleratorMix()).extracting(a -> a.vendor() + "/" + a.family() + "/" + a.role().label())
                .containsExactly("Fabrikam/FX1/ramping");
        assertThat(b.pitches()).anyMatch(p -> p.headline().equals("Sell into FX1") && p.rationale().contains("Fabrikam FX1 (ramping)"));
        assertThat(Playbook.load(play).ruleIds()).contains("fx1-rule").doesNotContain("investor-ecosystem");
        assertThat(Playbook.load(dir.resolve("missing.json")).ruleIds()).isEqualTo(Playbook.bundled().ruleIds());
    }

    @Test
    void malformedFilesNameFileAndField(@TempDir Path dir) throws Exception {
        Path lex = dir.resolve("lexicon.json");
        Files.writeString(lex, "{\"roles\": {\"primry\": [\"main\"]}}");
        assertThatThrownBy(() -> Lexicon.load(lex)).isInstanceOf(DealBriefException.class)
                .hasMessageContaining("lexicon.json").hasMessageContaining("roles.primry");
        Files.writeString(lex, "{\"accelerators\": [{\"vendor\": \"X\"}]}");
        assertThatThrownBy(() -> Lexicon.load(lex)).hasMessageContaining("accelerators[0].family");
        Files.writeString(lex, "{not json");
        assertThatThrownBy(() -> Lexicon.load(lex)).isInstanceOf(DealBriefException.class).hasMessageContaining("lexicon.json");
        // cut off mid-way (a save interrupted): an error, never a half-read lexicon
        Files.writeString(lex, "{\"roles\": {\"primary\": [\"main\",");
        assertThatThrownBy(() -> Lexicon.load(lex)).isInstanceOf(DealBriefException.class)
                .hasMessageContaining("lexicon.json").hasMessageContaining("not valid JSON");
        Files.writeString(lex, "");
        assertThatThrownBy(() -> Lexicon.load(lex)).isInstanceOf(DealBriefException.class)
                .hasMessageContaining("lexicon.json").hasMessageContaining("one JSON object");
        Path play = dir.resolve("playbook.json");
        Files.writeString(play, "{\"rules\": [{\"id\": \"r\", \"headline\": \"h\", \"why\": \"w\", \"when\": [{\"fact\": \"term\", \"category\": [\"bogus\"]}]}]}");
        assertThatThrownBy(() -> Playbook.load(play)).isInstanceOf(DealBriefException.class)
                .hasMessageContaining("playbook.json").hasMessageContaining("rules[0].when[0].category");
    }

    @Test
    void relatedNamesAccountsNotSourceFiles() {
        Note n = NoteFixture.note("""
                ## Related
                - [[OpenAI]]
                - [[CoreWeave|CoreWeave (neocloud)]]
                *Source: [[Inbox/_archive/2025-11-12 - Sync.md|2025-11-12 - Sync]]*
                """).build();
        assertThat(Briefs.of("Microsoft", n).related()).containsExactly("OpenAI", "CoreWeave");
    }

    @Test
    void aPersonListedWithAndWithoutTheirRoleIsOnePerson() {
        Note a = NoteFixture.note("Text.").id("a").date("2025-10-01")
                .participants("Dana Whitfield (Account Executive)", "Dana Whitfield", "Raj Patel").build();
        Note b = NoteFixture.note("Text.").id("b").date("2025-11-01").participants("dana whitfield").build();
        assertThat(Briefs.of("Microsoft", b, a).people())
                .extracting(p -> p.name() + "/" + p.role() + "/" + p.lastContact() + "/" + p.noteCount())
                .containsExactly("Dana Whitfield/Account Executive/2025-11-01/2", "Raj Patel/null/2025-10-01/1");
    }

    @Test
    void withinANoteTheMostTellingStatementAboutAChipWins() {
        Note n = NoteFixture.note("""
                OpenAI and NVIDIA signed a letter of intent to deploy 10 GW of NVIDIA GPUs.

                NVIDIA GPUs still run nearly all of OpenAI's training today.
                """).account("OpenAI").build();
        assertThat(Briefs.of("OpenAI", n).acceleratorMix())
                .extracting(a -> a.vendor() + "/" + a.family() + "/" + a.role().label()).containsExactly("NVIDIA/GPU/primary");
    }

    @Test
    void anotherCompanysChipsAreNotTheAccounts() {
        Note n = NoteFixture.note("""
                The campus hosts CoreWeave's NVIDIA GPUs; Applied Digital only provides the powered shells.

                Fluidstack brings its own NVIDIA GPUs to the second hall.
                """).account("Applied Digital").build();
        assertThat(Briefs.of("Applied Digital", n).acceleratorMix()).isEmpty();
        Note own = NoteFixture.note("Microsoft's MAIA 200 is ramping in the new region.").account("Microsoft").build();
        assertThat(Briefs.of("Microsoft", own).acceleratorMix()).extracting(a -> a.family()).containsExactly("MAIA");
    }
}
