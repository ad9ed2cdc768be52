package org.glossa.cite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glossa.bench.CorpusGenerator;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.glossa.testing.EssayFixture;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Citation formatting on the benchmark bibliography (200 sources): a note once the formatter has
 * seen the source (the common case: each source is run through citeproc-java once per form), and
 * what one build pays in all: a new formatter, a full and a short note with locators and the
 * bibliography entry of every source.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CitationBenchmark {
    private Bibliography bibliography;
    private List<Source> sources;
    private CitationFormatter warm;
    private int next;

    @Setup
    public void setUp() throws IOException {
        Path corpus = Files.createTempDirectory("glossa-jmh-cite-");
        try {
            CorpusGenerator.write(4, corpus, CorpusGenerator.Format.GLOSSA);
            Diagnostics diags = new Diagnostics();
            bibliography = Bibliography.load(
                    SourceFile.read(corpus.resolve("content/sources.bib"), "content/sources.bib"), diags);
            if (!diags.isEmpty()) {
                throw new IllegalStateException("benchmark bibliography has problems:\n" + diags.report());
            }
        } finally {
            EssayFixture.deleteTree(corpus);
        }
        sources = bibliography.sources();
        warm = new CitationFormatter(bibliography);
        formatAll(warm);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public String cachedNote() {
        Source source = sources.get(next++ % sources.size());
        return warm.note(List.of(
                new CiteRequest(source, Cite.parse("see", ", p. 33"), true),
                new CiteRequest(sources.get(next % sources.size()), Cite.at("12-14"), false)));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 10)
    @Measurement(iterations = 10)
    public int wholeBibliography() {
        return formatAll(new CitationFormatter(bibliography));
    }

    private int formatAll(CitationFormatter formatter) {
        int length = 0;
        for (Source s : sources) {
            length += formatter.fullNote(s, Cite.at("12-14")).length();
            length += formatter.shortNote(s, Cite.at("40")).length();
            length += formatter.shortNote(s, Cite.NONE).length();
            length += formatter.bibliographyEntry(s).length();
        }
        return length;
    }
}
