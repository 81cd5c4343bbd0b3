package app.dealbrief.testutil.messy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** One meeting, e-mail or call: a cluster. Its copies are the files a note generator saved for it. */
final class Meeting {
    enum Kind { CALL, MEETING, EMAIL, WORKSHOP, QBR, LOGISTICS, STUB }

    /** Front matter layout of one copy. */
    enum Style { GENERATOR, KEPANO, HAND, NONE }

    final String id;
    final Cast.Account account;
    final LocalDate date;
    final LocalTime time;
    final Kind kind;
    String stem;
    String title;
    String topic;
    final List<Cast.Person> theirs = new ArrayList<>();
    final List<Cast.Person> ours = new ArrayList<>();
    /** Names of people from another company who joined (partners); not the account's side. */
    final List<Cast.Person> guests = new ArrayList<>();
    final List<String> summary = new ArrayList<>();
    final List<String> bullets = new ArrayList<>();
    /** A sentence some copies add. */
    String extra;
    /** "Greg Halvorsen is the ... at Microsoft." sentences, kept in every copy. */
    final List<String> introductions = new ArrayList<>();
    final List<TaskSpec> tasks = new ArrayList<>();
    final List<String> related = new ArrayList<>();
    boolean prose;
    /** For the same-day trap: the other meeting whose folder and file name this one shares, plus " (2)". */
    Meeting twinOf;
    /** The partner of the twin trap: saved once, in its account folder. */
    boolean pinned;
    int copiesWanted = 1;
    /** Set on the one cluster whose older copy has a task ticked that the newer copy shows open again. */
    boolean tickLost;
    /** In a {@link #tickLost} cluster, the task ticked only in the oldest copy. */
    TaskSpec lostTick;
    /** Which empty stub this is (0..3), for {@link Kind#STUB}. */
    int stubType;
    String logistics;
    String opportunity;
    final List<Copy> copies = new ArrayList<>();

    Meeting(String id, Cast.Account account, LocalDate date, LocalTime time, Kind kind) {
        this.id = id;
        this.account = account;
        this.date = date;
        this.time = time;
        this.kind = kind;
    }

    /**
     * One saved file of the meeting. {@code version} 0 is the oldest.
     *
     * @param accountValue the raw value written in the account-bearing field (may be a placeholder)
     * @param dropBullet   index of a bullet this copy leaves out, or -1
     */
    record Copy(int version, String path, Style style, String accountValue, boolean inFolder, boolean crlf,
                boolean bom, String sourceRef, boolean withExtra, int dropBullet, long rewordSeed,
                boolean isoDateTime, boolean commaTags) {
    }

    /** An Obsidian task; its checkbox may differ per copy (open in an old copy, done in a newer one). */
    static final class TaskSpec {
        final String text;
        final String owner;
        final LocalDate due;
        final String priority;
        /** Checkbox character per copy version; 0 means the copy does not have the task. */
        final char[] boxes;

        TaskSpec(String text, String owner, LocalDate due, String priority, int copies, char box) {
            this.text = text;
            this.owner = owner;
            this.due = due;
            this.priority = priority;
            this.boxes = new char[copies];
            java.util.Arrays.fill(boxes, box);
        }

        /** done beats in progress beats open beats proposed, across all copies; cancelled is written consistently. */
        char finalBox() {
            char best = 0;
            for (char c : boxes) {
                if (c != 0 && rank(c) > rank(best)) {
                    best = c;
                }
            }
            return best;
        }

        private static int rank(char c) {
            return switch (c) {
                case 0 -> -1;
                case '?' -> 0;
                case ' ' -> 1;
                case '/' -> 2;
                case 'x' -> 3;
                case '-' -> 4;
                default -> throw new IllegalStateException("box " + c);
            };
        }

        String line(int version) {
            StringBuilder b = new StringBuilder("- [").append(boxes[version]).append("] ").append(text);
            if (priority != null) {
                b.append(' ').append(priority);
            }
            if (owner != null) {
                b.append(" @").append(owner);
            }
            if (due != null) {
                b.append(" \uD83D\uDCC5 ").append(due);
            }
            return b.toString();
        }
    }
}
