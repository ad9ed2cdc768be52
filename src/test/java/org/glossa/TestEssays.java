package org.glossa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.model.Essay;
import org.glossa.model.EssayLoader;
import org.glossa.model.RevisionsResolver;
import org.glossa.model.SiteConfig;

/** Small essays written into a temporary folder, file by file, for tests. */
public final class TestEssays {
    public static final String CONFIG =
            """
            site.title=A Small Essay
            site.host=https://example.org/small/
            essay.author=Smith, Jane
            essay.language=en
            essay.licence=CC BY 4.0
            essay.licence.url=https://creativecommons.org/licenses/by/4.0/
            """;

    private TestEssays() {}

    /** The files of a minimal valid essay; callers replace or add entries. */
    public static Map<String, String> minimal() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("site-config.properties", CONFIG);
        files.put(
                "content/index.md",
                """
                ---
                title: "A Small Essay"
                subtitle: "On tests"
                abstract: "An essay about testing."
                revisions: [{date: 2024-01-15, summary: "First publication."}, {date: 2024-03-02, summary: "Corrected a date."}]
                ---
                Read [the first part](essay/01-one.md).
                """);
        files.put(
                "content/essay/01-one.md",
                """
                ---
                title: "Part one"
                summary: "The first part."
                ---
                See <https://example.com/auto> and [a page](https://example.com/page).
                """);
        files.put(
                "content/glossary/term.md",
                """
                ---
                term: Term
                aliases: [Alias]
                short: "A word with a meaning."
                ---
                Longer definition.
                """);
        files.put(
                "content/pages/cite.md",
                """
                ---
                title: "How to cite"
                cite: true
                ---
                Text.
                """);
        return files;
    }

    public static Path write(Path root, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = root.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        return root;
    }

    /** Loads an essay as the build does, with the resolvers of this package's tests. */
    public static Essay load(Path root, Diagnostics diags) throws IOException {
        SiteConfig config =
                SiteConfig.parse(SourceFile.read(root.resolve(SiteConfig.FILE_NAME), SiteConfig.FILE_NAME), diags);
        return new EssayLoader(new MarkdownProcessor(List.of()), List.of(new RevisionsResolver()))
                .load(root, config, diags);
    }
}
