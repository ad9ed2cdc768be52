package org.glossa.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The date a build may use when the content declares none: {@code SOURCE_DATE_EPOCH} (the
 * reproducible-builds convention), else the time of the last commit that touched the essay
 * directory. Never the wall clock, so two builds of one commit agree.
 */
public final class SourceDate {
    public static final String ENV = "SOURCE_DATE_EPOCH";

    private SourceDate() {}

    public static Optional<Instant> of(Path essayRoot, Map<String, String> env) {
        String epoch = env.get(ENV);
        if (epoch != null && epoch.strip().matches("\\d{1,12}")) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch.strip())));
        }
        return lastCommit(essayRoot);
    }

    /** {@code git log -1 --format=%ct -- .} in the essay directory; empty outside a repository or without git. */
    static Optional<Instant> lastCommit(Path essayRoot) {
        ProcessBuilder pb = new ProcessBuilder("git", "log", "-1", "--format=%ct", "--", ".")
                .directory(essayRoot.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readNBytes(64), StandardCharsets.US_ASCII).strip();
            }
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 && out.matches("\\d{1,12}")
                    ? Optional.of(Instant.ofEpochSecond(Long.parseLong(out)))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
