package org.glossa.build;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.glossa.linkcheck.LinkCache;
import org.glossa.linkcheck.LinkChecker;
import org.glossa.linkcheck.LinkReport;
import org.glossa.model.Essay;
import org.glossa.model.SiteConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code glossa linkcheck}: checks the essay's external links (the only command that uses the network). */
@Command(
        name = "linkcheck",
        mixinStandardHelpOptions = true,
        description = {
            "Checks every external URL in the content and the bibliography, politely, and reports dead,",
            "moved and timed-out links where they are written. Uses the network; builds never do."
        })
final class LinkCheckCommand implements Callable<Integer> {
    @CommandLine.Mixin
    Main.Common common = new Main.Common();

    @Option(
            names = "--cache",
            paramLabel = "FILE",
            description = "Answers remembered between runs (default: DIR/target/linkcheck-cache.json).")
    Path cache;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "Wait this long for an answer (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds = 15;

    @Option(
            names = "--delay",
            paramLabel = "MS",
            description = "Pause between two requests to one host (default: ${DEFAULT-VALUE}).")
    long delayMillis = 1000;

    @Option(
            names = "--max-age",
            paramLabel = "HOURS",
            description = "Trust cached answers this long (default: ${DEFAULT-VALUE}).")
    long maxAgeHours = 7 * 24;

    @Option(names = "--strict", description = "Treat warnings (moved, timed out, refused links) as errors.")
    boolean strict;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Logging.setUp(common.verbose);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (timeoutSeconds <= 0 || delayMillis < 0 || maxAgeHours < 0) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--timeout must be positive; --delay and --max-age not negative");
        }
        Diagnostics diags = new Diagnostics();
        Path source = common.source.toAbsolutePath().normalize();
        Path configFile = source.resolve(SiteConfig.FILE_NAME);
        if (!Files.isRegularFile(configFile)) {
            err.println("glossa: no " + SiteConfig.FILE_NAME + " in " + source + ": is --source an essay directory?");
            return Builder.USAGE;
        }
        SiteConfig config;
        try {
            config = SiteConfig.parse(SourceFile.read(configFile, SiteConfig.FILE_NAME), diags);
        } catch (SourceFile.MalformedInputException e) {
            diags.add(e.diagnostic());
            config = null;
        }
        if (config == null || diags.hasErrors()) {
            err.print(diags.report());
            return Builder.USAGE;
        }
        Essay essay = new Pipeline().loader().load(source, config, diags);
        if (diags.hasErrors()) {
            err.print(diags.report());
            err.println("Fix these first: links are checked in an essay that builds.");
            return Builder.CONTENT_ERRORS;
        }
        diags = new Diagnostics(); // build warnings belong to `glossa build`
        Path cacheFile = cache != null ? cache : source.resolve("target").resolve("linkcheck-cache.json");
        LinkCache linkCache = LinkCache.load(cacheFile);
        LinkChecker.Options options = new LinkChecker.Options(
                Duration.ofMillis(Math.round(timeoutSeconds * 1000)),
                Duration.ofMillis(delayMillis),
                4,
                Duration.ofHours(maxAgeHours),
                Duration.ofSeconds(30),
                "Glossa-linkcheck/0.1 (+" + config.host() + ")");
        LinkReport.Summary summary =
                LinkReport.run(essay, new LinkChecker(options, linkCache, Clock.systemUTC()), diags);
        linkCache.save();
        if (strict) {
            diags.promoteWarnings();
        }
        if (!diags.isEmpty()) {
            err.print(diags.report());
            err.flush();
        }
        out.println(summary.line());
        return diags.hasErrors() ? Builder.CONTENT_ERRORS : Builder.OK;
    }
}
