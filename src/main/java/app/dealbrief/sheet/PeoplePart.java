package app.dealbrief.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.dealbrief.domain.Person;
import app.dealbrief.domain.SheetOptions.Panel;

/** Key people, most recently met first: name, then when and how often. */
final class PeoplePart extends Part<Person> {

    PeoplePart(List<Person> people, String title) {
        super(Panel.PEOPLE, title, people, 4f, 2, "person", "people");
    }

    static PeoplePart of(List<Person> people) {
        List<Person> sorted = new ArrayList<>(people);
        sorted.sort(Comparator.comparing(Person::lastContact, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Comparator.comparingInt(Person::noteCount).reversed()));
        return new PeoplePart(sorted, "Key people");
    }

    @Override
    Part<Person> with(List<Person> rest, String newTitle) {
        return new PeoplePart(rest, newTitle);
    }

    @Override
    List<Row> rows(List<Person> people, float width) {
        List<Row> rows = new ArrayList<>();
        for (Person p : people) {
            List<Op> ops = new ArrayList<>();
            String meta = (p.lastContact() == null ? "" : "last met " + Fmt.date(p.lastContact()) + "  ·  ")
                    + Fmt.plural(p.noteCount(), "note", "notes");
            float metaW = Wrap.width(meta, Face.REGULAR, SMALL);
            String name = Wrap.fit(p.name(), Math.max(40, width - metaW - 8), Face.BOLD, BODY);
            ops.add(new Op.Text(0, 8.6f, name, Face.BOLD, BODY, Ink.TEXT));
            ops.add(new Op.Text(width - metaW, 8.6f, Wrap.fit(meta, width - 40, Face.REGULAR, SMALL),
                    Face.REGULAR, SMALL, Ink.MUTED));
            ops.add(new Op.Line(0, 12.4f, width, 12.4f, 0.3f, Ink.RULE));
            rows.add(new Row(new Block(13.4f, ops), 1));
        }
        return rows;
    }
}
