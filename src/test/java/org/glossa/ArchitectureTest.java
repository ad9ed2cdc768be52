package org.glossa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.glossa.testing.EssayFixture;
import org.junit.jupiter.api.Test;

/** The packages form a pipeline: each may use only the ones before it (ARCHITECTURE.md). */
class ArchitectureTest {
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "diag", Set.of(),
            "markdown", Set.of("diag"),
            "cite", Set.of("diag"),
            "model", Set.of("diag", "markdown", "cite"),
            "site", Set.of("diag", "markdown", "cite", "model"),
            "html", Set.of("diag"),
            "publish", Set.of(),
            "linkcheck", Set.of("diag", "markdown", "cite", "model"),
            // The preview's server, watcher and overlay know only diagnostics; build drives them.
            "serve", Set.of("diag"),
            "build", Set.of("diag", "markdown", "cite", "model", "site", "html", "publish", "linkcheck", "serve"));
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?org\\.glossa\\.([a-z]+)\\.");
    private static final Pattern QUALIFIED = Pattern.compile("org\\.glossa\\.([a-z]+)\\.[A-Z]");

    @Test
    void noPackageUsesALaterOne() throws Exception {
        Path root = EssayFixture.PROJECT.resolve("src/main/java/org/glossa");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(f).getName(0).toString();
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (Pattern p : List.of(IMPORT, QUALIFIED)) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        String used = m.group(1);
                        if (!used.equals(pkg)
                                && !ALLOWED.getOrDefault(pkg, Set.of()).contains(used)) {
                            violations.add(root.relativize(f) + " uses " + used);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations.stream().distinct().toList());
    }
}
