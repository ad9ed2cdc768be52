package org.glossa.cite;

/** The small typographic rules for assembling notes from formatted citations. */
final class NotePunctuation {
    private NotePunctuation() {}

    /**
     * Ends a note with a period, unless it already ends with one (or with ? or !). American usage:
     * the period goes inside closing quotation marks, and after closing tags.
     */
    static String endWithPeriod(String html) {
        int textEnd = html.length();
        while (textEnd > 0 && html.charAt(textEnd - 1) == '>') {
            int tagStart = html.lastIndexOf('<', textEnd - 1);
            if (tagStart < 0) {
                break;
            }
            textEnd = tagStart;
        }
        int quotesStart = textEnd;
        while (quotesStart > 0 && isClosingQuote(html, quotesStart - 1)) {
            quotesStart--;
        }
        if (quotesStart > 0 && ".?!".indexOf(html.charAt(quotesStart - 1)) >= 0) {
            return html;
        }
        if (quotesStart < textEnd) {
            return html.substring(0, quotesStart) + "." + html.substring(quotesStart);
        }
        return html + ".";
    }

    /** ” always closes a quotation; ’ only when a ‘ opened one (otherwise it is an apostrophe). */
    private static boolean isClosingQuote(String html, int i) {
        char c = html.charAt(i);
        return c == '”' || (c == '’' && html.lastIndexOf('‘', i) >= 0);
    }

    /** Upper-cases the first letter of the text (not of a tag). */
    static String capitalizeFirst(String html) {
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i);
                i = close < 0 ? html.length() : close + 1;
            } else if (Character.isLetter(c)) {
                return html.substring(0, i) + Character.toUpperCase(c) + html.substring(i + 1);
            } else {
                return html;
            }
        }
        return html;
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
