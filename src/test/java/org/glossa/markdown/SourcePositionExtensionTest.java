package org.glossa.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcePositionExtensionTest {
    private final MarkdownProcessor markdown = new MarkdownProcessor(List.of(GlossaryExtension.create()));

    private String render(String text, boolean locate) {
        Document doc = markdown.parse(text);
        doc.set(TermLinks.KEY, link -> new TermLinks.Target("hedging", "../glossary/hedging.html", "use-hedging-1"));
        if (locate) {
            doc.set(SourcePositionExtension.LOCATOR, offset -> "f.md:1:" + (offset + 1));
        }
        return markdown.render(doc);
    }

    /** The URL of a link or image, the target of a term, the URL of a reference-style link's definition. */
    @Test
    void linksImagesAndTermsCarryWhereTheyWereWritten() {
        assertEquals(
                "<p>A <a href=\"b.html\" data-glossa-src=\"f.md:1:10\">link</a>, <img src=\"c.png\" alt=\"pic\""
                        + " data-glossa-src=\"f.md:1:26\" />, a <a class=\"term\" href=\"../glossary/hedging.html\""
                        + " id=\"use-hedging-1\" data-term=\"hedging\" data-glossa-src=\"f.md:1:38\">hedge</a>,"
                        + " <a href=\"d.html\" data-glossa-src=\"f.md:1:71\">ref</a>.</p>\n",
                render("A [link](b.html), ![pic](c.png), a [[Hedging|hedge]], [ref][r].\n\n[r]: d.html\n", true));
    }

    @Test
    void withoutALocatorNothingIsAdded() {
        assertEquals("<p>A <a href=\"b.html\">link</a>.</p>\n", render("A [link](b.html).", false));
    }
}
