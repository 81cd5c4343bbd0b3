package app.dealbrief.workspace;

import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteDraft;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditingTest {
    @TempDir
    Path data;
    @TempDir
    Path vault;

    private static NoteDraft draft(String title, String date) {
        return new NoteDraft(title, date, "customer", List.of("Dana", "Lee"), List.of("ai"), "meeting");
    }

    @Test
    void aNewNoteIsValidatedAndStoredWithFrontMatter() {
        try (Workspace w = Workspaces.open(data)) {
            assertThatThrownBy(() -> w.createNote("Oracle", draft(" ", "")))
                    .isInstanceOf(DealBriefException.class).hasMessage("Title is empty");
            assertThatThrownBy(() -> w.createNote("Oracle", draft("Sync", "26/11/2026")))
                    .isInstanceOf(DealBriefException.class).hasMessage("Date must be YYYY-MM-DD");
            assertThatThrownBy(() -> w.createNote("Oracle", draft("Sync", "2026-02-30")))
                    .hasMessage("Date must be YYYY-MM-DD");
            Note n = w.createNote("Oracle", draft("Capacity sync", "2026-11-26"));
            assertThat(n.title()).isEqualTo("Capacity sync");
            assertThat(n.date()).hasToString("2026-11-26");
            assertThat(n.account()).isEqualTo("Oracle");
            assertThat(n.participants()).containsExactly("Dana", "Lee");
            assertThat(n.tags()).containsExactly("ai");
            assertThat(n.path()).isNull();
            assertThat(w.notes("oracle")).extracting(NoteSummary::id).containsExactly(n.id());
            assertThat(w.briefing("Oracle").noteCount()).isEqualTo(1);
        }
    }

    @Test
    void aSavedTextSurvivesAReopenAndIsSearchable() {
        String id;
        try (Workspace w = Workspaces.open(data)) {
            id = w.createNote("Oracle", draft("Capacity sync", "2026-11-26")).id();
            Note saved = w.saveNote(id, draft("Capacity sync", "2026-11-26"), "# Capacity sync\n\nZettabyte plans.\n");
            assertThat(saved.body()).isEqualTo("# Capacity sync\n\nZettabyte plans.\n");
            assertThat(w.search("zettabyte", 5)).extracting(h -> h.noteId()).containsExactly(id);
        }
        try (Workspace w = Workspaces.open(data)) {
            assertThat(w.note(id).orElseThrow().body()).contains("Zettabyte plans.");
        }
    }

    @Test
    void unchangedFieldsKeepTheOriginalFrontMatterByteForByteAndChangedOnesKeepUnknownKeys() throws Exception {
        String text = "---\r\ntitle:   Site walk\r\naccount: Oracle\r\ndate: 2025-07-23\r\ndeal_stage: late\r\n---\r\nFirst.\r\n";
        Files.writeString(vault.resolve("a.md"), text);
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            Note n = w.note(w.notes("Oracle").get(0).id()).orElseThrow();
            Note edited = w.saveNote(n.id(), NoteDraft.of(n), "First.\nSecond.\n");
            assertThat(edited.text()).isEqualTo(text.replace("First.\r\n", "First.\r\nSecond.\r\n"));

            Note retitled = w.saveNote(n.id(), new NoteDraft("Site walk 2", "2025-07-24", "", List.of(), List.of(), ""),
                    "First.\nSecond.\n");
            assertThat(retitled.title()).isEqualTo("Site walk 2");
            assertThat(retitled.date()).hasToString("2025-07-24");
            assertThat(retitled.frontMatter()).containsEntry("deal_stage", "late");
            assertThat(retitled.account()).isEqualTo("Oracle");
            assertThat(retitled.body()).isEqualTo("First.\r\nSecond.\r\n");
        }
    }

    @Test
    void aBurstOfSavesMakesOneRevisionAndALaterBurstAnother() {
        MutableClock clock = new MutableClock();
        try (Workspace w = Workspaces.open(data)) {
            ((DefaultWorkspace) w).useClock(clock);
            Note n = w.createNote("Oracle", draft("Sync", ""));
            String text = n.text();
            for (int i = 0; i < 50; i++) {
                text += "word " + i + "\n";
                w.saveNote(n.id(), text);
                clock.advance(Duration.ofSeconds(2));
            }
            assertThat(w.history(n.id())).singleElement().satisfies(r -> {
                assertThat(r.kind()).isEqualTo(Revision.EDIT);
                assertThat(r.text()).isEqualTo(n.text());
            });
            clock.advance(Duration.ofMinutes(6));
            w.saveNote(n.id(), text + "after lunch\n");
            assertThat(w.history(n.id())).hasSize(2);
            assertThat(w.history(n.id()).get(0).text()).isEqualTo(text);
            w.saveNote(n.id(), text + "after lunch\n");
            assertThat(w.history(n.id())).as("saving the same text adds nothing").hasSize(2);
        }
    }

    @Test
    void restoringARevisionAddsOneAndOverwritesNothing() {
        try (Workspace w = Workspaces.open(data)) {
            Note n = w.createNote("Oracle", draft("Sync", ""));
            w.saveNote(n.id(), n.text() + "second\n");
            long first = w.history(n.id()).get(0).id();
            Note back = w.restoreRevision(n.id(), first);
            assertThat(back.text()).isEqualTo(n.text());
            List<Revision> h = w.history(n.id());
            assertThat(h).extracting(Revision::kind).containsExactly(Revision.RESTORE, Revision.EDIT);
            assertThat(h.get(0).text()).isEqualTo(n.text() + "second\n");
            assertThatThrownBy(() -> w.restoreRevision("other", first)).isInstanceOf(DealBriefException.class);
        }
    }

    @Test
    void trashRestoreAndEmpty() {
        try (Workspace w = Workspaces.open(data)) {
            Note a = w.createNote("Oracle", draft("Keep me", ""));
            Note b = w.createNote("Oracle", draft("Drop me", ""));
            w.trashNote(a.id());
            w.trashNote(b.id());
            assertThat(w.notes("Oracle")).isEmpty();
            assertThat(w.trash()).extracting(NoteSummary::title).containsExactlyInAnyOrder("Keep me", "Drop me");
            assertThat(w.search("keep", 5)).isEmpty();
            assertThatThrownBy(() -> w.saveNote(a.id(), "x")).hasMessageContaining("trash");
            w.restoreNote(a.id());
            assertThat(w.notes("Oracle")).extracting(NoteSummary::title).containsExactly("Keep me");
            assertThat(w.emptyTrash()).isEqualTo(1);
            assertThat(w.trash()).isEmpty();
            assertThat(w.note(b.id())).isEmpty();
            assertThat(w.note(a.id())).isPresent();
        }
    }

    @Test
    void exportThenImportGivesBackEditedNotes() throws Exception {
        Path out = Files.createTempDirectory("export");
        Path data2 = Files.createTempDirectory("data2");
        String text;
        try (Workspace w = Workspaces.open(data)) {
            Note n = w.createNote("CoreWeave", draft("Q3 / review", "2025-09-01"));
            text = w.saveNote(n.id(), NoteDraft.of(n), "# Q3 review\n\n- GB300 racks ramping\n- émoji 🚀 and עברית\n").text();
            assertThat(w.export(out, null)).isEqualTo(1);
        }
        assertThat(out.resolve("CoreWeave").resolve("2025-09-01 - Q3 - review.md")).hasContent(text);
        try (Workspace w = Workspaces.open(data2)) {
            w.importPaths(List.of(out), Workspace.Progress.NONE);
            Note back = w.note(w.notes("CoreWeave").get(0).id()).orElseThrow();
            assertThat(back.text()).isEqualTo(text);
            assertThat(back.participants()).containsExactly("Dana", "Lee");
        }
    }

    @Test
    void oddTextSavesExactly() {
        try (Workspace w = Workspaces.open(data)) {
            Note n = w.createNote("Oracle", draft("Odd", ""));
            String odd = n.text() + "nul\u0000char, RTL שלום עולם, emoji 👩‍💻\n" + "x".repeat(100_000) + "\n";
            assertThat(w.saveNote(n.id(), odd).text()).isEqualTo(odd);
            String big = n.text() + "line of a big paste\n".repeat(250_000);
            assertThat(w.saveNote(n.id(), big).text()).hasSize(big.length());
        }
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-26T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
