package org.glossa.build;

import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.glossa.bench.CorpusGenerator;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.glossa.markdown.MarkdownProcessor;
import org.glossa.model.Essay;
import org.glossa.model.EssayRenderer;
import org.glossa.model.Page;
import org.glossa.model.SiteConfig;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing and rendering one benchmark section (about 1,500 words, 10 notes, 5 glossary links, 3
 * cross-links) with the build's own Markdown processor and every extension the {@link Pipeline}
 * registers. Rendering uses a page of a loaded, resolved essay, as the build renders it. Lives in
 * this package to use the build's Pipeline as it is.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MarkdownBenchmark {
    private Path corpus;
    private MarkdownProcessor markdown;
    private String body;
    private Page section;
    private EssayRenderer renderer;

    @Setup
    public void setUp() throws IOException {
        corpus = Files.createTempDirectory("glossa-jmh-markdown-");
        CorpusGenerator.write(10, corpus, CorpusGenerator.Format.GLOSSA);
        Pipeline pipeline = new Pipeline();
        Diagnostics diags = new Diagnostics();
        SiteConfig config =
                SiteConfig.parse(SourceFile.read(corpus.resolve(SiteConfig.FILE_NAME), SiteConfig.FILE_NAME), diags);
        Essay essay = pipeline.loader().load(corpus, config, diags);
        if (diags.hasErrors()) {
            throw new IllegalStateException("benchmark corpus has errors:\n" + diags.report());
        }
        section = essay.sections().get(3);
        renderer = pipeline.renderer();
        markdown = pipeline.markdown();
        body = section.source().text().substring(section.frontMatter().bodyOffset());
    }

    @TearDown
    public void tearDown() throws IOException {
        EssayFixture.deleteTree(corpus);
    }

    @Benchmark
    public Document parseSection() {
        return markdown.parse(body);
    }

    @Benchmark
    public String renderSection() {
        return renderer.html(section);
    }
}
