package app.dealbrief.workspace;

import app.dealbrief.domain.UnsavedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JournalTest {
    @TempDir
    Path data;
    @TempDir
    Path vault;

    private String importOne(Workspace w) throws Exception {
        Files.writeString(vault.resolve("n.md"), "---\naccount: Lambda\ntitle: Sync\n---\nFirst words.\n");
        w.importPaths(List.of(vault), Workspace.Progress.NONE);
        return w.notes("Lambda").get(0).id();
    }

    @Test
    void unsavedTextSurvivesAStopAndIsOfferedBack() throws Exception {
        String id;
        try (Workspace w = Workspaces.open(data)) {
            id = importOne(w);
            w.keepUnsaved(id, "First words.\nTyped just before the crash.\n");
        }
        try (Workspace w = Workspaces.open(data)) {
            List<UnsavedText> left = w.unsaved();
            assertThat(left).singleElement().satisfies(u -> {
                assertThat(u.noteId()).isEqualTo(id);
                assertThat(u.title()).isEqualTo("Sync");
                assertThat(u.body()).contains("Typed just before the crash.");
            });
            w.dropUnsaved(id);
            assertThat(w.unsaved()).isEmpty();
        }
    }

    @Test
    void savingTheNoteClearsItsJournal() throws Exception {
        try (Workspace w = Workspaces.open(data)) {
            String id = importOne(w);
            w.keepUnsaved(id, "Something new.\n");
            w.saveNote(id, w.note(id).orElseThrow().text() + "\nSomething new.\n");
            assertThat(w.unsaved()).isEmpty();
        }
    }

    @Test
    void anEncryptedStoreWritesNoPlaintextJournal() throws Exception {
        try (Workspace w = Workspaces.open(data)) {
            String id = importOne(w);
            w.changePassphrase("long enough passphrase".toCharArray());
            w.keepUnsaved(id, "Zanzibar secret words\n");
            assertThat(w.unsaved()).isEmpty();
        }
        assertThat(data.resolve("journal")).satisfiesAnyOf(
                p -> assertThat(p).doesNotExist(),
                p -> assertThat(p).isEmptyDirectory());
    }
}
