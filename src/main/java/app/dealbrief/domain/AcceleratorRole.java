package app.dealbrief.domain;

/** How an account uses an accelerator; {@link #label()} is the contract vocabulary. */
public enum AcceleratorRole {
    PRIMARY, SECONDARY, RAMPING, EVALUATING, LAGGING, POSSIBLE, MENTIONED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static AcceleratorRole fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
