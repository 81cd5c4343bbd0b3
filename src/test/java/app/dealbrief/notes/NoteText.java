package app.dealbrief.notes;

import java.util.ArrayList;
import java.util.List;

/** Builds note text line by line, so each test shows only what it is about. */
final class NoteText {
    private final List<String> front = new ArrayList<>();
    private final List<String> body = new ArrayList<>();
    private boolean hasFront;

    static NoteText note() {
        return new NoteText();
    }

    NoteText fm(String line) {
        hasFront = true;
        front.add(line);
        return this;
    }

    NoteText line(String line) {
        body.add(line);
        return this;
    }

    String build() {
        return build("\n");
    }

    String build(String nl) {
        StringBuilder sb = new StringBuilder();
        if (hasFront) {
            sb.append("---").append(nl);
            front.forEach(l -> sb.append(l).append(nl));
            sb.append("---").append(nl);
        }
        body.forEach(l -> sb.append(l).append(nl));
        return sb.toString();
    }
}
