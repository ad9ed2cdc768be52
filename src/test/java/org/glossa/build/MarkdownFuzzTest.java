package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.glossa.testing.EssayFixture;

/**
 * Generates and mutates Markdown in our syntax, with front matter, and checks the properties of
 * {@link FuzzTarget} for each input: at the model level (loader and renderer, fast, many tries)
 * and end to end through the command line (a few tries). The smallest failing input of a run is
 * written to {@code src/test/resources/fuzz/} (fix the bug, then commit it:
 * {@link FuzzReplayTest} replays every file there on every build). A summary line reports how
 * many generated inputs ran.
 */
class MarkdownFuzzTest {
    static final Path FUZZ_DIR = EssayFixture.PROJECT.resolve("src/test/resources/fuzz");

    private static final AtomicInteger modelRuns = new AtomicInteger();
    private static final AtomicInteger endToEndRuns = new AtomicInteger();
    private static final AtomicInteger published = new AtomicInteger();
    private static Path temp;
    private static FuzzTarget target;
    private static String smallestFailure;

    @BeforeContainer
    static void setUp() throws IOException {
        temp = Files.createTempDirectory("glossa-fuzz-");
        target = new FuzzTarget(temp.resolve("model"));
    }

    @AfterContainer
    static void summary() throws IOException {
        System.out.println("fuzz: " + (modelRuns.get() + endToEndRuns.get()) + " generated inputs run ("
                + modelRuns.get() + " through loader and renderer, " + endToEndRuns.get() + " end to end; "
                + published.get() + " without errors, their HTML checked)");
        EssayFixture.deleteTree(temp);
    }

    @AfterProperty
    void keepSmallestFailure() throws IOException {
        if (smallestFailure != null) {
            byte[] bytes = smallestFailure.getBytes(StandardCharsets.UTF_8);
            String name = "found-" + HexFormat.of().formatHex(java.util.Arrays.copyOf(sha256(bytes), 6)) + ".md";
            Files.createDirectories(FUZZ_DIR);
            Files.write(FUZZ_DIR.resolve(name), bytes);
            System.out.println("fuzz: smallest failing input kept as src/test/resources/fuzz/" + name);
            smallestFailure = null;
        }
    }

    @Property(tries = 1000)
    void loaderAndRendererKeepTheirPromises(@ForAll("pages") String page) throws Exception {
        modelRuns.incrementAndGet();
        check(page, count(target.check(page.getBytes(StandardCharsets.UTF_8))));
    }

    @Property(tries = 1000)
    void mutatedPagesKeepThePromisesToo(@ForAll("mutatedPages") String page) throws Exception {
        modelRuns.incrementAndGet();
        check(page, count(target.check(page.getBytes(StandardCharsets.UTF_8))));
    }

    @Property(tries = 500)
    void wellFormedPagesPublishValidHtml(@ForAll("wellFormedPages") String page) throws Exception {
        modelRuns.incrementAndGet();
        check(page, count(target.check(page.getBytes(StandardCharsets.UTF_8))));
    }

    @Property(tries = 15)
    void endToEndBuildsFailCleanlyOrPublishValidHtml(@ForAll("mutatedPages") String page) throws Exception {
        endToEndRuns.incrementAndGet();
        Path dir = Files.createTempDirectory(temp, "e2e-");
        Path essay = EssayFixture.copy("minimal", dir);
        Files.write(essay.resolve(FuzzTarget.FUZZ_PATH), page.getBytes(StandardCharsets.UTF_8));
        Path site = dir.resolve("site");
        EssayFixture.Run run = EssayFixture.build(essay, site, "--strict");
        List<String> violations = new ArrayList<>();
        if (run.exitCode() != 0 && run.exitCode() != 1) {
            violations.add("exit code " + run.exitCode() + ": " + run.err());
        }
        if (run.err().contains("\tat ") || run.err().contains("internal error")) {
            violations.add("stack trace or internal error: " + run.err());
        }
        if (run.exitCode() == 0) {
            published.incrementAndGet();
            violations.addAll(FuzzReplayTest.htmlErrors(site));
        } else if (Files.exists(site)) {
            violations.add("a failed build wrote " + site);
        }
        EssayFixture.deleteTree(dir);
        check(page, violations);
    }

    private static List<String> count(FuzzTarget.Outcome outcome) {
        if (outcome.diagnostics().stream().noneMatch(org.glossa.diag.Diagnostic::isError)) {
            published.incrementAndGet();
        }
        return outcome.violations();
    }

    private static void check(String page, List<String> violations) {
        if (!violations.isEmpty() && (smallestFailure == null || page.length() < smallestFailure.length())) {
            smallestFailure = page;
        }
        assertEquals(List.of(), violations, "input:\n" + page);
    }

    // ---- generators -------------------------------------------------------------------------

    @Provide
    Arbitrary<String> pages() {
        return Combinators.combine(frontMatter(), body()).as((fm, body) -> fm + body);
    }

    @Provide
    Arbitrary<String> mutatedPages() {
        return Combinators.combine(pages(), edits()).as(MarkdownFuzzTest::mutate);
    }

    /** Pages made only of syntax that should build: most of them reach the HTML check. */
    @Provide
    Arbitrary<String> wellFormedPages() {
        Arbitrary<String> part = Arbitraries.oneOf(
                word(),
                word().map(w -> "*" + w + "*"),
                word().map(w -> "**" + w + "**"),
                word().map(w -> "`" + w + " <b> & [x]`"),
                Arbitraries.of(" ", " ", "\n", "\n\n", "\r\n", "\n\n- ", "\n\n> ", "\n\n1. ", "\n\n## ", "\n    - "),
                Arbitraries.of(
                        "[first](01-first.md)",
                        "[back](01-first.md#background)",
                        "[details](02-second.md#details)",
                        "[home](../index.md)",
                        "[out](https://example.org/?a=1&b=2)",
                        "<https://example.org/x>",
                        "<abbr title=\"A & B\">AB</abbr>",
                        "<span lang=\"fr\">oui</span>",
                        "x<sup>2</sup>",
                        "<kbd>K</kbd>",
                        "<!-- note -->",
                        "\"quotes\" and 'single' -- dashes... ",
                        "&amp; &copy; &#x27; &lt; > &",
                        "a < b & c > d",
                        "\\* \\[ \\<",
                        "ខ្មែរ 😀 é",
                        "\n\n```\n<script>x</script> [@k]\n```\n\n",
                        "\n\n| a | b |\n|---|---|\n| *x* | `y` |\n\n",
                        "\n\n<figure>\n\nx\n\n<figcaption>c</figcaption>\n</figure>\n\n",
                        "\n\n---\n\n",
                        "[^n]\n\n[^n]: A note.\n\n"));
        return part.list()
                .ofMaxSize(40)
                .map(parts -> "---\ntitle: \"T\"\nsummary: \"S\"\n---\n\n" + String.join("", parts) + "\n");
    }

    private static Arbitrary<String> frontMatter() {
        Arbitrary<String> value = Arbitraries.oneOf(
                text().map(t ->
                        "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\""),
                Arbitraries.of(
                        "Plain value",
                        "'single'",
                        "\"unclosed",
                        "[a, b]",
                        "[unclosed",
                        "3",
                        "-1",
                        "yes",
                        "null",
                        "~",
                        "{a: 1}",
                        "&anchor x",
                        "*alias",
                        "!!binary aGk=",
                        "|\n  block",
                        "\"<script>x</script>\"",
                        "\t\"tab\"",
                        "2024-01-01",
                        "\"é 😀 \\u0000\""));
        Arbitrary<String> key = Arbitraries.of(
                "title",
                "summary",
                "sidebars",
                "order",
                "aliases",
                "titel",
                "tags",
                "- item",
                "title",
                "summary",
                "",
                "  title",
                "\ttitle");
        Arbitrary<String> line = Combinators.combine(key, value).as((k, v) -> k + ": " + v + "\n");
        return Arbitraries.oneOf(
                Combinators.combine(text(), text())
                        .as((t, s) -> "---\ntitle: \"" + clean(t) + "\"\nsummary: \"" + clean(s) + "\"\n---\n\n"),
                line.list().ofMaxSize(6).map(lines -> "---\n" + String.join("", lines) + "---\n\n"),
                Arbitraries.of(
                        "",
                        "---\n",
                        "---\ntitle: \"x\"\n",
                        "---\r\ntitle: \"T\"\r\nsummary: \"S\"\r\n---\r\n",
                        "\uFEFF---\ntitle: \"T\"\nsummary: \"S\"\n---\n"));
    }

    private static String clean(String s) {
        return s.replace("\\", "").replace("\"", "").replace("\n", " ").replace("\r", " ");
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789.,;:!?'\"-_*`#[](){}<>|^@~=&%/\\\n\té–😀ខ")
                .ofMaxLength(40);
    }

    private static Arbitrary<String> word() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    }

    /** Fragments of the syntax authors write (docs/AUTHORING.md), valid and broken. */
    private static Arbitrary<String> fragment() {
        Arbitrary<String> link = Combinators.combine(
                        word(),
                        Arbitraries.of(
                                "01-first.md",
                                "01-first.md#background",
                                "02-second.md#details",
                                "#fuzz",
                                "03-fuzz.md",
                                "missing.md",
                                "01-first.md#nope",
                                "../../../pom.xml",
                                "../index.md",
                                "https://example.org/a?b=c&d",
                                "mailto:a@example.org",
                                "javascript:alert(1)",
                                "data:text/html,x",
                                "//evil.example",
                                "/abs",
                                "",
                                "a b",
                                "%zz",
                                "..",
                                "../..",
                                "#",
                                "?q",
                                "x.md#",
                                "<01-first.md>",
                                "01-first.md \"title\"",
                                "01-first.md 'x'"))
                .as((w, u) -> "[" + w + "](" + u + ")");
        return Arbitraries.oneOf(
                text(),
                word(),
                link,
                Combinators.combine(
                                word(),
                                Arbitraries.of(
                                        "../images/x.png",
                                        "https://example.org/x.png",
                                        "data:image/png,x",
                                        "missing.png"))
                        .as((w, u) -> "![" + w + "](" + u + ")"),
                word().map(w -> "## " + w + " {#" + w + "}\n"),
                word().map(w -> "# " + w + "\n"),
                Arbitraries.of(
                        "## Heading {#fuzz}\n",
                        "## {#}\n",
                        "## X {#1bad}\n",
                        "## X {#a b}\n",
                        "###### deep\n",
                        "Setext\n===\n",
                        "---\n",
                        "***\n",
                        "- - -\n"),
                word().map(w -> "[^" + w + "]"),
                Combinators.combine(word(), text()).as((w, t) -> "\n[^" + w + "]: " + t + "\n"),
                text().map(t -> "^[" + t + "]"),
                word().map(w -> "[@" + w + "]"),
                Combinators.combine(word(), Arbitraries.integers().between(1, 999))
                        .as((w, n) -> "[see @" + w + ", p. " + n + "]"),
                word().map(w -> "[[" + w + "]]"),
                Combinators.combine(word(), word()).as((a, b) -> "[[" + a + "|" + b + "]]"),
                Arbitraries.of("[@", "[[", "[^", "^[", "]]", "[@a; @b]", "[-@a]", "@a", "[[|]]", "[[ ]]", "[^]", "^[]"),
                Arbitraries.of(
                        "<abbr title=\"x\">A</abbr>",
                        "<span lang=\"fr\">oui</span>",
                        "<sup>1</sup>",
                        "<kbd>K</kbd>",
                        "<!-- c -->",
                        "<!--",
                        "-->",
                        "<span>",
                        "</span>",
                        "<br>",
                        "<wbr/>",
                        "<figure>\n\nx\n\n</figure>\n",
                        "<script>x</script>",
                        "<img src=x onerror=y>",
                        "<span onclick=x>y</span>",
                        "<style>p{}</style>",
                        "<iframe></iframe>",
                        "<a href=\"javascript:x\">x</a>",
                        "<![CDATA[ x ]]>",
                        "<?php x ?>",
                        "<!DOCTYPE html>",
                        "<abbr title=\"javascript:x\">x</abbr>",
                        "<span\nlang=x>y</span>",
                        "&amp;",
                        "&#0;",
                        "&#x110000;",
                        "&nbsp;",
                        "&bogus;",
                        "\\<",
                        "\\[",
                        "<",
                        ">",
                        "&"),
                Arbitraries.of("*em*", "**strong**", "_u_", "`code`", "``a`b``", "~~s~~", "***x***", "*", "**", "`"),
                Arbitraries.of(
                        "- a\n- b\n",
                        "1. a\n2. b\n",
                        "  - nested\n",
                        "> quote\n",
                        "> > quote\n",
                        ">\n",
                        "```\ncode [@x] <script>\n```\n",
                        "```",
                        "~~~\n",
                        "    indented code\n",
                        "| a | b |\n|---|---|\n| 1 | [@x] |\n",
                        "| a |\n|-|\n",
                        "|"),
                Arbitraries.of(
                        "\n", "\n\n", "\r\n", "\r", "\t", " ", "  \n", "\\\n", "\u0000", "\uFEFF", "\u2028", "\ud83d",
                        "é", "😀"));
    }

    private static Arbitrary<String> body() {
        return fragment()
                .list()
                .ofMaxSize(30)
                .map(parts -> String.join("", parts))
                .map(b -> b.isBlank() ? "Text.\n" : b);
    }

    /** An edit: kind, relative position, length, and a character to insert. */
    private record Edit(int kind, double at, int length, String insert) {}

    private static Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.of(
                                "[", "]", "(", ")", "<", ">", "*", "_", "`", "#", "|", "^", "@", "!", "{", "}", "\n",
                                "\r", "\t", " ", "-", ":", "\"", "'", "&", "\\", "é", "😀", "\u0000", "---\n", "> ",
                                "- ", "1. ", "    "))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(8);
    }

    static String mutate(String page, List<Edit> edits) {
        StringBuilder sb = new StringBuilder(page);
        for (Edit e : edits) {
            int at = (int) (e.at() * sb.length());
            int end = Math.min(sb.length(), at + e.length());
            switch (e.kind()) {
                case 0 -> sb.insert(at, e.insert());
                case 1 -> sb.delete(at, end);
                case 2 -> sb.insert(at, sb.substring(at, end)); // duplicate a stretch
                default -> sb.replace(at, end, e.insert().repeat(e.length()));
            }
        }
        return sb.toString();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @net.jqwik.api.Example
    void theMutatorEditsWhereItIsTold() {
        assertEquals("a[bc", mutate("abc", List.of(new Edit(0, 0.34, 1, "["))));
        assertTrue(mutate("abcdef", List.of(new Edit(1, 0.5, 2, "x"))).equals("abcf"));
    }
}
