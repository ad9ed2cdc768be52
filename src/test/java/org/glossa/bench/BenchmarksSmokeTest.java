package org.glossa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The smoke run of the microbenchmarks: every benchmark runs once, in this JVM, on the smallest
 * corpus, so a change that breaks one fails the build. It asserts that they run, never how fast
 * (speed lives in docs/BENCHMARKS.md; bench/jmh.sh measures).
 */
class BenchmarksSmokeTest {
    @Test
    void everyBenchmarkRunsOnTheSmallestCorpus() throws RunnerException {
        // JMH refuses to run beside another JMH process (a benchmark run on the same machine);
        // a smoke run measures nothing, so it need not be alone.
        System.setProperty("jmh.ignoreLock", "true");
        Options options = new OptionsBuilder()
                .include("org\\.glossa\\..*Benchmark")
                .param("sections", "10")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(20))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();

        Set<String> ran = new TreeSet<>();
        for (RunResult result : results) {
            ran.add(result.getParams().getBenchmark());
            assertTrue(
                    result.getPrimaryResult().getScore() > 0, result.getParams().getBenchmark());
        }
        assertEquals(
                Set.of(
                        "org.glossa.build.MarkdownBenchmark.parseSection",
                        "org.glossa.build.MarkdownBenchmark.renderSection",
                        "org.glossa.cite.CitationBenchmark.cachedNote",
                        "org.glossa.cite.CitationBenchmark.wholeBibliography",
                        "org.glossa.html.OutputCheckBenchmark.checkSite"),
                ran);
    }
}
