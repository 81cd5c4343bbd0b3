package app.dealbrief.ui.common;

/**
 * "Latest request wins" for work run in the background: a result that arrives after a newer request was
 * made (a slower search for what the user typed before, the briefing of the account they left) is dropped
 * instead of overwriting the newer one. Used on the UI thread only, where requests are made and results
 * arrive.
 */
public final class Latest {
    private long current;

    /** One request: {@link #isLatest} while no newer one was made and nothing was cancelled since. */
    public interface Ticket {
        boolean isLatest();
    }

    /** Starts a request; every earlier ticket stops being the latest. */
    public Ticket next() {
        long mine = ++current;
        return () -> mine == current;
    }

    /** Makes every ticket so far stale without starting a request (the view was cleared or closed). */
    public void cancel() {
        ++current;
    }
}
