package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glossa.testing.EssayFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file {@code glossa new} makes builds as it is. */
class ScaffoldIT {
    @TempDir
    Path tmp;

    @Test
    void scaffoldedFilesBuildWithoutErrors() throws Exception {
        Logging.setUp(false);
        Path essay = EssayFixture.copy("preview-essay", tmp);
        String[][] commands = {
            {"section", "Studios and transmitters"},
            {"term", "Strategic flexibility"},
            {"sidebar", "Radio, 1958"},
        };
        for (String[] c : commands) {
            StringWriter err = new StringWriter();
            int exit = Main.run(
                    new String[] {"new", c[0], c[1], "--source", essay.toString()},
                    new PrintWriter(new StringWriter(), true),
                    new PrintWriter(err, true));
            assertEquals(0, exit, err.toString());
        }
        Path site = tmp.resolve("site");
        Builder.Result result = new Builder().build(new Builder.Options(essay, site, false));
        // Warnings are allowed (a new glossary entry is not used yet); errors are not.
        assertEquals(0, result.diagnostics().errorCount(), result.diagnostics().report());
        assertTrue(result.ok());
        assertTrue(Files.isRegularFile(site.resolve("essay/studios-and-transmitters.html")));
        assertTrue(Files.isRegularFile(site.resolve("glossary/strategic-flexibility.html")));
        assertTrue(Files.isRegularFile(site.resolve("sidebars/radio-1958.html")));
        String section = Files.readString(site.resolve("essay/studios-and-transmitters.html"));
        assertTrue(section.contains("Studios and transmitters"));
        assertFalse(section.contains("_glossa"), "the built site never holds the preview's script");
    }
}
