package org.glossa.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {
    @Test
    void decodesSegmentsAndRemembersTheTrailingSlash() throws Exception {
        RequestPath p = RequestPath.parse("/essay/radio.html");
        assertEquals(List.of("essay", "radio.html"), p.segments());
        assertFalse(p.trailingSlash());
        assertTrue(RequestPath.parse("/glossary/").trailingSlash());
        assertEquals(List.of(), RequestPath.parse("/").segments());
    }

    @Test
    void decodesPercentEscapesAsUtf8() throws Exception {
        assertEquals(
                List.of("a b", "ré.html"),
                RequestPath.parse("/a%20b/r%C3%A9.html").segments());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/../pom.xml",
                "/essay/../../pom.xml",
                "/%2e%2e/pom.xml",
                "/%2E%2E/pom.xml",
                "/.%2e/pom.xml",
                "/..%2fpom.xml",
                "/..%2Fpom.xml",
                "/..%5cpom.xml",
                "/%2e%2e%5cpom.xml",
                "/..\\pom.xml",
                "/./index.html",
                "/a%00.html",
                "/a%0a.html",
                "/%zz",
                "/%C3",
                "/%",
                "relative",
            })
    void refusesAnythingThatCouldLeaveTheSite(String raw) {
        assertThrows(RequestPath.BadPathException.class, () -> RequestPath.parse(raw));
    }

    @Test
    void doubleEncodingStaysLiteral() throws Exception {
        // %252e is a literal "%2e" file name, not a dot: harmless, and answered with 404.
        assertEquals(
                List.of("%2e%2e", "pom.xml"),
                RequestPath.parse("/%252e%252e/pom.xml").segments());
    }

    @Test
    void hiddenSegmentsAreNoticed() throws Exception {
        assertTrue(RequestPath.parse("/.git/config").hasHiddenSegment());
        assertFalse(RequestPath.parse("/css/glossa.css").hasHiddenSegment());
    }

    @Test
    void underStripsTheBasePath() throws Exception {
        RequestPath p = RequestPath.parse("/essay-site/essay/radio.html");
        assertEquals(
                List.of("essay", "radio.html"), p.under(List.of("essay-site")).segments());
        assertEquals(null, p.under(List.of("other")));
    }
}
