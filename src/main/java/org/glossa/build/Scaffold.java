package org.glossa.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.glossa.model.PageType;
import org.glossa.model.SiteConfig;
import org.glossa.model.Slugs;

/**
 * {@code glossa new}: creates a file of the essay with the name and front matter the build
 * expects, so that it builds as it is. Never overwrites a file.
 */
final class Scaffold {
    private static final Pattern SECTION_FILE = Pattern.compile("(\\d{2,3})-(.+)\\.md");

    /** What the author asked for cannot be made: exit code 2, with the message. */
    static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    /** The kinds of file {@code glossa new} makes inside an essay. */
    enum Kind {
        SECTION(
                PageType.SECTION,
                "title",
                "summary: \"One sentence on what this section argues.\"\n",
                "The text of this section.\n"),
        TERM(PageType.GLOSSARY, "term", "short: \"One or two plain sentences that a reader sees in a preview.\"\n", ""),
        SIDEBAR(PageType.SIDEBAR, "title", "", "The text of this sidebar.\n");

        final PageType type;
        final String titleKey;
        final String moreFrontMatter;
        /** Sections and sidebars must have text (the build says so); a glossary entry may be its front matter. */
        final String body;

        Kind(PageType type, String titleKey, String moreFrontMatter, String body) {
            this.type = type;
            this.titleKey = titleKey;
            this.moreFrontMatter = moreFrontMatter;
            this.body = body;
        }
    }

    private Scaffold() {}

    /**
     * Creates the file and returns its path ({@code source} resolved, normalised).
     *
     * @param slug the file name without {@code .md}; {@code null} to make it from the title
     */
    static Path create(Path source, Kind kind, String title, String slug) throws RefusedException, IOException {
        if (!Files.isRegularFile(source.resolve(SiteConfig.FILE_NAME))) {
            throw new RefusedException("no " + SiteConfig.FILE_NAME + " in "
                    + source.toAbsolutePath().normalize() + ": is --source an essay directory?");
        }
        String cleanTitle = title.strip().replaceAll("\\s+", " ");
        if (cleanTitle.isEmpty()) {
            throw new RefusedException("the title is empty");
        }
        if (cleanTitle.chars().anyMatch(Character::isISOControl)) {
            throw new RefusedException("the title holds control characters");
        }
        String name = slug != null ? slug : Slugs.slugify(cleanTitle);
        if (slug != null && !Slugs.isSlug(slug)) {
            throw new RefusedException("'" + slug + "' is not a slug: use lowercase letters, digits and hyphens");
        }
        if (name.isEmpty()) {
            throw new RefusedException("cannot make a file name from '" + cleanTitle
                    + "': give one with --slug (lowercase letters, digits and hyphens)");
        }
        Path folder = source.resolve("content").resolve(kind.type.folder());
        String fileName = name + ".md";
        if (kind == Kind.SECTION) {
            fileName = String.format("%02d-%s.md", nextSectionNumber(folder, name), name);
        }
        Path file = folder.resolve(fileName).normalize();
        String text = "---\n" + kind.titleKey + ": " + yamlString(cleanTitle) + "\n" + kind.moreFrontMatter + "---\n\n"
                + kind.body;
        Files.createDirectories(folder);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new RefusedException(file + " already exists; Glossa never overwrites a file: choose another title"
                    + " or give a file name with --slug");
        }
        return file;
    }

    /** One more than the highest {@code NN-} in use; refuses a slug another section already has. */
    private static int nextSectionNumber(Path essayFolder, String slug) throws IOException, RefusedException {
        if (!Files.isDirectory(essayFolder)) {
            return 1;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(essayFolder)) {
            files = s.sorted().toList();
        }
        int highest = 0;
        for (Path f : files) {
            Matcher m = SECTION_FILE.matcher(f.getFileName().toString());
            if (m.matches()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
                if (m.group(2).equals(slug)) {
                    throw new RefusedException(f + " already has the slug '" + slug
                            + "' (its URL would be taken): choose another title or give a file name with --slug");
                }
            }
        }
        return highest + 1;
    }

    /** A YAML double-quoted scalar. */
    static String yamlString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
