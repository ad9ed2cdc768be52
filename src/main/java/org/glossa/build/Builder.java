package org.glossa.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.glossa.cite.CitationCache;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.glossa.html.OutputCheck;
import org.glossa.model.Essay;
import org.glossa.model.Page;
import org.glossa.model.SiteConfig;
import org.glossa.publish.AssetHashing;
import org.glossa.publish.Precompression;
import org.glossa.site.JBakeSite;
import org.glossa.site.SearchIndex;
import org.glossa.site.TemplateCheck;
import org.glossa.site.Theme;

/**
 * One build, phase by phase, with two gates: nothing is rendered while the model has errors,
 * and nothing is published while the written site has errors.
 */
public final class Builder {
    /** Exit codes, as picocli names them. */
    public static final int OK = 0;

    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;

    /** One worker for the phases that overlap the parse; daemon, so it never keeps the JVM alive. */
    private static final Executor BACKGROUND = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "glossa-prepare");
        t.setDaemon(true);
        return t;
    });

    /** Reused by every build of this builder: the preview server keeps one for all its rebuilds. */
    private final Pipeline pipeline = new Pipeline();

    private final Timings timings = Timings.fromSystemProperty();

    private final boolean deployFiles;

    /** What the preview's previous build found in each written page (null for a one-off build). */
    private final OutputCheck.ScanCache scans;

    public Builder() {
        this(true);
    }

    private Builder(boolean deployFiles) {
        this.deployFiles = deployFiles;
        this.scans = deployFiles ? null : new OutputCheck.ScanCache();
    }

    /**
     * A builder for the preview server: it leaves out what only a deployed site needs, content-hashed
     * asset names and gzip copies (the preview tells browsers not to cache), so rebuilds are faster.
     */
    public static Builder forPreview() {
        return new Builder(false);
    }

    /** How many Markdown files the last build parsed; the others were unchanged since the build before. */
    public int parsedInLastBuild() {
        return pipeline.parsedInLastLoad();
    }

    /** @param previousSitemap a previous build's sitemap.xml to keep addresses stable, or {@code null} */
    public record Options(Path source, Path output, boolean strict, Path previousSitemap) {
        public Options(Path source, Path output, boolean strict) {
            this(source, output, strict, null);
        }
    }

    public record Result(int exitCode, Diagnostics diagnostics, Essay essay) {
        public boolean ok() {
            return exitCode == OK;
        }
    }

    public Result build(Options options) {
        Diagnostics diags = new Diagnostics();
        Path source = options.source().toAbsolutePath().normalize();
        Path output = options.output().toAbsolutePath().normalize();
        if (!Files.isDirectory(source)) {
            diags.fileError(options.source().toString(), "config.source", "essay directory does not exist");
            return new Result(USAGE, diags, null);
        }
        if (output.equals(source) || source.startsWith(output)) {
            diags.fileError(
                    options.output().toString(),
                    "config.output",
                    "the output folder must not be the essay directory or contain it");
            return new Result(USAGE, diags, null);
        }
        Path configFile = source.resolve(SiteConfig.FILE_NAME);
        SiteConfig config;
        try {
            SourceFile file = SourceFile.read(configFile, SiteConfig.FILE_NAME);
            config = SiteConfig.parse(file, diags);
        } catch (SourceFile.MalformedInputException e) {
            diags.add(e.diagnostic());
            return new Result(USAGE, diags, null);
        } catch (IOException e) {
            diags.fileError(
                    SiteConfig.FILE_NAME,
                    "config.missing",
                    Files.exists(configFile)
                            ? "cannot read " + SiteConfig.FILE_NAME
                            : "no " + SiteConfig.FILE_NAME + " in " + source + ": is --source an essay directory?");
            return new Result(USAGE, diags, null);
        }
        if (diags.hasErrors()) {
            return new Result(USAGE, diags, null);
        }

        timings.mark("start");
        // On a second core while the essay is parsed: assemble the theme, check the templates and
        // prepare JBake (in a fresh JVM, loading Freemarker's and JBake's classes is much of a small
        // build's time).
        CompletableFuture<Site> site =
                CompletableFuture.supplyAsync(() -> prepareSite(source, config, diags), BACKGROUND);
        try {
            return buildWithSite(options, source, output, config, site, diags);
        } finally {
            Site s = site.exceptionally(e -> null).join();
            if (s != null) {
                try {
                    s.theme().close();
                } catch (java.io.UncheckedIOException ignored) {
                    // best effort: a leftover theme folder is temporary and harmless
                }
            }
        }
    }

    /** The theme and JBake, ready to bake: made before the essay is loaded, on another thread. */
    private record Site(Theme theme, JBakeSite.Prepared jbake) {}

    /** @return {@code null} when the theme cannot be assembled (reported) */
    private static Site prepareSite(Path source, SiteConfig config, Diagnostics diags) {
        Theme theme;
        try {
            theme = Theme.assemble(source);
        } catch (IOException | java.io.UncheckedIOException e) {
            diags.fileError("templates", "template.unreadable", "cannot prepare the theme: " + e.getMessage());
            return null;
        }
        try {
            TemplateCheck.check(theme.dir().resolve("templates"), "templates/", requiredTemplates(config), diags);
            return new Site(theme, JBakeSite.prepare(source, config, theme.dir()));
        } catch (RuntimeException | Error e) {
            theme.close();
            throw e;
        }
    }

    private Result buildWithSite(
            Options options,
            Path source,
            Path output,
            SiteConfig config,
            CompletableFuture<Site> site,
            Diagnostics diags) {
        Essay essay = pipeline.loader().load(source, config, diags);
        timings.mark("load");
        Site prepared = join(site);
        timings.mark("prepare");
        if (prepared == null) {
            return new Result(CONTENT_ERRORS, diags, essay);
        }
        if (options.previousSitemap() != null) {
            PreviousSitemap.check(options.previousSitemap(), essay, diags);
        }
        if (gateFails(diags, options.strict())) {
            return new Result(CONTENT_ERRORS, diags, essay);
        }

        pipeline.renderer().render(essay);
        timings.mark("render");
        Path staging = null;
        CompletableFuture<Void> indexWritten = null;
        try {
            staging = Publisher.createStaging(output);
            JBakeSite.bake(essay, prepared.jbake(), staging, diags);
            // The search index, tens of megabytes for a large essay, is written (and compressed) on
            // the second thread while the pages are checked; it reads nothing the check rewrites.
            Set<Path> compressed = ConcurrentHashMap.newKeySet();
            SearchIndex.Pending index = SearchIndex.start(essay, staging);
            indexWritten = CompletableFuture.runAsync(
                    () -> {
                        try {
                            Path file = index.write();
                            if (deployFiles) {
                                Precompression.compress(file, Files.readAllBytes(file));
                                compressed.add(file);
                            }
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    },
                    BACKGROUND);
            timings.mark("bake");
            // One pass over the pages, each read, parsed and written once: it gives them their
            // hashed asset names, strips the source locations, precompresses them and keeps what
            // the check needs.
            if (!diags.hasErrors()) {
                // Content-hashed names and gzip copies only for a deployed site, not for the preview.
                AssetHashing.Plan assets = deployFiles
                        ? AssetHashing.plan(staging, prepared.theme().dir().resolve("assets"), config.basePath())
                        : null;
                OutputCheck.PageWriter writer = new OutputCheck.PageWriter() {
                    @Override
                    public String assetUrl(String page, String url) {
                        return assets == null ? url : assets.use(page, url);
                    }

                    @Override
                    public void written(Path file, byte[] content) throws IOException {
                        if (deployFiles) {
                            Precompression.compress(file, content);
                            compressed.add(file);
                        }
                    }
                };
                OutputCheck.Scan scan = scans == null
                        ? OutputCheck.scanAndWrite(staging, writer)
                        : OutputCheck.scanAndWrite(staging, writer, scans);
                if (assets != null) {
                    assets.apply();
                }
                // The check sees links as published, hashed asset names included.
                OutputCheck.check(
                        scan,
                        config.basePath(),
                        sources(essay),
                        assets == null ? OutputCheck.PublishedUrl.UNCHANGED : assets::publishedUrl,
                        diags);
            }
            try {
                indexWritten.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof java.io.UncheckedIOException u) {
                    throw u.getCause();
                }
                throw e;
            }
            timings.mark("check");
            if (gateFails(diags, options.strict())) {
                return new Result(CONTENT_ERRORS, diags, essay);
            }
            if (deployFiles) {
                Precompression.apply(staging, compressed); // last: the copies must match the published files
            }
            timings.mark("compress");
            Publisher.publish(staging, output);
            CitationCache.forEssay(source).save();
            timings.mark("publish");
            timings.print(System.err);
            staging = null;
            return new Result(OK, diags, essay);
        } catch (IOException e) {
            diags.fileError(output.toString(), "output.io", "cannot write the site: " + e.getMessage());
            return new Result(CONTENT_ERRORS, diags, essay);
        } finally {
            if (indexWritten != null) {
                indexWritten.exceptionally(e -> null).join(); // it writes into the staging folder
            }
            if (staging != null) {
                try {
                    Publisher.deleteTree(staging);
                } catch (IOException ignored) {
                    // best effort: a leftover staging folder is hidden and harmless
                }
            }
        }
    }

    /** The essay's files by display path, so the output check can quote a content line. */
    private static Map<String, SourceFile> sources(Essay essay) {
        Map<String, SourceFile> sources = new HashMap<>();
        for (Page page : essay.allPages()) {
            sources.put(page.source().path(), page.source());
        }
        return sources;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static boolean gateFails(Diagnostics diags, boolean strict) {
        if (strict) {
            diags.promoteWarnings();
        }
        return diags.hasErrors();
    }

    /** One template per document type: JBake's default name, or the one site-config.properties names. */
    private static List<String> requiredTemplates(SiteConfig config) {
        List<String> names = new ArrayList<>();
        for (var t : JBakeSite.TEMPLATES.entrySet()) {
            String own = config.get("template." + t.getKey() + ".file");
            names.add(own.isEmpty() ? t.getValue() : own);
        }
        return names;
    }
}
