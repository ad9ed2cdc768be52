package org.glossa.build;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code glossa build | serve | new}: the command line. Thin: each command calls one class. */
@Command(
        name = "glossa",
        mixinStandardHelpOptions = true,
        version = "Glossa 0.1.0",
        description = "Publishes an annotated essay written in Markdown as a static website.",
        subcommands = {Main.Build.class, LinkCheckCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success (warnings allowed)",
            "1:the essay has errors (each printed as path:line:col)",
            "2:usage or configuration error"
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }

    /** Runs the command line without exiting the JVM (for tests and {@code exec:java}). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("glossa: internal error: " + e);
            err.println("This is a bug in Glossa, not in your essay; run with --verbose for details.");
            if (parsed.hasMatchedOption("--verbose")) {
                e.printStackTrace(err);
            }
            return 70;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: build, serve or new");
    }

    /** Options every subcommand shares. */
    static final class Common {
        @Option(names = "--source", paramLabel = "DIR", description = "Essay directory (default: current directory).")
        Path source = Path.of(".");

        @Option(names = "--verbose", description = "Show JBake's and OrientDB's log lines and stack traces.")
        boolean verbose;
    }

    @Command(name = "build", mixinStandardHelpOptions = true, description = "Builds the essay into a static site.")
    static final class Build implements Callable<Integer> {
        @CommandLine.Mixin
        Common common = new Common();

        @Option(names = "--output", paramLabel = "DIR", description = "Where to write the site (default: DIR/target/site).")
        Path output;

        @Option(names = "--strict", description = "Treat warnings as errors.")
        boolean strict;

        @Option(names = "--previous-sitemap", paramLabel = "FILE",
                description = "A previous build's sitemap.xml: warn about published pages that lost their address.")
        Path previousSitemap;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Logging.setUp(common.verbose);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path out1 = output != null ? output : common.source.resolve("target").resolve("site");
            long start = System.nanoTime();
            Builder.Result result = new Builder().build(new Builder.Options(common.source, out1, strict, previousSitemap));
            if (!result.diagnostics().isEmpty()) {
                err.print(result.diagnostics().report());
                err.flush();
            }
            if (result.ok()) {
                long ms = (System.nanoTime() - start) / 1_000_000;
                out.println("Built " + out1.toAbsolutePath().normalize() + " in " + ms + " ms");
            } else if (result.exitCode() == Builder.CONTENT_ERRORS) {
                err.println("Build failed; the previous site in " + out1 + " is unchanged.");
            }
            return result.exitCode();
        }
    }
}
