package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays every input the fuzzer once failed on ({@code src/test/resources/fuzz/}, each a section
 * file) through the same checks, so a fixed bug stays fixed.
 */
class FuzzReplayTest {
    @TempDir
    static Path temp;

    @TestFactory
    Stream<DynamicTest> everyKeptInputKeepsThePromises() throws IOException {
        List<Path> inputs;
        try (Stream<Path> s = Files.list(MarkdownFuzzTest.FUZZ_DIR)) {
            inputs = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertFalse(inputs.isEmpty(), "no kept inputs in " + MarkdownFuzzTest.FUZZ_DIR);
        FuzzTarget target = new FuzzTarget(temp.resolve("replay"));
        return inputs.stream()
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                    FuzzTarget.Outcome outcome = target.check(Files.readAllBytes(p));
                    assertEquals(
                            List.of(), outcome.violations(), p.getFileName().toString());
                }));
    }

    /** Every HTML parse error in the pages of a written site. */
    static List<String> htmlErrors(Path site) throws IOException {
        List<String> errors = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            Parser parser = Parser.htmlParser().setTrackErrors(20);
            parser.parseInput(Files.readString(page, StandardCharsets.UTF_8), "");
            for (ParseError error : parser.getErrors()) {
                errors.add(site.relativize(page) + ": " + error);
            }
        }
        return errors;
    }
}
