package org.glossa.site;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glossa.cite.CitationCache;
import org.glossa.model.EssayMetadata;

/**
 * The essay's own reference: {@code cite.bib}, {@code cite.ris} and {@code cite.json} for
 * reference managers, and the Chicago citation shown in the "Cite this essay" block. Written from
 * the model in Java: these are not HTML, so HTML-mode templates would escape them wrongly.
 *
 * <p>An author written {@code Family, Given} in {@code essay.author} is a person; any other name
 * (e.g. "The Glossa editors") is kept whole, as an organisation's.
 */
public final class CitationFiles {
    public static final String BIBTEX = "cite.bib";
    public static final String RIS = "cite.ris";
    public static final String CSL_JSON = "cite.json";

    /** The CSL style of the citation block: Chicago notes and bibliography, bibliography form. */
    static final String STYLE = "chicago-notes-bibliography";

    private CitationFiles() {}

    public static void write(EssayMetadata m, Path site) throws IOException {
        Files.writeString(site.resolve(BIBTEX), bibtex(m), StandardCharsets.UTF_8);
        Files.writeString(site.resolve(RIS), ris(m), StandardCharsets.UTF_8);
        Files.writeString(site.resolve(CSL_JSON), cslJson(m), StandardCharsets.UTF_8);
    }

    /** The download links of the citation block, in the order readers see them. */
    static List<Map<String, String>> downloads(String root) {
        List<Map<String, String>> files = new ArrayList<>();
        files.add(Map.of("label", "BibTeX", "url", root + BIBTEX, "type", "application/x-bibtex"));
        files.add(Map.of("label", "RIS", "url", root + RIS, "type", "application/x-research-info-systems"));
        files.add(
                Map.of("label", "CSL-JSON", "url", root + CSL_JSON, "type", "application/vnd.citationstyles.csl+json"));
        return files;
    }

    // ---- BibTeX (biblatex's @online, which BibTeX tools read as misc) -----------------------

    static String bibtex(EssayMetadata m) {
        StringBuilder sb = new StringBuilder("@online{").append(m.key()).append(",\n");
        List<String> authors = new ArrayList<>();
        for (String a : m.authors()) {
            authors.add(isPerson(a) ? escapeBib(a) : "{" + escapeBib(a) + "}");
        }
        field(sb, "author", String.join(" and ", authors));
        // Double braces keep the title's capitals in styles that lowercase titles.
        field(sb, "title", "{" + escapeBib(m.fullTitle()) + "}");
        if (!m.subtitle().isEmpty()) {
            field(sb, "shorttitle", "{" + escapeBib(m.title()) + "}");
        }
        if (!m.published().isEmpty()) {
            field(sb, "date", m.published());
            field(sb, "year", m.year());
            field(sb, "month", String.valueOf(Integer.parseInt(m.published().substring(5, 7))));
        }
        field(sb, "url", bibUrl(m.url()));
        if (isRevised(m)) {
            field(sb, "note", "Last revised " + m.modified());
        }
        return sb.append("}\n").toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    private static String escapeBib(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> sb.append('\\').append(c);
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                case '\n', '\r' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A URL is verbatim in biblatex: only braces would unbalance the field. */
    private static String bibUrl(String url) {
        return url.replace("{", "%7B").replace("}", "%7D");
    }

    // ---- RIS ----------------------------------------------------------------------------

    static String ris(EssayMetadata m) {
        StringBuilder sb = new StringBuilder();
        line(sb, "TY", "ELEC");
        line(sb, "ID", m.key());
        for (String a : m.authors()) {
            line(sb, "AU", a); // "Family, Given"; a name without a comma stays whole in Zotero
        }
        line(sb, "TI", m.fullTitle());
        if (!m.subtitle().isEmpty()) {
            line(sb, "ST", m.title());
        }
        if (!m.published().isEmpty()) {
            line(sb, "PY", m.year());
            line(sb, "DA", m.published().replace('-', '/') + "/");
        }
        line(sb, "UR", m.url());
        if (!m.language().isEmpty()) {
            line(sb, "LA", m.language());
        }
        if (isRevised(m)) {
            line(sb, "N1", "Last revised " + m.modified());
        }
        line(sb, "ER", "");
        return sb.toString();
    }

    private static void line(StringBuilder sb, String tag, String value) {
        sb.append(tag)
                .append("  - ")
                .append(value.replace('\r', ' ').replace('\n', ' '))
                .append("\r\n");
    }

    // ---- CSL-JSON and the Chicago citation ------------------------------------------------

    static String cslJson(EssayMetadata m) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", m.key());
        item.put("type", "webpage");
        item.put("title", m.fullTitle());
        if (!m.subtitle().isEmpty()) {
            item.put("title-short", m.title());
        }
        List<Map<String, String>> authors = new ArrayList<>();
        for (String a : m.authors()) {
            Map<String, String> name = new LinkedHashMap<>();
            if (isPerson(a)) {
                name.put("family", family(a));
                name.put("given", given(a));
            } else {
                name.put("literal", a);
            }
            authors.add(name);
        }
        item.put("author", authors);
        if (!m.published().isEmpty()) {
            item.put("issued", Map.of("date-parts", List.of(dateParts(m.published()))));
        }
        item.put("URL", m.url());
        if (!m.language().isEmpty()) {
            item.put("language", m.language());
        }
        if (isRevised(m)) {
            item.put("note", "Last revised " + m.modified());
        }
        Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
        return gson.toJson(List.of(item)) + "\n";
    }

    /** What the essay's Chicago entry is made of (see {@link #cslItem}). */
    private record ChicagoKey(
            String key, String title, List<String> authors, String url, String published, String language) {}

    /** The essay's bibliography entry in Chicago style, as plain text (the URL included). */
    public static String chicago(EssayMetadata m) {
        return chicago(m, CitationCache.none());
    }

    /**
     * {@link #chicago(EssayMetadata)}, kept in {@code cache}: between builds, and between the
     * preview server's rebuilds, where starting a CSL processor for one entry was most of the
     * page models' time.
     */
    public static String chicago(EssayMetadata m, CitationCache cache) {
        return cache.get(
                () -> {
                    ChicagoKey key =
                            new ChicagoKey(m.key(), m.fullTitle(), m.authors(), m.url(), m.published(), m.language());
                    String locale = m.language().isEmpty() ? "en-US" : m.language();
                    return String.join("\n", CitationCache.identity(STYLE, locale), "essay-entry", key.toString());
                },
                () -> formatChicago(m));
    }

    private static String formatChicago(EssayMetadata m) {
        ListItemDataProvider provider = new ListItemDataProvider(cslItem(m));
        try {
            CSL csl;
            try {
                csl = new CSL(provider, STYLE, m.language().isEmpty() ? "en-US" : m.language());
            } catch (IllegalArgumentException noSuchLocale) {
                csl = new CSL(provider, STYLE, "en-US");
            }
            csl.setOutputFormat("text");
            csl.registerCitationItems(m.key());
            return csl.makeBibliography().makeString().strip();
        } catch (IOException e) {
            throw new IllegalStateException("CSL style " + STYLE + " is missing from the classpath", e);
        }
    }

    private static CSLItemData cslItem(EssayMetadata m) {
        List<CSLName> names = new ArrayList<>();
        for (String a : m.authors()) {
            names.add(
                    isPerson(a)
                            ? new CSLNameBuilder()
                                    .family(family(a))
                                    .given(given(a))
                                    .build()
                            : new CSLNameBuilder().literal(a).build());
        }
        CSLItemDataBuilder b = new CSLItemDataBuilder()
                .id(m.key())
                .type(CSLType.WEBPAGE)
                // CSL reads <b>, <i> in fields as rich text: keep the title literal.
                .title(m.fullTitle().replace("<", "\u2039").replace(">", "\u203a"))
                .author(names.toArray(CSLName[]::new))
                .URL(m.url());
        if (!m.published().isEmpty()) {
            int[] p = dateParts(m.published()).stream()
                    .mapToInt(Integer::intValue)
                    .toArray();
            b.issued(p[0], p[1], p[2]);
        }
        return b.build();
    }

    private static boolean isRevised(EssayMetadata m) {
        return !m.modified().isEmpty() && !m.modified().equals(m.published());
    }

    /** {@code Family, Given}: one comma, both parts non-empty. */
    static boolean isPerson(String name) {
        int comma = name.indexOf(',');
        return comma > 0
                && comma == name.lastIndexOf(',')
                && !name.substring(comma + 1).isBlank();
    }

    private static String family(String name) {
        return name.substring(0, name.indexOf(',')).strip();
    }

    private static String given(String name) {
        return name.substring(name.indexOf(',') + 1).strip();
    }

    private static List<Integer> dateParts(String isoDate) {
        List<Integer> parts = new ArrayList<>();
        for (String p : isoDate.split("-")) {
            parts.add(Integer.parseInt(p.toLowerCase(Locale.ROOT)));
        }
        return parts;
    }
}
