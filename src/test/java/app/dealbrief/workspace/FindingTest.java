package app.dealbrief.workspace;

import app.dealbrief.domain.Backlink;
import app.dealbrief.domain.NoteTitle;
import app.dealbrief.domain.TaggedNote;
import app.dealbrief.domain.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Quick-open titles, tags, backlinks, timeline and search passages through the real workspace. */
class FindingTest {
    @TempDir
    Path data;
    @TempDir
    Path vault;

    private Workspace open() throws Exception {
        write("oracle/site.md", "---\naccount: Oracle\ntitle: Abilene site walk\ndate: 2025-07-23\ntags: [site, capacity]\n"
                + "type: customer\n---\n# Abilene site walk\n\nWalked the site. Capacity is sold to [[OpenAI]].\n\n"
                + "- [ ] Send the storage sizing @Dana 📅 2025-08-15\n");
        write("oracle/contract.md", "---\naccount: Oracle\ntitle: OCI contract debrief\ndate: 2025-09-12\ntags: capacity\n"
                + "type: market\n---\n# OCI contract debrief\n\nThe OpenAI contract is worth $300B over five years.\n");
        write("nvidia/loi.md", "---\naccount: NVIDIA\ntitle: NVIDIA letter of intent\ndate: 2025-09-24\n---\n"
                + "# NVIDIA letter of intent\n\nNVIDIA may invest up to $100B in OpenAI as each gigawatt deploys.\n");
        write("openai/intro.md", "---\naccount: OpenAI\ntitle: Infra team intro\ndate: 2025-06-24\n---\n"
                + "# Infra team intro\n\nFirst call with the infra team about checkpoint storage.\n\n"
                + "## Related\n- [[Oracle]]\n");
        Workspace w = Workspaces.open(data);
        w.importPaths(List.of(vault), Workspace.Progress.NONE);
        return w;
    }

    private void write(String rel, String text) throws Exception {
        Path f = vault.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    @Test
    void backlinksAreWikiLinksFromOtherAccountsThenPlainMentions() throws Exception {
        try (Workspace w = open()) {
            List<Backlink> toOpenAi = w.backlinks("openai");
            assertThat(toOpenAi).extracting(Backlink::title, Backlink::via).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Abilene site walk", Backlink.Via.LINK),
                    org.assertj.core.groups.Tuple.tuple("NVIDIA letter of intent", Backlink.Via.MENTION),
                    org.assertj.core.groups.Tuple.tuple("OCI contract debrief", Backlink.Via.MENTION));
            assertThat(w.backlinks("Oracle")).extracting(Backlink::account, Backlink::via)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("OpenAI", Backlink.Via.LINK));
            assertThat(w.backlinks("NVIDIA")).as("an account's own notes are not backlinks").isEmpty();
        }
    }

    @Test
    void titlesTagsAndPassages() throws Exception {
        try (Workspace w = open()) {
            assertThat(w.noteTitles()).extracting(NoteTitle::title).containsExactly("NVIDIA letter of intent",
                    "OCI contract debrief", "Abilene site walk", "Infra team intro");
            List<TaggedNote> tagged = w.taggedNotes("oracle");
            assertThat(tagged).extracting(t -> t.note().title(), TaggedNote::tags).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("OCI contract debrief", List.of("capacity")),
                    org.assertj.core.groups.Tuple.tuple("Abilene site walk", List.of("site", "capacity")));
            String id = tagged.get(0).note().id();
            assertThat(w.matchingPassage(id, "worth")).hasValueSatisfying(p -> assertThat(p).contains("$300B"));
            assertThat(w.matchingPassage(id, "debrief")).as("only the title matches").isEmpty();
        }
    }

    @Test
    void timelineHoldsNotesAndDueDatesOldestFirst() throws Exception {
        try (Workspace w = open()) {
            List<TimelineEvent> t = w.timeline("Oracle");
            assertThat(t).extracting(TimelineEvent::date).isSorted();
            assertThat(t).filteredOn(e -> e.kind() == TimelineEvent.Kind.NOTE).extracting(TimelineEvent::text)
                    .containsExactly("Abilene site walk", "OCI contract debrief");
            assertThat(t).filteredOn(e -> e.kind() == TimelineEvent.Kind.DEADLINE).singleElement()
                    .satisfies(e -> {
                        assertThat(e.date()).isEqualTo("2025-08-15");
                        assertThat(e.text()).contains("storage sizing");
                        assertThat(e.noteTitle()).isEqualTo("Abilene site walk");
                    });
        }
    }
}
