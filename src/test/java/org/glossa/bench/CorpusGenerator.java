package org.glossa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes the benchmark corpus: a synthetic essay of a given number of sections, byte for byte the
 * same for the same arguments, in Glossa's authoring syntax or in stock JBake's header format.
 *
 * <p>Each section has about {@value #WORDS_PER_SECTION} words in three headed parts (ids {@code
 * part-1} to {@code part-3}), {@value #CITATIONS_PER_SECTION} citations and {@value
 * #FOOTNOTES_PER_SECTION} footnotes (10 notes), {@value #TERM_LINKS_PER_SECTION} glossary links and
 * {@value #CROSS_LINKS_PER_SECTION} links to headings of other sections. The essay has {@value
 * #SOURCES} sources and {@value #TERMS} glossary entries; each entry cites two sources and links the
 * next entry, and the home page lists every term, so every source is cited and every term used at
 * any size (a strict build has nothing to warn about). The JBake copy has the same bodies under JBake headers; its engine leaves our
 * citation and glossary syntax as text.
 *
 * <p>Usage: {@code CorpusGenerator SECTIONS DIR [glossa|jbake]} (used by {@code bench/run.sh}).
 */
public final class CorpusGenerator {
    public static final int WORDS_PER_SECTION = 1500;
    public static final int CITATIONS_PER_SECTION = 5;
    public static final int FOOTNOTES_PER_SECTION = 5;
    public static final int TERM_LINKS_PER_SECTION = 5;
    public static final int CROSS_LINKS_PER_SECTION = 3;
    public static final int SOURCES = 200;
    public static final int TERMS = 100;

    private static final int PARTS = 3;
    private static final int PARAGRAPHS = 9;
    private static final int WORDS_PER_PARAGRAPH = 140;
    private static final int WORDS_PER_FOOTNOTE = 30;
    private static final long SEED = 20261125L;

    /** The two syntaxes the corpus is written in. */
    public enum Format {
        GLOSSA,
        JBAKE
    }

    private static final String[] NOUNS = {
        "treaty", "harbour", "ministry", "delegation", "province", "station", "archive", "mission", "budget", "border",
        "envoy", "council", "railway", "market", "garrison", "embassy", "report", "network", "credit", "convoy",
        "cabinet", "frontier", "agreement", "survey", "programme", "transmitter", "studio", "village", "canal",
                "ledger",
        "dispatch", "memorandum", "loan", "assembly", "tariff", "exercise", "visit", "pledge", "corridor", "bureau",
        "highway", "reservoir", "school", "hospital", "court", "press", "radio", "donor", "patron", "ally"
    };
    private static final String[] ADJECTIVES = {
        "northern", "careful", "official", "uncertain", "regional", "modest", "formal", "quiet", "lasting", "early",
        "costly", "public", "rival", "steady", "neutral", "distant", "coastal", "local", "brief", "central",
        "divided", "open", "narrow", "recent", "later", "western", "eastern", "joint", "partial", "direct"
    };
    private static final String[] VERBS = {
        "described", "weighed", "recorded", "financed", "resisted", "accepted", "questioned", "explained", "delayed",
        "approved", "measured", "reported", "renewed", "examined", "reduced", "extended", "noted", "balanced",
        "defended", "revised", "doubted", "announced", "planned", "compared", "traced"
    };
    private static final String[] LINKS = {
        "the", "of", "and", "in", "to", "a", "that", "with", "for", "by", "as", "from", "on", "while", "which", "after",
        "before", "between", "without", "under"
    };
    private static final String[] SURNAMES = {
        "Abbott", "Barlow", "Chen", "Dufour", "Ellison", "Fairbank", "Garcia", "Haddad", "Ishikawa", "Jensen",
        "Kovacs", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinlan", "Rossi", "Sato", "Tanaka",
        "Ueda", "Varga", "Whitfield", "Xu", "Yilmaz", "Zimmer", "Achterberg", "Brennan", "Castell", "Delacroix",
        "Eberhardt", "Fonseca", "Gallagher", "Holloway", "Iversen", "Jaramillo", "Kerr", "Lombard", "Marsh", "Novak"
    };
    private static final String[] GIVEN = {
        "Anna", "Boris", "Clara", "David", "Elena", "Farid", "Grace", "Henrik", "Ines", "Jonas", "Keiko", "Luis",
        "Maya", "Nils", "Olga", "Pierre", "Rosa", "Samuel", "Tomas", "Vera"
    };
    private static final String[] PLACES = {"London", "New York", "Singapore", "Paris", "Ithaca", "Honolulu"};
    private static final String[] PUBLISHERS = {
        "Cornell University Press",
        "Oxford University Press",
        "ISEAS Publishing",
        "Routledge",
        "NUS Press",
        "University of Hawaii Press"
    };
    private static final String[] JOURNALS = {
        "Asian Survey",
        "Pacific Affairs",
        "Journal of Southeast Asian Studies",
        "Contemporary Southeast Asia",
        "The China Quarterly"
    };
    private static final String[] ORGANISATIONS = {
        "Office of the Historian",
        "Ministry of Foreign Affairs",
        "Council on Foreign Relations",
        "World Bank",
        "Asian Development Bank"
    };
    private static final String[] TERM_ADJECTIVES = {
        "Strategic", "Coastal", "Neutral", "Joint", "Regional", "Forward", "Quiet", "Open", "Dual", "Northern"
    };
    private static final String[] TERM_NOUNS = {
        "hedging",
        "corridor",
        "compact",
        "doctrine",
        "embargo",
        "patronage",
        "alignment",
        "concession",
        "accord",
        "reserve"
    };

    private final int sections;
    private final int digits;

    private CorpusGenerator(int sections) {
        if (sections < 4) {
            throw new IllegalArgumentException("the corpus needs at least 4 sections for distinct cross-links");
        }
        this.sections = sections;
        this.digits = Math.max(2, Integer.toString(sections).length());
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: CorpusGenerator SECTIONS DIR [glossa|jbake]");
            System.exit(2);
        }
        Format format = args.length == 3 ? Format.valueOf(args[2].toUpperCase(Locale.ROOT)) : Format.GLOSSA;
        write(Integer.parseInt(args[0]), Path.of(args[1]), format);
    }

    /** Writes the corpus into {@code dir} (created; files already there are overwritten). */
    public static void write(int sections, Path dir, Format format) {
        try {
            new CorpusGenerator(sections).writeAll(dir, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeAll(Path dir, Format format) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("essay"));
        Files.createDirectories(content.resolve("glossary"));
        Files.writeString(content.resolve("sources.bib"), bibliography(), StandardCharsets.UTF_8);
        if (format == Format.GLOSSA) {
            write(dir.resolve("site-config.properties"), siteConfig());
            write(content.resolve("index.md"), glossaHeader(home()) + homeBody());
        } else {
            writeStockJBakeSkeleton(dir);
            write(content.resolve("home.md"), jbakeHeader(home(), "page", 0) + homeBody());
        }
        for (int j = 0; j < TERMS; j++) {
            Page entry = glossaryEntry(j);
            String header = format == Format.GLOSSA ? glossaHeader(entry) : jbakeHeader(entry, "page", 0);
            write(content.resolve("glossary").resolve(termSlug(j) + ".md"), header + entry.body);
        }
        for (int i = 0; i < sections; i++) {
            Page section = section(i);
            String header = format == Format.GLOSSA ? glossaHeader(section) : jbakeHeader(section, "post", i);
            write(content.resolve("essay").resolve(sectionFile(i)), header + section.body);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A page before it gets a header: ordered front-matter fields, then the Markdown body. */
    private record Page(List<String[]> fields, String body) {}

    // ---- headers ------------------------------------------------------------------------------

    private static String glossaHeader(Page page) {
        StringBuilder sb = new StringBuilder("---\n");
        for (String[] f : page.fields) {
            sb.append(f[0])
                    .append(": ")
                    .append(f[1].startsWith("[") ? f[1] : quote(f[1]))
                    .append('\n');
        }
        return sb.append("---\n\n").toString();
    }

    /** JBake's own header: {@code key=value} lines, then {@code ~~~~~~}; a date keeps its order stable. */
    private static String jbakeHeader(Page page, String type, int order) {
        String title = page.fields.get(0)[1];
        return "title=" + title + "\n"
                + "date=" + LocalDate.of(2000, 1, 1).plusDays(order) + "\n"
                + "type=" + type + "\n"
                + "status=published\n"
                + "~~~~~~\n\n";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String siteConfig() {
        return "# Benchmark corpus written by org.glossa.bench.CorpusGenerator.\n"
                + "site.title=A Benchmark Essay\n"
                + "site.subtitle=Synthetic sections for timing builds\n"
                + "site.host=https://bench.example.org/\n"
                + "essay.author=The Glossa benchmark\n"
                + "essay.language=en\n"
                + "essay.licence=CC BY 4.0\n"
                + "essay.licence.url=https://creativecommons.org/licenses/by/4.0/\n";
    }

    /** Stock JBake: a minimal template set and configuration (see docs/BENCHMARKS.md). */
    private static void writeStockJBakeSkeleton(Path dir) throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        write(
                dir.resolve("jbake.properties"),
                "# Stock JBake 2.7.0 comparison build (bench/run.sh).\n"
                        + "site.host=https://bench.example.org/\n"
                        + "render.index=true\n"
                        + "render.feed=false\n"
                        + "render.archive=false\n"
                        + "render.tags=false\n"
                        + "render.sitemap=false\n"
                        + "markdown.extensions=HARDWRAPS,AUTOLINKS,FENCED_CODE_BLOCKS,DEFINITIONS,FOOTNOTES,SMARTYPANTS\n");
        String head =
                "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>${content.title}</title>"
                        + "</head>\n<body>\n<main>\n<h1>${content.title}</h1>\n";
        String tail = "</main>\n</body>\n</html>\n";
        write(templates.resolve("post.ftl"), head + "${content.body}\n" + tail);
        write(templates.resolve("page.ftl"), head + "${content.body}\n" + tail);
        write(
                templates.resolve("index.ftl"),
                "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
                        + "<title>A Benchmark Essay</title></head>\n<body>\n<main>\n<h1>A Benchmark Essay</h1>\n<ol>\n"
                        + "<#list published_posts as post><li><a href=\"${post.uri}\">${post.title}</a></li>\n</#list>"
                        + "</ol>\n</main>\n</body>\n</html>\n");
    }

    // ---- pages --------------------------------------------------------------------------------

    private Page home() {
        Random r = random(-1);
        List<String[]> f = new ArrayList<>();
        f.add(new String[] {"title", "A Benchmark Essay"});
        f.add(new String[] {"subtitle", "Synthetic sections for timing builds"});
        f.add(new String[] {"abstract", plainSentence(r, 30)});
        return new Page(f, "");
    }

    /** The introduction, and a list of the key terms: every entry is linked from the essay at any size. */
    private String homeBody() {
        Random r = random(-2);
        StringBuilder sb = new StringBuilder(paragraph(r, 120)).append("\n\n").append(paragraph(r, 120));
        sb.append("\n\nKey terms: ");
        for (int j = 0; j < TERMS; j++) {
            sb.append(j == 0 ? "" : ", ").append("[[").append(term(j)).append("]]");
        }
        return sb.append(".\n").toString();
    }

    private Page section(int i) {
        Random r = random(i);
        List<String[]> f = new ArrayList<>();
        f.add(new String[] {"title", "Section " + (i + 1) + ": the " + word(r, ADJECTIVES) + " " + word(r, NOUNS)});
        f.add(new String[] {"summary", plainSentence(r, 18)});

        // 18 inline items, two per paragraph, in a fixed interleaving of the four kinds.
        List<String> items = new ArrayList<>();
        for (int k = 0; k < CITATIONS_PER_SECTION; k++) {
            items.add(citation(i, k));
            items.add("[^" + (k + 1) + "]");
            items.add(termLink(i, k));
        }
        for (int k = 0; k < CROSS_LINKS_PER_SECTION; k++) {
            items.add(items.size() * 2 / 3, crossLink(i, k));
        }

        StringBuilder body = new StringBuilder();
        int item = 0;
        for (int p = 0; p < PARAGRAPHS; p++) {
            if (p == 1 || p == 4 || p == 7) {
                int part = p / 3 + 1;
                body.append("## ")
                        .append(capitalize(word(r, ADJECTIVES)))
                        .append(' ')
                        .append(word(r, NOUNS))
                        .append(" and the ")
                        .append(word(r, NOUNS))
                        .append(" {#part-")
                        .append(part)
                        .append("}\n\n");
            }
            body.append(paragraphWith(r, items.get(item), items.get(item + 1))).append("\n\n");
            item += 2;
        }
        for (int k = 0; k < FOOTNOTES_PER_SECTION; k++) {
            body.append("[^")
                    .append(k + 1)
                    .append("]: ")
                    .append(sentence(r, WORDS_PER_FOOTNOTE))
                    .append("\n\n");
        }
        return new Page(f, body.toString());
    }

    private Page glossaryEntry(int j) {
        Random r = random(100_000 + j);
        List<String[]> f = new ArrayList<>();
        f.add(new String[] {"term", term(j)});
        if (j % 2 == 0) {
            f.add(new String[] {"aliases", "[" + quote(alias(j)) + "]"});
        }
        f.add(new String[] {"short", plainSentence(r, 16)});
        String next = term((j + 1) % TERMS);
        String body = sentence(r, 25).replaceFirst("\\.$", "") + " [@" + sourceKey(2 * j) + "]. "
                + sentence(r, 20).replaceFirst("\\.$", "") + ", unlike [[" + next + "]] [@" + sourceKey(2 * j + 1)
                + ", 12–14].\n";
        return new Page(f, body);
    }

    // ---- inline items -------------------------------------------------------------------------

    /**
     * Citation {@code k} of section {@code i}: four distinct sources, then the first again (a short
     * note); with and without locators and prefixes, as authors write them.
     */
    private String citation(int i, int k) {
        String key = sourceKey(((i * 4) + (k == 4 ? 0 : k)) % SOURCES);
        return switch (k) {
            case 0 -> "[@" + key + "]";
            case 1 -> "[@" + key + ", p. " + (10 + i % 90) + "]";
            case 2 -> "[see @" + key + ", " + (20 + i % 50) + "–" + (22 + i % 50) + "]";
            case 3 -> "[@" + key + "]";
            default -> "[@" + key + ", " + (40 + i % 60) + "]";
        };
    }

    /** Glossary link {@code k}: by term, by alias, with display text. */
    private String termLink(int i, int k) {
        int j = (i * TERM_LINKS_PER_SECTION + k) % TERMS;
        if (k == 1 && j % 2 == 0) {
            return "the [[" + alias(j) + "]]";
        }
        if (k == 2) {
            return "[[" + term(j) + "|this " + TERM_NOUNS[j % TERM_NOUNS.length] + "]]";
        }
        return "the [[" + term(j) + "]]";
    }

    private String crossLink(int i, int k) {
        int target =
                switch (k) {
                    case 0 -> (i + 1) % sections;
                    case 1 -> (i + sections / 2) % sections;
                    default -> (i + sections - 1) % sections;
                };
        int part = (i + k) % PARTS + 1;
        return "[section " + (target + 1) + "](" + sectionFile(target) + "#part-" + part + ")";
    }

    // ---- names --------------------------------------------------------------------------------

    private String sectionFile(int i) {
        return String.format("%0" + digits + "d-%s.md", i + 1, sectionSlug(i));
    }

    private static String sectionSlug(int i) {
        return NOUNS[i % NOUNS.length] + "-" + (i + 1);
    }

    private static String term(int j) {
        return TERM_ADJECTIVES[j / TERM_NOUNS.length] + " " + TERM_NOUNS[j % TERM_NOUNS.length];
    }

    private static String alias(int j) {
        return term(j) + " policy";
    }

    private static String termSlug(int j) {
        return term(j).toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    // ---- bibliography -------------------------------------------------------------------------

    private static final String[] SOURCE_KEYS = sourceKeys();

    private static String sourceKey(int s) {
        return SOURCE_KEYS[s];
    }

    /** Zotero-style keys, {@code surnameYEARword}, made unique with a letter where they clash. */
    private static String[] sourceKeys() {
        String[] keys = new String[SOURCES];
        Set<String> seen = new LinkedHashSet<>();
        for (int s = 0; s < SOURCES; s++) {
            String base = surname(s).toLowerCase(Locale.ROOT) + year(s) + titleWord(s);
            String key = base;
            for (char c = 'b'; !seen.add(key); c++) {
                key = base + c;
            }
            keys[s] = key;
        }
        return keys;
    }

    private static String surname(int s) {
        return SURNAMES[(s * 7) % SURNAMES.length];
    }

    private static int year(int s) {
        return 1950 + (s * 13) % 75;
    }

    private static String titleWord(int s) {
        return NOUNS[(s * 3) % NOUNS.length];
    }

    private static String bibliography() {
        StringBuilder sb =
                new StringBuilder("% Benchmark bibliography written by org.glossa.bench.CorpusGenerator.\n\n");
        for (int s = 0; s < SOURCES; s++) {
            Random r = new Random(SEED ^ (7_000_000L + s));
            String author = surname(s) + ", " + GIVEN[(s * 3) % GIVEN.length];
            String title = "The " + capitalize(word(r, ADJECTIVES)) + " " + capitalize(titleWord(s)) + ": "
                    + capitalize(word(r, NOUNS)) + " and " + capitalize(word(r, NOUNS)) + " in "
                    + capitalize(word(r, ADJECTIVES)) + " Asia";
            switch (s % 3) {
                case 0 -> sb.append("@book{")
                        .append(sourceKey(s))
                        .append(",\n")
                        .append(field("author", author))
                        .append(field("title", title))
                        .append(field("publisher", PUBLISHERS[s % PUBLISHERS.length]))
                        .append(field("address", PLACES[s % PLACES.length]))
                        .append(field("year", Integer.toString(year(s))));
                case 1 -> sb.append("@article{")
                        .append(sourceKey(s))
                        .append(",\n")
                        .append(field("author", author + " and " + surname(s + 11) + ", " + GIVEN[s % GIVEN.length]))
                        .append(field("title", title))
                        .append(field("journal", JOURNALS[s % JOURNALS.length]))
                        .append(field("volume", Integer.toString(1 + s % 60)))
                        .append(field("number", Integer.toString(1 + s % 4)))
                        .append(field("pages", (100 + s) + "--" + (120 + s)))
                        .append(field("year", Integer.toString(year(s))));
                default -> sb.append("@misc{")
                        .append(sourceKey(s))
                        .append(",\n")
                        .append(field("author", "{" + ORGANISATIONS[s % ORGANISATIONS.length] + "}"))
                        .append(field("title", title))
                        .append(field("howpublished", "Documentary series, volume " + (1 + s % 30)))
                        .append(field("year", Integer.toString(year(s))))
                        .append(field("url", "https://bench.example.org/documents/" + sourceKey(s)));
            }
            sb.append("}\n\n");
        }
        return sb.toString();
    }

    private static String field(String name, String value) {
        return "  " + name + " = {" + value + "},\n";
    }

    // ---- prose --------------------------------------------------------------------------------

    private static Random random(int salt) {
        return new Random(SEED ^ (salt * 0x9E3779B97F4A7C15L));
    }

    /** A paragraph of about {@value #WORDS_PER_PARAGRAPH} words with two inline items in it. */
    private static String paragraphWith(Random r, String first, String second) {
        List<String> sentences = sentences(r, WORDS_PER_PARAGRAPH);
        int a = r.nextInt(sentences.size() / 2);
        int b = sentences.size() / 2 + r.nextInt(sentences.size() - sentences.size() / 2);
        sentences.set(a, insert(r, sentences.get(a), first));
        sentences.set(b, insert(r, sentences.get(b), second));
        return String.join(" ", sentences);
    }

    /** Citations go before the sentence's period, footnote marks after it, links mid-sentence. */
    private static String insert(Random r, String sentence, String item) {
        String bare = sentence.substring(0, sentence.length() - 1);
        if (item.startsWith("[@") || item.startsWith("[see @")) {
            return bare + " " + item + ".";
        }
        if (item.startsWith("[^")) {
            return sentence + item;
        }
        String[] words = bare.split(" ");
        int at = 2 + r.nextInt(Math.max(1, words.length - 3));
        List<String> out = new ArrayList<>(List.of(words));
        out.add(at, "as " + item + " " + word(r, VERBS) + ",");
        return String.join(" ", out) + ".";
    }

    private static String paragraph(Random r, int words) {
        return String.join(" ", sentences(r, words));
    }

    private static List<String> sentences(Random r, int words) {
        List<String> out = new ArrayList<>();
        int written = 0;
        while (written < words) {
            int n = Math.min(12 + r.nextInt(13), Math.max(6, words - written));
            out.add(sentence(r, n));
            written += n;
        }
        return out;
    }

    /** A sentence of {@code n} words, with an occasional emphasis or quotation for the parser. */
    private static String sentence(Random r, int n) {
        return sentence(r, n, true);
    }

    /** Front-matter text is plain: no Markdown in it. */
    private static String plainSentence(Random r, int n) {
        return sentence(r, n, false);
    }

    private static String sentence(Random r, int n, boolean markup) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < n; w++) {
            String word =
                    switch (w % 4) {
                        case 0 -> word(r, LINKS);
                        case 1 -> word(r, ADJECTIVES);
                        case 2 -> word(r, NOUNS);
                        default -> word(r, VERBS);
                    };
            if (w == 0) {
                word = capitalize(word);
            } else if (markup && w == n / 2 && r.nextInt(6) == 0) {
                word = "*" + word + "*";
            } else if (markup && w == n - 2 && r.nextInt(8) == 0) {
                word = "\"" + word + "\"";
            } else if (w % 7 == 6 && w < n - 2) {
                word = word + ",";
            }
            sb.append(w == 0 ? "" : " ").append(word);
        }
        return sb.append('.').toString();
    }

    private static String word(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    private static String capitalize(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
