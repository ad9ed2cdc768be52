package org.glossa.model;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.glossa.diag.Suggestions;
import org.glossa.markdown.FrontMatter;
import org.glossa.markdown.FrontMatterParser;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.markdown.Nesting;

/**
 * Loads an essay directory into an {@link Essay}: reads every Markdown file, validates its front
 * matter, parses it, gives headings their ids, checks every link, then hands the essay to the
 * {@link EssayResolver}s. Nothing is rendered here, and every problem is reported, not thrown.
 */
public final class EssayLoader {
    /** Larger files are refused before parsing (robustness: no OutOfMemoryError on odd input). */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    private static final Pattern SECTION_FILE = Pattern.compile("(\\d{2,4})-(.+)\\.md");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final String IMAGE_EXTERNAL = "images must be files of the essay (in assets/ or content/): "
            + "the site's Content-Security-Policy blocks images from other sites";

    /** Runs the resolvers' preparation; a daemon, so it never keeps the JVM alive. */
    private static final Executor PREPARE = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "glossa-resolvers");
        t.setDaemon(true);
        return t;
    });

    private final MarkdownProcessor markdown;
    private final List<EssayResolver> resolvers;
    private final ParsedPages parsedPages;

    public EssayLoader(MarkdownProcessor markdown, List<EssayResolver> resolvers) {
        this(markdown, resolvers, new ParsedPages());
    }

    /** @param parsedPages parsed files kept from earlier loads with the same {@code markdown} */
    public EssayLoader(MarkdownProcessor markdown, List<EssayResolver> resolvers, ParsedPages parsedPages) {
        this.markdown = markdown;
        this.resolvers = List.copyOf(resolvers);
        this.parsedPages = parsedPages;
    }

    public Essay load(Path root, SiteConfig config, Diagnostics diags) {
        // While the pages are parsed, on a thread of its own: what resolvers can do from the
        // directory alone (the citation processor's start is a large part of a small build).
        CompletableFuture<Void> prepared =
                CompletableFuture.runAsync(() -> resolvers.forEach(r -> r.prepare(root)), PREPARE);
        Path content = root.resolve("content");
        List<Path> files = listMarkdown(content, diags);
        parsedPages.startLoad(files.stream().map(f -> display(content, f)).toList());
        // Files that exist but could not be loaded (reported): links to them are not "missing".
        java.util.Set<String> unloaded = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<Page> loaded = files.parallelStream()
                .map(file -> {
                    Page page = loadPage(content, file, diags);
                    if (page == null) {
                        unloaded.add(display(content, file));
                    }
                    return page;
                })
                .filter(p -> p != null)
                .toList();

        Page home = null;
        List<Page> sections = new ArrayList<>();
        List<Page> glossary = new ArrayList<>();
        List<Page> sidebars = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        Map<String, Page> byPath = new TreeMap<>();
        for (Page p : loaded) {
            byPath.put(p.contentPath(), p);
            switch (p.type()) {
                case HOME -> home = p;
                case SECTION -> sections.add(p);
                case GLOSSARY -> glossary.add(p);
                case SIDEBAR -> sidebars.add(p);
                case PAGE -> pages.add(p);
            }
        }
        if (home == null && Files.isDirectory(content)) {
            diags.fileError(
                    "content/index.md", "content.missing-home", "the essay has no home page: create content/index.md");
        }
        sections.sort(Comparator.comparingInt(Page::number).thenComparing(Page::contentPath));
        glossary.sort(Comparator.comparing((Page p) -> p.title().toLowerCase(Locale.ROOT))
                .thenComparing(Page::contentPath));
        sidebars.sort(Comparator.comparing(Page::contentPath));
        pages.sort(Comparator.comparing(Page::contentPath));
        checkSectionNumbers(sections, diags);
        checkDuplicateUrls(loaded, diags);

        Essay essay = new Essay(root, config, home, sections, glossary, sidebars, pages, byPath);
        essay.allPages().parallelStream().forEach(page -> checkLinks(essay, page, unloaded, diags));
        try {
            prepared.join();
        } catch (java.util.concurrent.CompletionException e) {
            // Preparing is an optimisation: whatever failed there, resolve() meets and reports.
        }
        for (EssayResolver resolver : resolvers) {
            resolver.resolve(essay, diags);
        }
        return essay;
    }

    /** Every {@code .md} under content/, sorted; symlink loops and unreadable folders are errors. */
    private static List<Path> listMarkdown(Path content, Diagnostics diags) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(content)) {
            diags.fileError("content", "content.missing", "no content/ directory in the essay directory");
            return files;
        }
        try {
            Files.walkFileTree(content, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 8, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName().toString();
                    if (dir.equals(content)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (name.endsWith(".md")) {
                        diags.fileError(
                                display(content.getParent(), dir),
                                "file.unreadable",
                                "cannot read this file: it is a folder");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return name.startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!file.getFileName().toString().endsWith(".md")) {
                        return FileVisitResult.CONTINUE;
                    }
                    String path = display(content.getParent(), file);
                    if (attrs.isRegularFile()) {
                        files.add(file);
                    } else if (attrs.isSymbolicLink()) {
                        // FOLLOW_LINKS hands over the link itself only when its target is missing.
                        diags.fileError(
                                path,
                                "file.unreadable",
                                "cannot read this file: it is a symbolic link to a file that does not exist");
                    } else {
                        // A named pipe or a device would block the build or never end.
                        diags.fileError(path, "file.unreadable", "cannot read this file: it is not a regular file");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String path = display(content.getParent(), file);
                    if (e instanceof FileSystemLoopException) {
                        diags.fileError(
                                path,
                                "content.symlink-loop",
                                "symbolic link loop: this link points to a folder that contains it");
                    } else if (e instanceof AccessDeniedException) {
                        diags.fileError(path, "file.unreadable", "cannot read this file: permission denied");
                    } else {
                        diags.fileError(path, "file.unreadable", "cannot read this file: " + reason(e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            diags.fileError("content", "file.unreadable", "cannot list content/: " + e.getMessage());
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    /** An I/O failure in an author's words, without the absolute path Java puts in its messages. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "it no longer exists";
        }
        String why = e instanceof java.nio.file.FileSystemException fse ? fse.getReason() : e.getMessage();
        return why == null || why.isBlank() ? e.getClass().getSimpleName() : why;
    }

    static String display(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private Page loadPage(Path content, Path file, Diagnostics diags) {
        String contentPath = display(content, file);
        String displayPath = "content/" + contentPath;
        PageType type = PageType.forPath(contentPath);
        if (type == null) {
            diags.fileError(
                    displayPath,
                    "content.location",
                    "Markdown files belong in content/index.md, content/essay/, content/glossary/, content/sidebars/ or content/pages/");
            return null;
        }
        SourceFile source;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                diags.fileError(
                        displayPath,
                        "file.too-large",
                        "file is " + (size / 1024) + " KB; the limit is " + (MAX_FILE_BYTES / 1024) + " KB per file");
                return null;
            }
            source = SourceFile.read(file, displayPath);
        } catch (SourceFile.MalformedInputException e) {
            diags.add(e.diagnostic());
            return null;
        } catch (AccessDeniedException e) {
            diags.fileError(displayPath, "file.unreadable", "cannot read this file: permission denied");
            return null;
        } catch (IOException e) {
            diags.fileError(displayPath, "file.unreadable", "cannot read this file: " + reason(e));
            return null;
        }
        if (source.text().isBlank()) {
            diags.error(source, 0, "content.empty", "file is empty");
            return null;
        }

        String fileName = file.getFileName().toString();
        String slug;
        int number = 0;
        if (type == PageType.HOME) {
            slug = "index";
        } else if (type == PageType.SECTION) {
            Matcher m = SECTION_FILE.matcher(fileName);
            if (!m.matches()) {
                String suggestion = "01-" + Slugs.slugify(fileName.replaceFirst("\\.md$", "")) + ".md";
                diags.error(
                        source,
                        0,
                        "content.file-name",
                        "a section file is named NN-slug.md, with NN its place in the essay",
                        "did you mean '" + suggestion + "'?");
                return null;
            }
            number = Integer.parseInt(m.group(1));
            slug = m.group(2);
        } else {
            slug = fileName.substring(0, fileName.length() - 3);
        }
        if (!Slugs.isSlug(slug)) {
            String suggested = Slugs.slugify(slug);
            diags.error(
                    source,
                    0,
                    "content.file-name",
                    "file name '" + fileName + "' is not a slug (lowercase letters, digits and hyphens)",
                    suggested.isEmpty() ? null : "did you mean '" + fileName.replace(slug, suggested) + "'?");
            return null;
        }

        ParsedPages.Parsed parsed = parsedOrKept(source, contentPath, type, number);
        diags.addAll(parsed.problems());
        if (parsed.document() == null) {
            return null;
        }
        Page page = new Page(type, source, contentPath, slug, number, parsed.frontMatter(), parsed.document());
        collectHeadings(page, diags);
        checkRawHtml(page, diags);
        return page;
    }

    /** Front matter and syntax tree of a file: parsed, or kept from an earlier load of the same text. */
    private ParsedPages.Parsed parsedOrKept(SourceFile source, String contentPath, PageType type, int number) {
        ParsedPages.Parsed kept = parsedPages.get(contentPath, source.text());
        if (kept != null) {
            return kept;
        }
        Diagnostics problems = new Diagnostics();
        FrontMatter fm = FrontMatterParser.parse(source, problems);
        validateFrontMatter(source, type, fm, number, problems);
        if (type.needsBody()
                && fm.present()
                && fm.readable()
                && source.text().substring(fm.bodyOffset()).isBlank()) {
            int closing = source.offsetOfLine(source.lineOf(Math.max(0, fm.bodyOffset() - 1)));
            problems.error(
                    source, closing, "content.empty", "this " + type.docType() + " has no text after its front matter");
        }
        Document document = parse(source, fm.bodyOffset(), problems);
        return parsedPages.put(contentPath, new ParsedPages.Parsed(source.text(), fm, document, problems.sorted()));
    }

    /**
     * Parses a page's Markdown within the limits of {@link Nesting}: deeper block nesting is
     * reported before parsing, a deeper tree right after it. This method is also the one boundary
     * where a {@link StackOverflowError} is caught: flexmark recurses over nested structures, and an
     * input that still overflows despite the checks is reported as too deeply nested. Parsing is a
     * pure function of the text, so nothing is left half-done when it unwinds.
     *
     * @return the document, or {@code null} when the page goes past a limit (reported)
     */
    private Document parse(SourceFile source, int bodyOffset, Diagnostics diags) {
        Nesting.Violation v = Nesting.scan(source.text(), bodyOffset);
        if (v != null) {
            diags.error(source, v.offset(), v.code(), v.message());
            return null;
        }
        String text = maskFrontMatter(source.text(), bodyOffset);
        Document document;
        try {
            document = markdown.parse(text);
        } catch (StackOverflowError e) {
            // How deep a thread's stack reaches depends on what the JIT has compiled so far: parse
            // again with room to spare, so that the same file always gets the same (positioned) report.
            document = parseOnLargeStack(text);
        }
        if (document == null) {
            diags.fileError(
                    source.path(),
                    "content.nesting",
                    "this file nests lists, quotes, emphasis or links too deeply to be parsed");
            return null;
        }
        Node deep = Nesting.tooDeep(document);
        if (deep != null) {
            diags.error(
                    source,
                    deep.getStartOffset(),
                    "content.nesting",
                    "Markdown is nested more than " + Nesting.MAX_TREE_DEPTH + " levels deep here");
            return null;
        }
        return document;
    }

    /** Parses on a thread with a 256 MB stack; {@code null} if even that overflows. */
    private Document parseOnLargeStack(String text) {
        Document[] result = new Document[1];
        Thread thread = new Thread(
                null,
                () -> {
                    try {
                        result[0] = markdown.parse(text);
                    } catch (StackOverflowError e) {
                        result[0] = null;
                    }
                },
                "glossa-deep-parse",
                256L * 1024 * 1024);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return result[0];
    }

    /**
     * Replaces the front matter by spaces (keeping line breaks) so that the parser's offsets are
     * offsets in the file: no translation, no off-by-one.
     */
    private static String maskFrontMatter(String text, int bodyOffset) {
        if (bodyOffset <= 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < bodyOffset; i++) {
            char c = text.charAt(i);
            sb.append(c == '\n' || c == '\r' ? c : ' ');
        }
        return sb.append(text, bodyOffset, text.length()).toString();
    }

    private static void validateFrontMatter(
            SourceFile source, PageType type, FrontMatter fm, int number, Diagnostics diags) {
        if (!fm.present()) {
            diags.error(
                    source,
                    0,
                    "front-matter.missing",
                    "missing front matter: start the file with '---', then 'title: ...', then '---'");
            return;
        }
        if (!fm.readable()) {
            return; // the YAML error was reported; its keys are unknown, not missing
        }
        for (FrontMatter.Field field : fm.fields().values()) {
            PageType.Kind kind = type.keys().get(field.key());
            if (kind == null) {
                diags.error(
                        source,
                        field.keyOffset(),
                        "front-matter.unknown-key",
                        "unknown front-matter key '" + field.key() + "' for a " + type.docType() + " page",
                        Suggestions.didYouMean(field.key(), type.keys().keySet()));
                continue;
            }
            Object v = field.value();
            boolean ok =
                    switch (kind) {
                        case TEXT -> v instanceof String s && !s.isBlank();
                        case INTEGER -> v instanceof Integer;
                        case LIST -> v instanceof List<?>;
                        case BOOLEAN -> v instanceof Boolean;
                    };
            if (!ok) {
                diags.error(
                        source,
                        field.valueOffset(),
                        "front-matter.type",
                        "'" + field.key() + "' must be " + kind.description());
            } else if (kind == PageType.Kind.LIST && !field.key().equals("revisions")) {
                for (Object item : (List<?>) v) {
                    if (!(item instanceof String)) {
                        diags.error(
                                source,
                                field.valueOffset(),
                                "front-matter.type",
                                "'" + field.key() + "' must be a list of text values");
                        break;
                    }
                }
            }
        }
        for (String key : type.required()) {
            if (fm.field(key) == null) {
                diags.error(
                        source,
                        fm.start(),
                        "front-matter.missing-key",
                        "missing required front-matter key '" + key + "'");
            }
        }
        FrontMatter.Field order = fm.field("order");
        if (order != null && order.value() instanceof Integer n && n != number) {
            diags.error(
                    source,
                    order.valueOffset(),
                    "front-matter.order",
                    "order " + n + " disagrees with the file name prefix " + String.format("%02d", number));
        }
    }

    private static void collectHeadings(Page page, Diagnostics diags) {
        Map<String, Integer> seen = new HashMap<>();
        new NodeVisitor(new VisitHandler<>(com.vladsch.flexmark.ast.Heading.class, h -> {
                    String text = org.glossa.markdown.PlainText.of(h);
                    String id;
                    int at = h.getStartOffset();
                    if (h.isExplicitAnchorRefId()) {
                        id = h.getAnchorRefId();
                        at = org.glossa.markdown.HeadingIdExtension.idOffset(h);
                        if (!Slugs.isValidId(id)) {
                            diags.error(
                                    page.source(),
                                    at,
                                    "heading.id",
                                    "heading id '" + id
                                            + "' must start with a letter and hold only letters, digits, '-' and '_'");
                        }
                    } else {
                        id = Slugs.slugify(text);
                        if (id.isEmpty() || !Character.isLetter(id.charAt(0))) {
                            id = "h-" + (id.isEmpty() ? Integer.toString(seen.size() + 1) : id);
                        }
                        h.setAnchorRefId(id);
                    }
                    Integer previous = seen.putIfAbsent(id, at);
                    if (previous != null) {
                        diags.error(
                                page.source(),
                                at,
                                "heading.duplicate-id",
                                "duplicate heading id '" + id + "' on this page (first used on line "
                                        + page.source().lineOf(previous) + ")",
                                h.isExplicitAnchorRefId()
                                        ? null
                                        : "give one of the headings its own id: ## Title {#other-id}");
                    }
                    page.addHeading(new Heading(id, text, h.getLevel()));
                }))
                .visit(page.document());
    }

    private static void checkRawHtml(Page page, Diagnostics diags) {
        RawHtmlPolicy.Balance balance = new RawHtmlPolicy.Balance(page.source(), diags);
        visitAll(page.document(), node -> {
            RawHtmlPolicy.check(page.source(), node, diags);
            balance.add(node);
        });
        balance.finish();
    }

    /** Every descendant in document order, without recursion. */
    private static void visitAll(Node node, java.util.function.Consumer<Node> action) {
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
            todo.push(child);
        }
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            action.accept(n);
            for (Node child = n.getLastChild(); child != null; child = child.getPrevious()) {
                todo.push(child);
            }
        }
    }

    /**
     * Checks every link and image of a page (inline, autolinks and reference definitions alike), and
     * records how each internal one is rewritten.
     */
    private static void checkLinks(Essay essay, Page page, java.util.Set<String> unloaded, Diagnostics diags) {
        Map<String, String> rewrites = new LinkedHashMap<>();
        visitAll(page.document(), node -> {
            if (node instanceof ImageRef ref) {
                Reference def = ref.getReferenceNode(page.document());
                if (def != null
                        && SCHEME.matcher(def.getUrl().toString().strip()).find()) {
                    diags.error(page.source(), node.getStartOffset(), "link.image", IMAGE_EXTERNAL);
                }
            }
            if (node instanceof LinkNodeBase link && !(node instanceof MailLink)) {
                String url = link.getUrl().toString();
                int at = link.getUrl().isEmpty()
                        ? node.getStartOffset()
                        : link.getUrl().getStartOffset();
                String named = target(page, url);
                if (named != null && unloaded.contains(named)) {
                    return; // the page exists but could not be loaded; that was reported
                }
                String target = resolveLink(essay, page, url, at, node instanceof Image, diags);
                if (target != null && !target.equals(url)) {
                    rewrites.put(url, target);
                }
            }
        });
        page.data().put("linkRewrites", rewrites);
    }

    /** The content path a relative link names, or {@code null} for other links. */
    private static String target(Page page, String url) {
        String path = url.strip();
        int cut = path.indexOf('#');
        path = cut >= 0 ? path.substring(0, cut) : path;
        if (path.isEmpty() || path.startsWith("/") || SCHEME.matcher(path).find()) {
            return null;
        }
        String base = page.contentPath().contains("/")
                ? page.contentPath().substring(0, page.contentPath().lastIndexOf('/') + 1)
                : "";
        try {
            return decode(java.net
                    .URI
                    .create("x:/" + encodeForUri(base + path))
                    .normalize()
                    .getPath()
                    .substring(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The URL to write for an author's link, or {@code null} when it is broken (reported). */
    static String resolveLink(Essay essay, Page page, String url, int at, boolean image, Diagnostics diags) {
        SourceFile src = page.source();
        String trimmed = url.strip();
        Matcher scheme = SCHEME.matcher(trimmed);
        if (scheme.find()) {
            String s = scheme.group(1).toLowerCase(Locale.ROOT);
            if (image) {
                diags.error(src, at, "link.image", IMAGE_EXTERNAL);
                return null;
            }
            if (s.equals("http") || s.equals("https") || s.equals("mailto")) {
                return url;
            }
            diags.error(src, at, "link.scheme", "links with '" + s + ":' are not allowed; use http(s) or mailto");
            return null;
        }
        if (trimmed.startsWith("//")) {
            diags.error(src, at, "link.scheme", "protocol-relative links are not allowed; write https://");
            return null;
        }
        if (trimmed.isEmpty()) {
            diags.error(src, at, "link.empty", "link has no target");
            return null;
        }
        int hash = trimmed.indexOf('#');
        String path = hash >= 0 ? trimmed.substring(0, hash) : trimmed;
        String fragment = hash >= 0 ? trimmed.substring(hash + 1) : null;
        if (path.isEmpty()) {
            if (fragment != null && !page.ids().contains(fragment)) {
                diags.error(
                        src,
                        at,
                        "link.anchor",
                        "no heading with id '" + fragment + "' on this page",
                        Suggestions.didYouMean(fragment, page.ids()));
            }
            return url;
        }
        if (path.startsWith("/")) {
            diags.error(
                    src,
                    at,
                    "link.absolute",
                    "site-absolute links break when the site is published under a sub-path; use a relative link");
            return null;
        }
        String pathNoQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Path contentDir = essay.root().resolve("content");
        String base = page.contentPath().contains("/")
                ? page.contentPath().substring(0, page.contentPath().lastIndexOf('/') + 1)
                : "";
        String joined = java.net
                .URI
                .create("x:/" + encodeForUri(base + pathNoQuery))
                .normalize()
                .getPath();
        if (joined.startsWith("/..") || joined.equals("/..")) {
            diags.error(src, at, "link.escape", "link leads outside the content directory");
            return null;
        }
        String target = decode(joined.substring(1));
        if (target.endsWith(".md")) {
            Page other = essay.page(target).orElse(null);
            if (other == null) {
                // Suggest by the name the author typed, relative to this page's folder.
                String typed = pathNoQuery;
                List<String> known = essay.allPages().stream()
                        .map(p -> relativeFrom(base, p.contentPath()))
                        .toList();
                diags.error(
                        src,
                        at,
                        "link.missing-file",
                        "no such page: content/" + target,
                        Suggestions.didYouMean(typed, known));
                return null;
            }
            if (fragment != null && !other.ids().contains(fragment)) {
                diags.error(
                        src,
                        at,
                        "link.anchor",
                        "no heading with id '" + fragment + "' in content/" + target,
                        Suggestions.didYouMean(fragment, other.ids()));
                return null;
            }
            return page.linkTo(other) + (fragment != null ? "#" + fragment : "");
        }
        if (GeneratedFiles.ALL.contains(target)) {
            return page.linkTo(target) + (fragment != null ? "#" + fragment : "");
        }
        if (!Files.isRegularFile(contentDir.resolve(target))
                && !Files.isRegularFile(essay.root().resolve("assets").resolve(target))) {
            diags.error(src, at, "link.missing-file", "no such file: " + target);
            return null;
        }
        return url;
    }

    /** {@code essay/01-a.md} seen from folder {@code essay/} is {@code 01-a.md}; from elsewhere {@code ../essay/01-a.md}. */
    private static String relativeFrom(String folder, String contentPath) {
        if (folder.isEmpty()) {
            return contentPath;
        }
        return contentPath.startsWith(folder) ? contentPath.substring(folder.length()) : "../" + contentPath;
    }

    private static String encodeForUri(String path) {
        return path.replace("%", "%25")
                .replace(" ", "%20")
                .replace("#", "%23")
                .replace("[", "%5B")
                .replace("]", "%5D")
                .replace("\\", "%5C")
                .replace("{", "%7B")
                .replace("}", "%7D")
                .replace("|", "%7C")
                .replace("^", "%5E")
                .replace("`", "%60")
                .replace("<", "%3C")
                .replace(">", "%3E")
                .replace("\"", "%22");
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static void checkSectionNumbers(List<Page> sections, Diagnostics diags) {
        Map<Integer, Page> numbers = new HashMap<>();
        for (Page p : sections) {
            Page first = numbers.putIfAbsent(p.number(), p);
            if (first != null) {
                diags.error(
                        p.source(),
                        0,
                        "content.duplicate-number",
                        "section number " + String.format("%02d", p.number()) + " is also used by "
                                + first.source().path());
            }
        }
    }

    private static void checkDuplicateUrls(List<Page> pages, Diagnostics diags) {
        Map<String, Page> urls = new HashMap<>();
        for (Page p :
                pages.stream().sorted(Comparator.comparing(Page::contentPath)).toList()) {
            Page first = urls.putIfAbsent(p.url(), p);
            if (first != null) {
                diags.error(
                        p.source(),
                        0,
                        "content.duplicate-slug",
                        "this page would be published as " + p.url() + ", like "
                                + first.source().path());
            }
        }
    }
}
