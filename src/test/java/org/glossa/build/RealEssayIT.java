package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glossa.testing.EssayFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own essay builds with zero errors and zero warnings, as `mvn package` requires. */
class RealEssayIT {
    @Test
    void realEssayBuildsStrictlyWithoutAnyDiagnostic(@TempDir Path temp) throws Exception {
        EssayFixture.Run run = EssayFixture.build(EssayFixture.PROJECT, temp.resolve("site"), "--strict");
        assertEquals("", run.err());
        assertEquals(0, run.exitCode());
        Path site = temp.resolve("site");
        for (String page : new String[] {
            "index.html",
            "essay/thaw.html",
            "essay/radio.html",
            "essay/continuity.html",
            "sidebars/radio-1958.html",
            "glossary/index.html",
            "glossary/norodom-sihanouk.html",
            "sources.html",
            "pages/about.html",
            "404.html",
            "cite.bib"
        }) {
            assertTrue(Files.isRegularFile(site.resolve(page)), page);
        }
    }

    @Test
    void packagedSiteExists() {
        Path site = Path.of(System.getProperty("glossa.site", "target/site"));
        assertTrue(Files.isRegularFile(site.resolve("index.html")), "mvn package builds target/site");
    }
}
