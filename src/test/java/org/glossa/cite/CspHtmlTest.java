package org.glossa.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CspHtmlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {
                "<span style=\"font-style: italic\">T</span>                      | <i>T</i>",
                "<span style=\"font-style: oblique\">T</span>                     | <i>T</i>",
                "<span style=\"font-weight: bold\">T</span>                       | <b>T</b>",
                "<span style=\"font-variant: small-caps\">T</span>                | <span class=\"sc\">T</span>",
                "<span style=\"text-decoration: underline\">T</span>              | <u>T</u>",
                "<span style=\"font-weight: 100\">T</span>                        | T",
                "<sup>2</sup>                                                     | <sup>2</sup>",
                "<div class=\"csl-entry\">Entry</div>                              | Entry",
                "<a href=\"https://x.org/?a=1&amp;b=2\">x</a>                      | <a href=\"https://x.org/?a=1&amp;b=2\">x</a>",
                "<a href=\"javascript:alert(1)\">x</a>                             | x",
                "&ldquo;A &ldquo;B&rdquo; C&rdquo;                                | “A ‘B’ C”",
                "&ldquo;&ldquo;B,&rdquo;&rdquo; 3                                  | “‘B,’” 3",
                "&ldquo;a &ldquo;b &ldquo;c&rdquo;&rdquo;&rdquo;                   | “a ‘b “c”’”",
                "&lt;script&gt; &amp; soldiers&rsquo;                               | &lt;script&gt; &amp; soldiers’",
                "A&nbsp;B                                                           | A\u00A0B",
            })
    void rewritesForStrictCspAndChicagoQuotes(String csl, String expected) {
        assertEquals(expected, CspHtml.clean(csl));
    }
}
