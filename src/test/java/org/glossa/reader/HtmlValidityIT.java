package org.glossa.reader;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The Nu Html Checker (offline, in-process) over every page of the site and the contract fixture: no errors. */
class HtmlValidityIT {
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** Collects what the checker reports, as {@code file:line:col: message}. */
    static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        String file = "";

        private String where(SAXParseException e) {
            return file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add(where(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(where(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(where(e));
        }
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        Collector collector = new Collector();
        // No language detection: it only ever warns, and slows the run.
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, false, false);

        // The checker really checks: a page with a stray attribute and an unclosed element fails.
        collector.file = "(self-test)";
        org.xml.sax.InputSource bad = new org.xml.sax.InputSource(
                new java.io.StringReader("<!DOCTYPE html><html lang=en><title>x</title><p style-x=1><span></p>"));
        bad.setSystemId("self-test.html");
        validator.checkHtmlInputSource(bad);
        assertTrue(collector.errors.size() >= 1, "the checker reports errors");
        collector.errors.clear();

        List<Path> files = new ArrayList<>();
        for (String page : Site.pages()) {
            files.add(Site.dir().resolve(page));
        }
        files.add(Site.fixtures().resolve("section.html"));
        for (Path file : files) {
            collector.file = file.toString();
            validator.checkHtmlFile(file.toFile(), true);
        }
        System.out.printf(
                "Nu Html Checker: %d pages, %d errors, %d warnings%n",
                files.size(), collector.errors.size(), collector.warnings.size());
        collector.warnings.forEach(w -> System.out.println("  warning: " + w));
        assertTrue(files.size() > 1);
        assertTrue(collector.errors.isEmpty(), String.join("\n", collector.errors));
    }
}
