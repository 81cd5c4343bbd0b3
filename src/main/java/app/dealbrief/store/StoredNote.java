package app.dealbrief.store;

import java.time.LocalDate;
import java.util.List;

/** A note row as stored: the text is the truth, the rest is what listings need without parsing. */
public record StoredNote(String id, String account, String title, LocalDate date, String type, String source,
                         String path, String text, String duplicateOf, List<String> flags) {
    public StoredNote {
        flags = List.copyOf(flags);
    }
}
