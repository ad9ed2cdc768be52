package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glossa.testing.EssayFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An essay without templates/ or assets/ uses the theme inside Glossa; its own files override it one by one. */
class BuiltInThemeTest {
    @Test
    void essayWithoutThemeUsesTheBuiltInOne(@TempDir Path temp) throws Exception {
        Path essay = temp.resolve("essay");
        EssayFixture.copyTree(EssayFixture.PROJECT.resolve("src/test/resources/fixtures/minimal"), essay);
        EssayFixture.Run run = EssayFixture.build(essay, temp.resolve("site"), "--strict");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(hasHashed(temp.resolve("site/css"), "glossa", "css"));
        assertTrue(Files.readString(temp.resolve("site/essay/first.html")).contains("class=\"site-header\""));
    }

    @Test
    void essayTemplateOverridesTheBuiltInOneFileByFile(@TempDir Path temp) throws Exception {
        Path essay = temp.resolve("essay");
        EssayFixture.copyTree(EssayFixture.PROJECT.resolve("src/test/resources/fixtures/minimal"), essay);
        EssayFixture.write(essay.resolve("templates/page.ftl"), "<#ftl output_format=\"HTML\">\nunused\n");
        EssayFixture.write(
                essay.resolve("templates/section.ftl"),
                "<#ftl output_format=\"HTML\">\n<p class=\"custom\">${content.glossa.title}</p>\n");
        EssayFixture.write(essay.resolve("assets/css/extra.css"), "p { color: black; }\n");
        EssayFixture.Run run = EssayFixture.build(essay, temp.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                "<p class=\"custom\">First part</p>\n",
                Files.readString(temp.resolve("site/essay/first.html"), StandardCharsets.UTF_8));
        assertTrue(
                Files.readString(temp.resolve("site/index.html")).contains("class=\"site-header\""),
                "other templates stay built-in");
        assertTrue(hasHashed(temp.resolve("site/css"), "glossa", "css"), "pages still use the built-in style sheet");
        assertTrue(Files.isRegularFile(temp.resolve("site/css/extra.css")), "no page loads it: it keeps its name");
    }

    /** The built-in assets that pages load get content-hashed names (publish.AssetHashing). */
    private static boolean hasHashed(Path folder, String name, String extension) throws Exception {
        try (var files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().matches(name + "\\.[0-9a-f]{8}\\." + extension));
        }
    }
}
