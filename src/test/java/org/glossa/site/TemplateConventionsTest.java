package org.glossa.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.testing.EssayFixture;
import org.junit.jupiter.api.Test;

/** Every template escapes by default, and emits raw HTML only where Glossa produced it. */
class TemplateConventionsTest {
    private static final Path TEMPLATES = EssayFixture.PROJECT.resolve("templates");
    private static final Pattern NO_ESC = Pattern.compile("\\$\\{([^}]*)\\?no_esc\\}");

    @Test
    void everyTemplateStartsWithTheHtmlOutputFormat() throws Exception {
        for (Path t : TemplateCheck.templates(TEMPLATES)) {
            String first = Files.readString(TEMPLATES.resolve(t), StandardCharsets.UTF_8)
                    .lines()
                    .findFirst()
                    .orElse("");
            assertTrue(first.startsWith("<#ftl output_format=\"HTML\">"), t + " starts with " + first);
        }
    }

    @Test
    void noEscIsUsedOnlyOnEngineProducedHtml() throws Exception {
        for (Path t : TemplateCheck.templates(TEMPLATES)) {
            String text = Files.readString(TEMPLATES.resolve(t), StandardCharsets.UTF_8);
            Matcher m = NO_ESC.matcher(text);
            while (m.find()) {
                String expr = m.group(1);
                assertTrue(
                        expr.endsWith("body")
                                || expr.endsWith("html")
                                || expr.endsWith("Html")
                                || expr.endsWith("jsonLd"),
                        t + " uses ?no_esc on " + expr);
            }
        }
    }

    @Test
    void templatesNeverDumpTheConfiguration() throws Exception {
        for (Path t : TemplateCheck.templates(TEMPLATES)) {
            String text = Files.readString(TEMPLATES.resolve(t), StandardCharsets.UTF_8);
            assertFalse(text.contains("config?") || text.contains("<#list config"), t.toString());
        }
    }
}
