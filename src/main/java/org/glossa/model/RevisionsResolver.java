package org.glossa.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.diag.Diagnostics;
import org.glossa.markdown.FrontMatter;

/**
 * The home page's {@code revisions}: a list of {@code {date, summary}} with optional
 * {@code pages: [essay/03-radio.md]} naming the pages a revision touched. They are shown as
 * "Updates and corrections" and drive the feed; dates must be ISO dates, pages must exist.
 */
public final class RevisionsResolver implements EssayResolver {
    /** Key in the home page's {@link Page#data()}. */
    public static final String DATA_KEY = "revisions";

    /** One validated revision, newest first in {@link #of(Essay)}. */
    public record Revision(LocalDate date, String summary, List<Page> pages) {}

    @Override
    public void resolve(Essay essay, Diagnostics diags) {
        Page home = essay.home();
        if (home == null) {
            return;
        }
        FrontMatter.Field field = home.frontMatter().field("revisions");
        List<Revision> revisions = new ArrayList<>();
        if (field != null && field.value() instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Revision r = read(essay, home, field.itemOffset(i), list.get(i), diags);
                if (r != null) {
                    revisions.add(r);
                }
            }
        }
        revisions.sort(Comparator.comparing(Revision::date).reversed());
        home.data().put(DATA_KEY, new Revisions(List.copyOf(revisions)));
    }

    private static Revision read(Essay essay, Page home, int at, Object item, Diagnostics diags) {
        if (!(item instanceof Map<?, ?> map)) {
            diags.error(
                    home.source(),
                    at,
                    "front-matter.type",
                    "each revision must be {date: YYYY-MM-DD, summary: \"...\"}");
            return null;
        }
        for (Object key : map.keySet()) {
            if (!List.of("date", "summary", "pages").contains(String.valueOf(key))) {
                diags.error(
                        home.source(),
                        at,
                        "front-matter.unknown-key",
                        "unknown key '" + key + "' in a revision (allowed: date, summary, pages)");
            }
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(String.valueOf(map.get("date")));
        } catch (DateTimeParseException e) {
            diags.error(
                    home.source(),
                    at,
                    "front-matter.type",
                    "revision date '" + map.get("date") + "' must be an ISO date such as 2026-11-25");
        }
        Object summary = map.get("summary");
        if (!(summary instanceof String s) || s.isBlank()) {
            diags.error(home.source(), at, "front-matter.missing-key", "a revision needs a summary");
            return null;
        }
        List<Page> pages = new ArrayList<>();
        if (map.get("pages") instanceof List<?> paths) {
            for (Object path : paths) {
                Page page = essay.page(String.valueOf(path)).orElse(null);
                if (page == null) {
                    diags.error(
                            home.source(),
                            at,
                            "link.missing-file",
                            "revision names a page that does not exist: content/" + path);
                } else {
                    pages.add(page);
                }
            }
        } else if (map.containsKey("pages")) {
            diags.error(
                    home.source(), at, "front-matter.type", "'pages' of a revision must be a list of content paths");
        }
        return date == null ? null : new Revision(date, (String) summary, pages);
    }

    /** All revisions of the essay, newest first; empty when it declares none. */
    public static List<Revision> of(Essay essay) {
        if (essay.home() != null && essay.home().data().get(DATA_KEY) instanceof Revisions r) {
            return r.list();
        }
        return List.of();
    }

    /** The revisions as templates see them: {@code content.glossa.revisions}. */
    record Revisions(List<Revision> list) implements TemplateData {
        @Override
        public Object forTemplate(String root) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Revision r : list) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("date", r.date().toString());
                m.put(
                        "display",
                        r.date()
                                .format(java.time.format.DateTimeFormatter.ofPattern(
                                        "d MMMM yyyy", java.util.Locale.ENGLISH)));
                m.put("summary", r.summary());
                m.put(
                        "pages",
                        r.pages().stream()
                                .map(p -> Map.of("title", p.title(), "url", root + p.url()))
                                .toList());
                out.add(m);
            }
            return out;
        }
    }
}
