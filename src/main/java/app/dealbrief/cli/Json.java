package app.dealbrief.cli;

import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.ActionItem;
import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.Person;
import app.dealbrief.domain.Pitch;
import app.dealbrief.domain.SearchHit;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the CLI contract (DESIGN.md section 3), built field by field so names, order and nulls are
 * exactly the documented ones whatever the domain records grow. Written with Jackson's streaming
 * generator (the same pretty printer an ObjectMapper uses): creating an ObjectMapper costs ~230 ms of a
 * cold start, for maps of strings and numbers that need none of its data binding.
 */
final class Json {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private Json() {
    }

    static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            value(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof Float f) {
            g.writeNumber(f);
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) {
                value(g, o);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("not part of the JSON contract: " + v.getClass().getName());
        }
    }

    static Map<String, Object> account(AccountSummary a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        m.put("noteCount", a.noteCount());
        m.put("newestNote", date(a.newestNote()));
        m.put("sample", a.sample());
        return m;
    }

    static Map<String, Object> note(NoteSummary n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("title", n.title());
        m.put("date", date(n.date()));
        m.put("type", n.type());
        m.put("source", n.source());
        m.put("path", n.path());
        return m;
    }

    static Map<String, Object> hit(SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("noteId", h.noteId());
        m.put("account", h.account());
        m.put("title", h.title());
        m.put("date", date(h.date()));
        m.put("score", Math.round(h.score() * 1000.0) / 1000.0);
        m.put("snippet", h.snippet());
        return m;
    }

    static Map<String, Object> briefing(Briefing b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account", b.account());
        m.put("asOf", date(b.asOf()));
        m.put("noteCount", b.noteCount());
        m.put("summary", b.summary());
        m.put("signals", b.signals());
        m.put("partnershipTerms", b.partnershipTerms().stream().map(Json::term).toList());
        m.put("acceleratorMix", b.acceleratorMix().stream().map(Json::accelerator).toList());
        m.put("pitches", b.pitches().stream().map(Json::pitch).toList());
        m.put("related", b.related());
        m.put("actionItems", b.actionItems().stream().map(Json::action).toList());
        m.put("people", b.people().stream().map(Json::person).toList());
        return m;
    }

    private static Map<String, Object> action(ActionItem a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", a.text());
        m.put("owner", a.owner());
        m.put("due", date(a.due()));
        m.put("status", a.state().label());
        m.put("noteId", a.noteId());
        m.put("copies", a.copies());
        return m;
    }

    private static Map<String, Object> person(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("company", p.company());
        m.put("role", p.role());
        m.put("lastContact", date(p.lastContact()));
        m.put("noteCount", p.noteCount());
        return m;
    }

    private static Map<String, Object> term(PartnershipTerm t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agreement", t.agreement());
        m.put("parties", t.parties());
        m.put("category", t.category().label());
        m.put("text", t.text());
        m.put("amountUsd", t.amountUsd());
        m.put("gigawatts", t.gigawatts());
        m.put("year", t.year());
        m.put("negated", t.negated());
        m.put("noteId", t.noteId());
        m.put("noteDate", date(t.noteDate()));
        m.put("copies", t.supportCount());
        return m;
    }

    private static Map<String, Object> accelerator(AcceleratorUse a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vendor", a.vendor());
        m.put("family", a.family());
        m.put("role", a.role().label());
        m.put("evidence", a.evidence());
        m.put("noteId", a.noteId());
        m.put("noteDate", date(a.noteDate()));
        m.put("copies", a.supportCount());
        return m;
    }

    private static Map<String, Object> pitch(Pitch p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("headline", p.headline());
        m.put("rationale", p.rationale());
        m.put("origin", p.origin().label());
        m.put("noteId", p.noteId());
        return m;
    }

    static List<Map<String, Object>> accounts(List<AccountSummary> list) {
        return list.stream().map(Json::account).toList();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
