package app.dealbrief.domain;

/**
 * A suggested pitch.
 *
 * @param origin    stated in a note, or fired by a playbook rule
 * @param rationale why: for a note pitch the surrounding guidance, for a playbook pitch the facts that fired it
 * @param evidence  the source sentence (note) or the rule id (playbook)
 * @param noteId    the note it came from; for playbook pitches the note of the first fact that fired it
 * @param status    what the user set: to try (default), used, landed, dropped
 */
public record Pitch(String headline, String rationale, Origin origin, String noteId, String evidence,
                    Status status) {
    public enum Origin {
        NOTE, PLAYBOOK;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum Status {
        TO_TRY("to try"), USED("used"), LANDED("landed"), DROPPED("dropped");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Pitch withStatus(Status s) {
        return new Pitch(headline, rationale, origin, noteId, evidence, s);
    }
}
