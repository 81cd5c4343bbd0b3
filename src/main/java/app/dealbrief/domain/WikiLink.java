package app.dealbrief.domain;

/** {@code [[target#heading|alias]]}; heading and alias may be null. */
public record WikiLink(String target, String heading, String alias) {
    public String display() {
        return alias != null ? alias : target;
    }
}
