package app.dealbrief.workspace;

import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.SheetOptions;
import app.dealbrief.insight.BriefingBuilder;
import app.dealbrief.insight.Lexicon;
import app.dealbrief.insight.Playbook;
import app.dealbrief.notes.NoteParser;
import app.dealbrief.sheet.SheetRenderer;
import app.dealbrief.store.Database;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Work a cold start does on the second core while the first parses the command line, sets up the log
 * and opens the store: a throwaway in-memory database readies H2 ({@link Database#warmUp()}), then one
 * made-up note goes through the parser, the extractor and (when a sheet is coming) the PDF renderer, so the classes the real work needs are loaded and initialised by the time it
 * needs them. The note is not stored anywhere and its results are thrown away; nothing here touches the
 * store or the data folder.
 *
 * <p>Each phase is a future that the real work waits for before its first use of those libraries
 * ({@link #awaitExtraction()}, {@link #awaitSheet()}). So two threads never initialise the same library's
 * classes at once, which is how class-initialisation deadlocks happen, and a phase that fails only costs
 * speed: the real work then does it (and reports any error) itself.
 */
final class Warmup {
    /** Exercises the parser and the extractor: front matter, a summary, a term, a chip, a pitch, a task. */
    private static final String NOTE = """
            ---
            title: Warm-up
            date: 2020-01-02
            account: Warm-up Account
            type: customer
            participants: [A. Person]
            tags: [account/warm-up]
            ---
            # Summary
            A made-up meeting that loads the code paths before real notes arrive.
            ## Terms
            - Exclusivity through 2030 and a $1B commitment; no right of first refusal.
            ## Accelerators
            - GPUs remain primary; custom silicon is ramping.
            ## Pitches
            - **Lead with throughput**: checkpoints stall training.
            ## Action items
            - [ ] Send the follow-up (owner: A. Person, due 2020-01-09)
            """;

    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
    private static volatile CompletableFuture<Void> extraction = DONE;
    private static volatile CompletableFuture<Void> sheet = DONE;
    private static boolean started;

    private Warmup() {
    }

    /**
     * Starts the warm-up once per JVM: the store always; then, with {@code briefing}, the parser and the
     * extractor; then, with {@code sheets} too, the PDF renderer.
     */
    static synchronized void start(boolean briefing, boolean sheets) {
        if (started) {
            return;
        }
        started = true;
        Runnable store = Database.warmUp();
        CompletableFuture<Void> extracted = new CompletableFuture<>();
        CompletableFuture<Void> rendered = new CompletableFuture<>();
        extraction = extracted;
        sheet = rendered;
        daemon("dealbrief-warmup-store", store);
        if (!briefing) {
            extracted.complete(null);
            rendered.complete(null);
            return;
        }
        // A second thread: the two share no library, and each phase's future keeps the real work off
        // the classes while they are being set up.
        daemon("dealbrief-warmup-briefing", () -> {
            Briefing b = null;
            try {
                Playbook playbook = Playbook.bundled();
                BriefingBuilder builder = new BriefingBuilder(Lexicon.load(null), playbook);
                Note note = new NoteParser().parse(NOTE, null, null);
                b = builder.build(note.account(), List.of(note), Set.of(note.account()), LocalDate.now());
            } catch (Throwable e) { // only speed is at stake
                b = null;
            } finally {
                extracted.complete(null);
            }
            try {
                if (sheets && b != null) {
                    new SheetRenderer().render(b, new SheetOptions(SheetOptions.Paper.LETTER, null, null,
                            EnumSet.allOf(SheetOptions.Panel.class), 1, LocalDate.now()));
                }
            } catch (Throwable e) { // as above
                // nothing to report
            } finally {
                rendered.complete(null);
            }
        });
    }

    private static void daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    /** Before the first use of the note parser, the extractor or their rules files (Jackson). */
    static void awaitExtraction() {
        extraction.join();
    }

    /** Before the first use of the sheet renderer (PDFBox). */
    static void awaitSheet() {
        sheet.join();
    }
}
