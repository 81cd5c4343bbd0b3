package app.dealbrief.workspace;

/**
 * Everything the CLI uses, over one data folder: the roles the GUI's view models each take only one or two
 * of. Every method may touch disk or the database, so it blocks: the GUI calls it only from its background
 * executor, never from the FX thread. Failures a user can act on are
 * {@link app.dealbrief.domain.DealBriefException}s.
 */
public interface Workspace extends NoteLibrary, Briefings, Editing, Sheets, StoreAdmin, AutoCloseable {

    @Override
    void close();
}
