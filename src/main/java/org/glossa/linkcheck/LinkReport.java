package org.glossa.linkcheck;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.glossa.diag.Diagnostics;
import org.glossa.model.Essay;

/**
 * Checks every external URL of an essay and reports each problem where the URL is written
 * ({@code path:line:col}): dead links as errors, moved, timed-out, rate-limited and refused
 * links as warnings.
 */
public final class LinkReport {
    /** What one run found, for the closing line. */
    public record Summary(int occurrences, int urls, int fromCache, Map<LinkChecker.Status, Integer> byStatus) {
        public String line() {
            StringBuilder sb = new StringBuilder("Checked ")
                    .append(urls)
                    .append(urls == 1 ? " external URL" : " external URLs")
                    .append(" (")
                    .append(occurrences)
                    .append(" links, ")
                    .append(fromCache)
                    .append(" answers from the cache)");
            byStatus.forEach((status, n) -> sb.append(", ")
                    .append(n)
                    .append(' ')
                    .append(status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
            return sb.toString();
        }
    }

    private LinkReport() {}

    public static Summary run(Essay essay, LinkChecker checker, Diagnostics diags) {
        List<ExternalLinks.Occurrence> links = ExternalLinks.collect(essay, diags);
        TreeSet<String> urls = new TreeSet<>();
        links.forEach(l -> urls.add(l.url()));
        Map<String, LinkChecker.Result> results = checker.check(urls);
        Map<LinkChecker.Status, Integer> byStatus = new java.util.EnumMap<>(LinkChecker.Status.class);
        results.values().forEach(r -> byStatus.merge(r.status(), 1, Integer::sum));
        for (ExternalLinks.Occurrence link : links) {
            report(link, results.get(link.url()), diags);
        }
        return new Summary(links.size(), urls.size(), checker.fromCache(), byStatus);
    }

    private static void report(ExternalLinks.Occurrence link, LinkChecker.Result r, Diagnostics diags) {
        if (r == null) {
            return;
        }
        String url = link.url();
        switch (r.status()) {
            case OK -> {}
            case DEAD -> diags.error(
                    link.file(),
                    link.offset(),
                    "link.dead",
                    "dead link " + url + " (" + r.detail() + ")",
                    "find where the page went (or an archived copy) and update the link");
            case MOVED -> diags.warning(
                    link.file(),
                    link.offset(),
                    "link.moved",
                    "link moved permanently (" + r.code() + "): " + url,
                    r.location().isEmpty() ? "update the link" : "update the link to " + r.location());
            case TIMED_OUT -> diags.warning(
                    link.file(),
                    link.offset(),
                    "link.timeout",
                    "link timed out: " + url + " (" + r.detail() + ")",
                    "check it in a browser, or run the check again later");
            case RATE_LIMITED -> diags.warning(
                    link.file(),
                    link.offset(),
                    "link.rate-limited",
                    "the server limits automated requests (429): " + url,
                    "run the check again later");
            case REFUSED -> diags.warning(
                    link.file(),
                    link.offset(),
                    "link.refused",
                    "the server refused the check (" + r.code() + "): " + url,
                    "check it in a browser");
            case SERVER_ERROR -> diags.warning(
                    link.file(),
                    link.offset(),
                    "link.server-error",
                    "server error (" + r.detail() + "): " + url,
                    "probably temporary: run the check again later");
        }
    }
}
