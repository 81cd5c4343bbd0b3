/**
 * Full-text search over notes, with Lucene used directly. The index is derived data: H2 is the
 * truth, and {@link app.dealbrief.store.search.SearchIndex#rebuild} refills the index whenever
 * {@link app.dealbrief.store.search.SearchIndex#needsRebuild} says it is missing, wiped or
 * incomplete, or when {@link app.dealbrief.store.search.SearchIndex#size} disagrees with the store.
 *
 * <p>The query language is documented on {@link app.dealbrief.store.search.NoteQuery}. Snippets in
 * {@code SearchHit} are plain text (about 160 characters, "…" where cut); the UI highlights them
 * with {@link app.dealbrief.store.search.SearchIndex#matches}, which returns the character spans
 * of the query's words using the same analysis as the index.
 */
package app.dealbrief.store.search;
