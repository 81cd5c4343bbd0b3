package app.dealbrief.workspace;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.NoteSummary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labeled corpus (seven styles, some with no front matter: the account named only in the title, an
 * "Account:" line, or "X is our account") imported as a vault: every note lands in its labelled account.
 */
class CorpusImportTest {
    @TempDir
    Path data;

    @Test
    void everyCorpusNoteLandsInItsAccount() throws Exception {
        Path corpus = Path.of("src/test/resources/corpus").toAbsolutePath();
        JsonNode labels = new ObjectMapper().readTree(corpus.resolve("labels.json").toFile());
        Map<String, String> want = new HashMap<>();
        labels.get("notes").forEach(n -> want.put(n.get("file").asText(), n.get("account").asText()));
        Map<String, String> got = new HashMap<>();
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(corpus), Workspace.Progress.NONE);
            for (AccountSummary a : w.accounts()) {
                for (NoteSummary n : w.notes(a.name())) {
                    got.put(corpus.relativize(Path.of(n.path())).toString().replace('\\', '/'), a.name());
                }
            }
        }
        List<String> wrong = new ArrayList<>();
        want.forEach((file, account) -> {
            if (!account.equalsIgnoreCase(got.get(file))) {
                wrong.add(file + " -> " + got.get(file) + " (want " + account + ")");
            }
        });
        assertThat(wrong).isEmpty();
    }
}
