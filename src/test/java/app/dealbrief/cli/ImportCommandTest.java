package app.dealbrief.cli;

import app.dealbrief.testutil.Seed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    @TempDir
    Path vault;

    @Test
    void importsTheSeedNoteAndListsItsAccount() throws Exception {
        Path seed = Seed.noteAsMarkdown(vault);
        CliRun run = CliRun.of(data, "import", seed.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out().strip()).endsWith("imported 1, updated 0, unchanged 0, rejected 0, warnings 0");

        CliRun accounts = CliRun.of(data, "accounts", "--json");
        assertThat(accounts.code()).isZero();
        JsonNode list = JSON.readTree(accounts.out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("name").asText()).isEqualTo("Microsoft");
        assertThat(list.get(0).get("noteCount").asInt()).isEqualTo(1);
        assertThat(list.get(0).get("newestNote").asText()).isEqualTo("2025-11-12");

        JsonNode notes = JSON.readTree(CliRun.of(data, "notes", "microsoft", "--json").out());
        assertThat(notes).hasSize(1);
        JsonNode n = notes.get(0);
        assertThat(n.get("title").asText()).isEqualTo("Microsoft AI capacity and VAST");
        assertThat(n.get("date").asText()).isEqualTo("2025-11-12");
        assertThat(n.get("type").asText()).isEqualTo("customer");
        assertThat(n.get("source").asText()).isEqualTo("transcript");
        assertThat(n.get("path").asText()).isEqualTo(seed.toString());
        assertThat(n.get("id").asText()).isNotBlank();
    }

    @Test
    void reimportingAnUnchangedFolderChangesNothing() throws Exception {
        write("Accounts/Oracle/a.md", "---\ntitle: A\ndate: 2025-01-02\n---\nBody one.\n");
        write("Accounts/Oracle/b.md", "# B\n\nBody two.\n");
        assertThat(CliRun.of(data, "import", vault.toString()).out()).contains("imported 2, updated 0, unchanged 0");
        assertThat(CliRun.of(data, "import", vault.toString()).out()).contains("imported 0, updated 0, unchanged 2");
        write("Accounts/Oracle/b.md", "# B\n\nBody two, edited.\n");
        assertThat(CliRun.of(data, "import", vault.toString()).out()).contains("imported 0, updated 1, unchanged 1");
    }

    @Test
    void badFilesAreRejectedOneByOneAndTheRestImported() throws Exception {
        write("good.md", "---\naccount: OpenAI\ntitle: Good\n---\nText.\n");
        write("empty.md", "");
        Files.write(vault.resolve("latin1.md"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        Files.write(vault.resolve("binary.md"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8});
        CliRun run = CliRun.of(data, "import", vault.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLines()).filteredOn(l -> l.startsWith("REJECTED ")).hasSize(3)
                .anySatisfy(l -> assertThat(l).startsWith("REJECTED " + vault.resolve("empty.md") + ": "))
                .anySatisfy(l -> assertThat(l).startsWith("REJECTED " + vault.resolve("latin1.md") + ": "))
                .anySatisfy(l -> assertThat(l).startsWith("REJECTED " + vault.resolve("binary.md") + ": "));
        assertThat(run.out().strip()).endsWith("imported 1, updated 0, unchanged 0, rejected 3, warnings 0");
        assertThat(CliRun.of(data, "accounts").out()).contains("OpenAI");
    }

    @Test
    void brokenFrontMatterImportsWithAWarning() throws Exception {
        Path f = write("Accounts/CoreWeave/template.md", "---\ncreated: { { DATE } }\ntags: [x\n---\n# Template\n\nBody.\n");
        CliRun run = CliRun.of(data, "import", vault.toString());
        assertThat(run.code()).isZero();
        assertThat(run.errLines()).singleElement().asString().startsWith("WARNING " + f + ": ");
        assertThat(run.out().strip()).endsWith("rejected 0, warnings 1");
        assertThat(CliRun.of(data, "accounts").out()).contains("CoreWeave");
    }

    @Test
    void aMissingPathIsFatalAndImportsNothing() throws Exception {
        write("good.md", "# Good\n\nText.\n");
        CliRun run = CliRun.of(data, "import", vault.toString(), vault.resolve("nope").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("nope");
        assertThat(CliRun.of(data, "accounts", "--json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void unknownAccountsExitWithThree() {
        assertThat(CliRun.of(data, "notes", "Nobody").code()).isEqualTo(3);
        assertThat(CliRun.of(data, "brief", "Nobody", "--json").code()).isEqualTo(3);
        assertThat(CliRun.of(data, "sheet", "Nobody", "--out", data.resolve("x.pdf").toString()).code()).isEqualTo(3);
    }

    private Path write(String rel, String text) throws Exception {
        Path p = vault.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }
}
