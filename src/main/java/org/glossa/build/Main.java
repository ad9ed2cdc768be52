package org.glossa.build;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code glossa build | serve | new}: the command line. Thin: each command calls one class. */
@Command(
        name = "glossa",
        mixinStandardHelpOptions = true,
        version = "Glossa 0.1.0",
        description = "Publishes an annotated essay written in Markdown as a static website.",
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
        if (Boolean.getBoolean(Launcher.RELAUNCHED) && args.length > 0 && args[0].equals("serve")) {
            Launcher.stopWithFirstJvm();
        }
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }

    /** The commands, in the order {@code --help} lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> c = new LinkedHashMap<>();
        c.put("build", Build::new);
        c.put("serve", Serve::new);
        c.put("new", New::new);
        c.put("linkcheck", LinkCheckCommand::new);
        c.put("help", CommandLine.HelpCommand::new);
        return c;
    }

    /** Runs the command line without exiting the JVM (for tests and {@code exec:java}). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        // picocli reflects over every command it is given, which is a tenth of a second of a cold
        // build: when the first argument names a command, only that one is added. Help, usage
        // errors and suggestions for a mistyped command see them all.
        String first = args.length > 0 ? args[0] : "";
        boolean one = COMMANDS.containsKey(first) && !first.equals("help");
        COMMANDS.forEach((name, command) -> {
            if (!one || name.equals(first)) {
                cli.addSubcommand(name, command.get());
            }
        });
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

        @Option(
                names = "--output",
                paramLabel = "DIR",
                description = "Where to write the site (default: DIR/target/site).")
        Path output;

        @Option(names = "--strict", description = "Treat warnings as errors.")
        boolean strict;

        @Option(
                names = "--previous-sitemap",
                paramLabel = "FILE",
                description = "A previous build's sitemap.xml: warn about published pages that lost their address.")
        Path previousSitemap;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Logging.setUp(common.verbose);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path out1 =
                    output != null ? output : common.source.resolve("target").resolve("site");
            long start = System.nanoTime();
            Builder.Result result =
                    new Builder().build(new Builder.Options(common.source, out1, strict, previousSitemap));
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

    @Command(
            name = "serve",
            mixinStandardHelpOptions = true,
            description = {
                "Builds the essay, serves it on this computer and rebuilds it on every change to content/,",
                "templates/, assets/ or site-config.properties; open pages reload by themselves, and show",
                "the problems when a rebuild fails."
            })
    static final class Serve implements Callable<Integer> {
        @CommandLine.Mixin
        Common common = new Common();

        @Option(
                names = "--port",
                paramLabel = "N",
                description = "Port to listen on; 0 for any free port (default: ${DEFAULT-VALUE}).")
        int port = 8820;

        @Option(
                names = "--host",
                paramLabel = "ADDRESS",
                description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
        String host = "127.0.0.1";

        @Option(
                names = "--output",
                paramLabel = "DIR",
                description = "Where to write the preview's builds (default: DIR/target/preview).")
        Path output;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            Logging.setUp(common.verbose);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (port < 0 || port > 65535) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
            }
            Path out1 =
                    output != null ? output : common.source.resolve("target").resolve("preview");
            // Ctrl-C: stop watching and serving, and let a rebuild under way finish. Registered
            // first, so that a signal during start-up also ends with an orderly stop.
            AtomicReference<Preview> running = new AtomicReference<>();
            Thread stop = new Thread(
                    () -> {
                        Preview p = running.get();
                        if (p != null) {
                            p.close();
                        }
                        out.println("Stopped.");
                        out.flush();
                    },
                    "glossa-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            Preview preview;
            try {
                preview = Preview.start(new Preview.Options(common.source, out1, host, port), out, err);
            } catch (Preview.StartException e) {
                Runtime.getRuntime().removeShutdownHook(stop);
                err.println("glossa: " + e.getMessage());
                return Builder.USAGE;
            }
            running.set(preview);
            preview.awaitClose();
            return Builder.OK;
        }
    }

    @Command(
            name = "new",
            mixinStandardHelpOptions = true,
            description = "Creates a new file of the essay with its name and front matter, and prints its path.",
            subcommands = {New.Essay.class, New.Section.class, New.Term.class, New.Sidebar.class})
    static final class New implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "missing what to create: essay, section, term or sidebar");
        }

        @Command(
                name = "essay",
                mixinStandardHelpOptions = true,
                description = "Creates a complete, buildable essay in DIR (default: --source) with the default theme.")
        static final class Essay implements Callable<Integer> {
            @CommandLine.Mixin
            Common common = new Common();

            @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "DIR")
            Path dir;

            @Option(names = "--title", paramLabel = "TITLE", description = "The essay's title.")
            String title = "An Annotated Essay";

            @Option(names = "--author", paramLabel = "NAME", description = "The author (several separated by ;).")
            String author = "Anonymous";

            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @Override
            public Integer call() throws java.io.IOException {
                Path target = dir != null ? dir : common.source;
                try {
                    NewEssay.create(target, title, author);
                    spec.commandLine().getOut().println(target);
                    return Builder.OK;
                } catch (Scaffold.RefusedException e) {
                    spec.commandLine().getErr().println("glossa: " + e.getMessage());
                    return Builder.USAGE;
                }
            }
        }

        /** What every {@code new} subcommand shares: the essay, the title, an optional file name. */
        abstract static class FileCommand implements Callable<Integer> {
            @CommandLine.Mixin
            Common common = new Common();

            @CommandLine.Parameters(index = "0", paramLabel = "TITLE")
            String title;

            @Option(
                    names = "--slug",
                    paramLabel = "SLUG",
                    description = "File name without .md (default: made from the title).")
            String slug;

            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            abstract Scaffold.Kind kind();

            @Override
            public Integer call() throws java.io.IOException {
                try {
                    Path file = Scaffold.create(common.source, kind(), title, slug);
                    spec.commandLine().getOut().println(file);
                    return Builder.OK;
                } catch (Scaffold.RefusedException e) {
                    spec.commandLine().getErr().println("glossa: " + e.getMessage());
                    return Builder.USAGE;
                }
            }
        }

        @Command(
                name = "section",
                mixinStandardHelpOptions = true,
                description = "Creates content/essay/NN-slug.md, numbered after the last section.")
        static final class Section extends FileCommand {
            @Override
            Scaffold.Kind kind() {
                return Scaffold.Kind.SECTION;
            }
        }

        @Command(name = "term", mixinStandardHelpOptions = true, description = "Creates content/glossary/slug.md.")
        static final class Term extends FileCommand {
            @Override
            Scaffold.Kind kind() {
                return Scaffold.Kind.TERM;
            }
        }

        @Command(name = "sidebar", mixinStandardHelpOptions = true, description = "Creates content/sidebars/slug.md.")
        static final class Sidebar extends FileCommand {
            @Override
            Scaffold.Kind kind() {
                return Scaffold.Kind.SIDEBAR;
            }
        }
    }
}
