package app.dealbrief.domain;

/** Kinds of partnership term; {@link #label()} is the contract vocabulary. */
public enum TermCategory {
    EXCLUSIVITY("exclusivity"),
    IP_RIGHTS("ip-rights"),
    SPEND_COMMITMENT("spend-commitment"),
    INVESTMENT("investment"),
    CAPACITY("capacity"),
    DURATION("duration"),
    RIGHT_OF_FIRST_REFUSAL("right-of-first-refusal"),
    MOST_FAVORED_NATION("most-favored-nation"),
    REVENUE_SHARE("revenue-share"),
    OTHER("other");

    private final String label;

    TermCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static TermCategory fromLabel(String label) {
        for (TermCategory c : values()) {
            if (c.label.equalsIgnoreCase(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown term category: " + label);
    }
}
