package app.dealbrief.ui.common;

import java.util.List;

/**
 * One field of a small form dialog: a text field, or a choice when {@code choices} is not empty.
 *
 * @param key   what the answer map uses
 * @param value the starting value, "" when none
 */
public record FormField(String key, String label, String value, List<String> choices) {
    public FormField {
        value = value == null ? "" : value;
        choices = List.copyOf(choices);
    }

    public static FormField text(String key, String label, String value) {
        return new FormField(key, label, value, List.of());
    }

    public static FormField choice(String key, String label, String value, List<String> choices) {
        return new FormField(key, label, value, choices);
    }
}
