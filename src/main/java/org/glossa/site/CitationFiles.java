package org.glossa.site;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.model.EssayMetadata;

/**
 * {@code cite.bib}, {@code cite.ris} and {@code cite.json}: the essay's own reference, for
 * reference managers. Written from the model in Java: these are not HTML, so HTML-mode templates
 * would escape them wrongly.
 */
public final class CitationFiles {
    private CitationFiles() {}

    public static void write(EssayMetadata m, Path site) throws IOException {
        Files.writeString(site.resolve("cite.bib"), bibtex(m), StandardCharsets.UTF_8);
        Files.writeString(site.resolve("cite.ris"), ris(m), StandardCharsets.UTF_8);
        Files.writeString(site.resolve("cite.json"), cslJson(m), StandardCharsets.UTF_8);
    }

    static String bibtex(EssayMetadata m) {
        StringBuilder sb = new StringBuilder("@online{").append(m.key()).append(",\n");
        field(sb, "author", String.join(" and ", m.authors().stream().map(a -> "{" + a + "}").toList()));
        field(sb, "title", "{" + m.title() + "}");
        if (!m.subtitle().isEmpty()) {
            field(sb, "subtitle", "{" + m.subtitle() + "}");
        }
        if (!m.year().isEmpty()) {
            field(sb, "year", m.year());
            field(sb, "date", m.published());
        }
        if (!m.modified().isEmpty() && !m.modified().equals(m.published())) {
            field(sb, "note", "Revised " + m.modified());
        }
        field(sb, "url", m.url());
        field(sb, "langid", m.language());
        return sb.append("}\n").toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append("  ").append(name).append(" = {").append(escapeBib(value)).append("},\n");
    }

    private static String escapeBib(String s) {
        return s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("$", "\\$")
                .replace("#", "\\#").replace("_", "\\_");
    }

    static String ris(EssayMetadata m) {
        StringBuilder sb = new StringBuilder();
        line(sb, "TY", "ELEC");
        for (String a : m.authors()) {
            line(sb, "AU", a);
        }
        line(sb, "TI", m.title());
        if (!m.subtitle().isEmpty()) {
            line(sb, "T2", m.subtitle());
        }
        if (!m.year().isEmpty()) {
            line(sb, "PY", m.year());
            line(sb, "DA", m.published().replace('-', '/'));
        }
        line(sb, "UR", m.url());
        line(sb, "LA", m.language());
        line(sb, "ER", "");
        return sb.toString();
    }

    private static void line(StringBuilder sb, String tag, String value) {
        sb.append(tag).append("  - ").append(value.replace('\n', ' ')).append("\r\n");
    }

    static String cslJson(EssayMetadata m) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", m.key());
        item.put("type", "webpage");
        item.put("title", m.subtitle().isEmpty() ? m.title() : m.title() + ": " + m.subtitle());
        List<Map<String, String>> authors = new ArrayList<>();
        for (String a : m.authors()) {
            authors.add(Map.of("literal", a));
        }
        item.put("author", authors);
        if (!m.published().isEmpty()) {
            item.put("issued", Map.of("date-parts", List.of(dateParts(m.published()))));
        }
        item.put("URL", m.url());
        item.put("language", m.language());
        Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
        return gson.toJson(List.of(item)) + "\n";
    }

    private static List<Integer> dateParts(String isoDate) {
        List<Integer> parts = new ArrayList<>();
        for (String p : isoDate.split("-")) {
            try {
                parts.add(Integer.parseInt(p));
            } catch (NumberFormatException e) {
                break;
            }
        }
        return parts;
    }
}
