package app.dealbrief.testutil.messy;

import app.dealbrief.testutil.messy.Meeting.Kind;
import app.dealbrief.testutil.messy.Meeting.TaskSpec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Who attends each meeting, what was said and which tasks came out of it, per copy. */
final class Content {
    private static final List<String> RELATED = List.of("OpenAI", "Oracle", "CoreWeave", "NVIDIA", "Microsoft",
            "Fairwater", "Stargate", "GPUDirect Storage", "Checkpointing");

    private final Random r;
    private final Prose prose;
    private final Map<String, Integer> rotation = new HashMap<>();
    private final Map<String, List<String>> topics = new HashMap<>();
    private final Set<String> introduced = new HashSet<>();
    private boolean tickLostUsed;

    Content(Random r, Prose prose) {
        this.r = r;
        this.prose = prose;
    }

    void fill(Meeting m, int copies) {
        m.copiesWanted = copies;
        Cast.Account a = m.account;
        List<Cast.Person> people = Cast.peopleOf(a.name());
        int idx = rotation.merge(a.name(), 1, Integer::sum) - 1;
        m.theirs.add(people.get(idx % people.size()));
        if (people.size() > 1 && r.nextInt(5) < 2) {
            m.theirs.add(people.get((idx + 1) % people.size()));
        }
        List<Cast.Person> colleagues = new ArrayList<>(Cast.COLLEAGUES);
        Collections.shuffle(colleagues, r);
        m.ours.addAll(colleagues.subList(0, r.nextInt(3)));
        List<String> mine = topics.computeIfAbsent(a.name(), k -> {
            List<String> t = new ArrayList<>(Phrases.TOPICS);
            Collections.shuffle(t, r);
            return t;
        });
        m.topic = mine.get(idx % mine.size());
        m.title = a.name() + " " + m.topic;
        m.opportunity = "OPP-" + (10000 + Math.abs(a.name().hashCode() % 89999));
        if (m.kind == Kind.LOGISTICS) {
            m.logistics = prose.one(Phrases.LOGISTICS, m);
            m.title = a.name() + " call logistics";
            return;
        }
        if (m.kind == Kind.STUB) {
            return;
        }
        if (r.nextInt(5) == 0) {
            m.guests.add(guest(a));
        }
        m.summary.addAll(prose.pick(Phrases.SUMMARY, m, 2 + r.nextInt(2)));
        m.bullets.addAll(prose.pick(Phrases.BULLETS, m, 3 + r.nextInt(4)));
        if (copies > 1) {
            m.extra = prose.one(Phrases.EXTRAS, m);
        }
        List<Cast.Person> present = new ArrayList<>(m.theirs);
        present.addAll(m.guests);
        for (Cast.Person p : present) {
            if (p.clue() == Cast.Clue.SENTENCE && introduced.add(p.name())) {
                m.introductions.add(p.name() + " is the " + p.role() + " at " + p.company() + ".");
            }
        }
        m.prose = r.nextInt(4) == 0;
        List<String> rel = new ArrayList<>(RELATED);
        rel.remove(a.name());
        Collections.shuffle(rel, r);
        m.related.addAll(rel.subList(0, 1 + r.nextInt(3)));
        tasks(m, copies);
    }

    /** Someone from another company in the room: a partner, never the account's side. */
    private Cast.Person guest(Cast.Account a) {
        String from = a.name().equals("NVIDIA") ? "CoreWeave" : "NVIDIA";
        List<Cast.Person> ps = Cast.peopleOf(from);
        return ps.get(r.nextInt(ps.size()));
    }

    private void tasks(Meeting m, int copies) {
        int n = copies >= 3 ? 2 + r.nextInt(3) : r.nextInt(4);
        for (int i = 0; i < n; i++) {
            String text = prose.task(m);
            String owner = owner(m);
            java.time.LocalDate due = r.nextInt(4) > 0 ? m.date.plusDays(2 + r.nextInt(34)) : null;
            String priority = r.nextInt(5) == 0 ? (r.nextBoolean() ? "\u23EB" : "\uD83D\uDD3C") : null;
            TaskSpec t = new TaskSpec(text, owner, due, priority, copies, singleBox());
            if (copies > 1) {
                progress(m, t, i, copies);
            }
            m.tasks.add(t);
        }
    }

    /**
     * Copies are ordered oldest first. The first task is open before the split and done after it, the second moves
     * to in progress, the third only exists in the newer copies; later tasks read the same in every copy.
     */
    private void progress(Meeting m, TaskSpec t, int i, int copies) {
        int split = 1 + r.nextInt(copies - 1);
        for (int v = 0; v < copies; v++) {
            boolean newer = v >= split;
            switch (i) {
                case 0 -> t.boxes[v] = newer ? 'x' : ' ';
                case 1 -> t.boxes[v] = newer ? '/' : ' ';
                case 2 -> {
                    if (!tickLostUsed && copies >= 3) {
                        t.boxes[v] = v == 0 ? 'x' : ' ';
                    } else {
                        t.boxes[v] = newer ? (m.id.hashCode() % 2 == 0 ? ' ' : '?') : 0;
                    }
                }
                default -> {
                }
            }
        }
        if (i == 2 && !tickLostUsed && copies >= 3) {
            tickLostUsed = true;
            m.tickLost = true;
            m.lostTick = t;
        }
    }

    private char singleBox() {
        int x = r.nextInt(20);
        return x < 9 ? ' ' : x < 12 ? '/' : x < 14 ? '?' : x < 18 ? 'x' : '-';
    }

    private String owner(Meeting m) {
        return switch (r.nextInt(6)) {
            case 0, 1 -> m.theirs.get(0).first();
            case 2 -> "Jordan";
            case 3 -> m.ours.isEmpty() ? null : m.ours.get(0).first();
            case 4 -> m.ours.isEmpty() ? m.theirs.get(0).name() : m.ours.get(0).name();
            default -> null;
        };
    }
}
