package app.dealbrief.domain;

import java.time.Instant;

/** Editor text that was typed but not saved when DealBrief last stopped; offered back, never applied silently. */
public record UnsavedText(String noteId, String account, String title, Instant typedAt, String body) {
}
