package org.glossa.serve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.diag.Diagnostic;

/**
 * What the preview server adds to each HTML page it serves, and only there (the built site never
 * holds it): the live-reload script and, after a failed rebuild, the list of problems. Both are
 * external files, so the site's Content-Security-Policy ({@code script-src 'self'}, no inline
 * styles) holds in preview too. Every piece of text from a diagnostic is HTML-escaped: messages
 * and source lines quote what the author wrote.
 */
final class Overlay {
    static final String SCRIPT_PATH = "/_glossa/live.js";
    static final String STYLE_PATH = "/_glossa/overlay.css";
    static final String EVENTS_PATH = "/_glossa/events";
    static final String VERSION_META = "glossa-preview-version";

    private static final Pattern HEAD_END = Pattern.compile("</head\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_START = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private Overlay() {}

    /**
     * Adds the preview's head elements and, when there are problems, the overlay at the start of
     * the body.
     *
     * @param version the site version the page belongs to; the script reloads on any other
     */
    static String inject(String page, String version, List<Diagnostic> problems) {
        String head = headElements(version);
        StringBuilder sb = new StringBuilder(page.length() + head.length() + 512);
        Matcher headEnd = HEAD_END.matcher(page);
        Matcher bodyStart = BODY_START.matcher(page);
        String overlay = problems.isEmpty() ? "" : markup(problems, true);
        if (headEnd.find()) {
            sb.append(page, 0, headEnd.start()).append(head);
            int rest = headEnd.start();
            if (bodyStart.find(headEnd.end())) {
                sb.append(page, rest, bodyStart.end()).append(overlay).append(page, bodyStart.end(), page.length());
            } else {
                sb.append(page, rest, page.length()).append(overlay);
            }
        } else {
            sb.append(head).append(overlay).append(page);
        }
        return sb.toString();
    }

    /** The page served for every HTML request while no build of the essay has succeeded yet. */
    static String failurePage(String version, List<Diagnostic> problems) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Build failed · Glossa preview</title>\n"
                + headElements(version)
                + "</head>\n<body class=\"glossa-preview-failed\">\n"
                + markup(problems, false)
                + "</body>\n</html>\n";
    }

    private static String headElements(String version) {
        return "<meta name=\"" + VERSION_META + "\" content=\"" + escape(version) + "\">\n"
                + "<link rel=\"stylesheet\" href=\"" + STYLE_PATH + "\">\n"
                + "<script src=\"" + SCRIPT_PATH + "\" defer></script>\n";
    }

    /** The list of problems, in the order and words the terminal shows them. */
    /** @param overPage whether the list sits over the last good version of the page */
    static String markup(List<Diagnostic> problems, boolean overPage) {
        long errors = problems.stream().filter(Diagnostic::isError).count();
        long warnings = problems.size() - errors;
        StringBuilder sb = new StringBuilder();
        sb.append("<section id=\"glossa-overlay\" class=\"glossa-overlay\" role=\"alert\""
                + " aria-labelledby=\"glossa-overlay-title\">\n");
        sb.append("<h2 id=\"glossa-overlay-title\">The essay did not build: ").append(count(errors, "error"));
        if (warnings > 0) {
            sb.append(", ").append(count(warnings, "warning"));
        }
        sb.append("</h2>\n");
        sb.append(overPage ? "<p>You are reading the last version that built." : "<p>Nothing has built yet.")
                .append(" Fix the problems and save: this page reloads by itself.</p>\n<ol>\n");
        for (Diagnostic d : problems) {
            sb.append("<li class=\"glossa-overlay-")
                    .append(d.severity().label())
                    .append("\">");
            sb.append("<p><code>").append(escape(location(d))).append("</code>: ");
            sb.append("<strong>").append(escape(d.severity().label())).append("</strong>: ");
            sb.append(escape(d.message()))
                    .append(" <span class=\"glossa-overlay-code\">[")
                    .append(escape(d.code()))
                    .append("]</span></p>");
            if (d.sourceLine() != null && d.line() > 0) {
                String shown = d.sourceLine().replace('\t', ' ');
                sb.append("<pre>").append(escape(shown));
                if (d.column() > 0) {
                    sb.append('\n')
                            .append(" ".repeat(Math.min(d.column() - 1, shown.length())))
                            .append('^');
                }
                sb.append("</pre>");
            }
            if (d.hint() != null) {
                sb.append("<p class=\"glossa-overlay-hint\">")
                        .append(escape(d.hint()))
                        .append("</p>");
            }
            sb.append("</li>\n");
        }
        return sb.append("</ol>\n</section>\n").toString();
    }

    /** {@code path:line:col}, as far as known. */
    private static String location(Diagnostic d) {
        String where = d.path();
        if (d.line() > 0) {
            where += ":" + d.line();
            if (d.column() > 0) {
                where += ":" + d.column();
            }
        }
        return where;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
