package org.glossa.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.glossa.bench.CorpusGenerator;
import org.glossa.build.Builder;
import org.glossa.diag.Diagnostics;
import org.glossa.testing.EssayFixture;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** The output check over a site built from the benchmark corpus (every page parsed once by jsoup). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OutputCheckBenchmark {
    @Param("100")
    public int sections;

    private Path dir;
    private Path site;

    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("glossa-jmh-output-");
        Path corpus = dir.resolve("corpus");
        site = dir.resolve("site");
        CorpusGenerator.write(sections, corpus, CorpusGenerator.Format.GLOSSA);
        Builder.Result result = new Builder().build(new Builder.Options(corpus, site, true));
        if (!result.ok()) {
            throw new IllegalStateException(
                    "benchmark corpus failed to build:\n" + result.diagnostics().report());
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        EssayFixture.deleteTree(dir);
    }

    @Benchmark
    public Diagnostics checkSite() throws IOException {
        Diagnostics diags = new Diagnostics();
        OutputCheck.check(site, "/", diags);
        if (!diags.isEmpty()) {
            throw new IllegalStateException(diags.report());
        }
        return diags;
    }
}
