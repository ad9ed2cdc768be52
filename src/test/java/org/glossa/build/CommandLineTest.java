package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glossa.testing.EssayFixture;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void helpDocumentsTheCommandsAndExitCodes() {
        EssayFixture.Run run = EssayFixture.glossa("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("build"), run.out());
        assertTrue(run.out().contains("2   usage or configuration error"), run.out());
    }

    @Test
    void buildHelpDocumentsItsOptions() {
        EssayFixture.Run run = EssayFixture.glossa("build", "--help");
        for (String option : new String[] {"--source", "--output", "--strict", "--verbose"}) {
            assertTrue(run.out().contains(option), option);
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        EssayFixture.Run run = EssayFixture.glossa("build", "--sauce", "x");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown options: '--sauce'"), run.err());
    }

    @Test
    void missingSourceDirectoryIsAUsageError() {
        EssayFixture.Run run = EssayFixture.glossa("build", "--source", "/nonexistent/essay");
        assertEquals(2, run.exitCode());
        assertEquals(
                "/nonexistent/essay: error: essay directory does not exist [config.source]\n1 error, 0 warnings\n",
                run.err());
    }
}
