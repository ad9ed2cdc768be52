package org.glossa.site;

import freemarker.core.InvalidReferenceException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.glossa.diag.Diagnostic;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.Severity;
import org.glossa.model.Essay;
import org.glossa.model.EssayMetadata;
import org.glossa.model.GeneratedFiles;
import org.glossa.model.NotesResolver;
import org.glossa.model.Page;
import org.glossa.model.SiteConfig;
import org.jbake.app.Asset;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;

/**
 * The one place that knows JBake: it hands the resolved, rendered essay to JBake's {@code Oven},
 * which runs the Freemarker templates and copies the assets into the output folder.
 */
public final class JBakeSite {
    /** Template of each document type; an essay may override these in site-config.properties. */
    public static final Map<String, String> TEMPLATES = orderedTemplates();

    private JBakeSite() {}

    private static Map<String, String> orderedTemplates() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("home", "home.ftl");
        t.put("section", "section.ftl");
        t.put("glossary", "glossary.ftl");
        t.put("sidebar", "sidebar.ftl");
        t.put("page", "page.ftl");
        t.put("glossaryindex", "glossary-index.ftl");
        t.put("sources", "sources.ftl");
        t.put("notfound", "404.ftl");
        t.put("credits", "credits.ftl");
        return t;
    }

    /**
     * JBake's configuration and renderer for an essay. They depend only on the essay directory,
     * its site-config.properties and the theme, and making them (loading JBake's and Freemarker's
     * classes) is a large part of a small build: the builder prepares them on a second core while
     * the essay is parsed.
     */
    public static final class Prepared {
        private final BakeConfiguration config;
        private final InMemoryContentStore store = new InMemoryContentStore();
        private final Renderer renderer;

        private Prepared(BakeConfiguration config) {
            this.config = config;
            this.renderer = new Renderer(store, config);
        }
    }

    /** @param themeDir folder holding {@code templates/} and {@code assets/} */
    public static Prepared prepare(Path essayRoot, SiteConfig siteConfig, Path themeDir) {
        BakeConfiguration config = BakeConfiguration.load(essayRoot, essayRoot.resolve(SiteConfig.FILE_NAME));
        configure(config, essayRoot, siteConfig, themeDir);
        // Freemarker takes JBake's default locale when it is created: fix it, for reproducible output.
        java.util.Locale.setDefault(java.util.Locale.US);
        return new Prepared(config);
    }

    /**
     * Bakes the essay into {@code output}, which must be a fresh, empty folder.
     *
     * @param themeDir folder holding {@code templates/} and {@code assets/}
     */
    public static void bake(Essay essay, Path themeDir, Path output, Diagnostics diags) throws IOException {
        bake(essay, prepare(essay.root(), essay.config(), themeDir), output, diags);
        SearchIndex.write(essay, output);
    }

    /**
     * Bakes the essay into {@code output}, a fresh, empty folder, with a prepared JBake. The search
     * index is left to {@link SearchIndex#start}, so that it can be written while pages are checked.
     */
    public static void bake(Essay essay, Prepared prepared, Path output, Diagnostics diags) throws IOException {
        BakeConfiguration config = prepared.config;
        config.setDestinationFolder(output.toFile());
        config.freeze();

        EssayMetadata essayMetadata = EssayMetadata.of(essay);
        PageModels models = new PageModels(essay, essayMetadata);
        // Each page's model is made when JBake renders the page and dropped once it is written, on
        // the rendering threads: for a large essay, every model at once would not fit in memory.
        Map<String, Supplier<Map<String, Object>>> modelsByUri = new java.util.HashMap<>();
        Map<String, DocumentModel> byFile = new LinkedHashMap<>();
        for (Page page : essay.allPages()) {
            DocumentModel doc = document(page.type().docType(), page.url(), page.title());
            modelsByUri.put(page.url(), () -> models.forPage(page));
            String file = essay.root()
                    .resolve("content")
                    .resolve(page.contentPath())
                    .toFile()
                    .getCanonicalPath();
            byFile.put(file, doc);
        }
        List<DocumentModel> generated = new ArrayList<>();
        generated.add(document("sources", GeneratedFiles.SOURCES_PAGE, "Sources"));
        modelsByUri.put(GeneratedFiles.SOURCES_PAGE, models::forSources);
        if (!essay.glossary().isEmpty()) {
            generated.add(document("glossaryindex", GeneratedFiles.GLOSSARY_INDEX, "Glossary"));
            modelsByUri.put(GeneratedFiles.GLOSSARY_INDEX, models::forGlossaryIndex);
        }
        generated.add(document("credits", GeneratedFiles.CREDITS, "Credits"));
        modelsByUri.put(GeneratedFiles.CREDITS, () -> {
            Map<String, Object> credits = models.forGenerated(
                    GeneratedFiles.CREDITS,
                    "credits",
                    "Credits",
                    "The third-party works this site ships or is made with, and their licences.");
            credits.put("credits", Credits.load());
            return credits;
        });
        generated.add(document("notfound", GeneratedFiles.NOT_FOUND, "Page not found"));
        modelsByUri.put(
                GeneratedFiles.NOT_FOUND,
                () -> models.forGenerated(GeneratedFiles.NOT_FOUND, "notfound", "Page not found", ""));
        generated.forEach(d -> d.setRendered(false));

        Engines.register("md", new GlossaEngine(byFile));
        InMemoryContentStore store = prepared.store;
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new GlossaCrawler(store, config, generated));
        utensils.setRenderer(prepared.renderer);
        utensils.setAsset(new Asset(config));
        Oven oven = new GlossaOven(utensils, store, document -> {
            Supplier<Map<String, Object>> model = modelsByUri.get(document.getUri());
            return model == null ? Map.of() : model.get();
        });
        oven.bake();
        for (Throwable error : oven.getErrors()) {
            report(error, config.getTemplateFolder().toPath(), diags);
        }
        CitationFiles.write(essayMetadata, output);
        SiteFiles.write(essay, essayMetadata, output);
        publishBibliography(essay, output);
        RedirectPages.write(essay, output);
    }

    /**
     * The essay's {@code sources.bib} is published on purpose, byte for byte, next to the sources
     * page that links it (JBake's copy of content files would also bring it; this does not rely on it).
     */
    private static void publishBibliography(Essay essay, Path output) throws IOException {
        Path bib = essay.root().resolve("content").resolve(NotesResolver.BIBLIOGRAPHY_FILE);
        if (java.nio.file.Files.isRegularFile(bib)) {
            java.nio.file.Files.copy(
                    bib,
                    output.resolve(NotesResolver.BIBLIOGRAPHY_FILE),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void configure(
            DefaultJBakeConfiguration config, Path essayRoot, SiteConfig siteConfig, Path themeDir) {
        config.setTemplateFolder(themeDir.resolve("templates").toFile());
        config.setAssetFolder(themeDir.resolve("assets").toFile());
        config.setContentFolder(essayRoot.resolve("content").toFile());
        config.setDefaultStatus("published");
        config.setProperty("render.index", false);
        config.setProperty("render.feed", false);
        config.setProperty("render.archive", false);
        config.setProperty("render.tags", false);
        config.setProperty("render.tagsindex", false);
        config.setProperty("render.sitemap", false);
        config.setProperty("render.error404", false);
        config.setProperty("jvm.locale", "en_US");
        config.setProperty("freemarker.timezone", "UTC");
        config.setProperty("db.store", "memory");
        config.setProperty("img.path.update", false);
        config.setProperty("asset.ignore", true);
        for (Map.Entry<String, String> t : TEMPLATES.entrySet()) {
            String key = "template." + t.getKey() + ".file";
            if (siteConfig.get(key).isEmpty()) {
                config.setTemplateFileNameForDocType(t.getKey(), t.getValue());
            }
        }
    }

    private static DocumentModel document(String type, String uri, String title) {
        DocumentModel doc = new DocumentModel();
        doc.setType(type);
        doc.setStatus("published");
        doc.setTitle(title);
        doc.setUri(uri);
        doc.setSourceUri(uri);
        doc.setSha1(uri);
        doc.setCached(true);
        doc.put(InMemoryContentStore.URI_KEY, uri);
        doc.setBody("");
        return doc;
    }

    /**
     * Turns JBake's collected errors into diagnostics. JBake wraps the template engine's exception
     * in one whose message names the absolute output file; the position and the reason come from the
     * Freemarker exception underneath.
     */
    private static void report(Throwable error, Path templates, Diagnostics diags) {
        TemplateException te = cause(error, TemplateException.class);
        if (te != null && te.getTemplateSourceName() != null && te.getLineNumber() != null) {
            String name = te.getTemplateSourceName();
            int line = te.getLineNumber();
            int column = te.getColumnNumber() != null ? te.getColumnNumber() : 0;
            String message;
            String hint = null;
            if (te instanceof InvalidReferenceException && te.getBlamedExpressionString() != null) {
                message = "'" + te.getBlamedExpressionString() + "' is undefined or null";
                hint = "if it may be absent, test it first: <#if " + te.getBlamedExpressionString() + "??>";
            } else if (cause(te, TemplateNotFoundException.class) != null) {
                message = "missing template "
                        + cause(te, TemplateNotFoundException.class).getTemplateName();
            } else {
                message = oneLine(te.getMessageWithoutStackTop());
            }
            diags.add(new Diagnostic(
                    Severity.ERROR,
                    "templates/" + name,
                    line,
                    column,
                    message,
                    "template.render",
                    lineOf(templates.resolve(name), line),
                    hint));
            return;
        }
        TemplateNotFoundException missing = cause(error, TemplateNotFoundException.class);
        if (missing != null) {
            diags.fileError(
                    "templates/" + missing.getTemplateName(),
                    "template.missing",
                    "missing template " + missing.getTemplateName());
            return;
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        diags.fileError("templates", "template.render", oneLine(String.valueOf(root.getMessage())));
    }

    private static <T extends Throwable> T cause(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The text of a 1-based line of a template, or {@code null} when it cannot be read. */
    private static String lineOf(Path file, int line) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
            return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    private static String oneLine(String s) {
        String first = firstLine(s == null ? "template failed" : s).strip();
        int boilerplate = first.indexOf(" This usually");
        return boilerplate > 0 ? first.substring(0, boilerplate) : first;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl >= 0 ? s.substring(0, nl) : s;
    }
}
