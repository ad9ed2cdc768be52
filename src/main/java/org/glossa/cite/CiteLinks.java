package org.glossa.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Links a formatted citation to its source's entry: {@code <a class="cite" href="…">Author,
 * <i>Title</i>, 33</a>}. Links never nest, so where the citation already links its URL or DOI, the
 * text on either side is linked separately and the URL keeps its own link. Separating commas and
 * spaces at the edges of a linked run stay outside it.
 */
final class CiteLinks {
    private static final Pattern LEADING = Pattern.compile("^[\\s,;:]+");
    private static final Pattern TRAILING = Pattern.compile("[\\s,;:]+$");

    private CiteLinks() {}

    static String wrap(String html, String href) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        wrapChildren(doc.body(), href);
        return doc.body().html().replace("&nbsp;", "\u00A0");
    }

    private static void wrapChildren(Element parent, String href) {
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(parent.childNodes())) {
            if (child instanceof Element e
                    && (e.normalName().equals("a") || !e.select("a").isEmpty())) {
                wrapRun(run, href);
                run.clear();
                if (!e.normalName().equals("a")) {
                    wrapChildren(e, href);
                }
            } else {
                run.add(child);
            }
        }
        wrapRun(run, href);
    }

    private static void wrapRun(List<Node> run, String href) {
        if (run.isEmpty()) {
            return;
        }
        List<Node> nodes = new ArrayList<>(run);
        if (nodes.get(0) instanceof TextNode first) {
            Matcher m = LEADING.matcher(first.getWholeText());
            if (m.find() && m.end() > 0) {
                if (m.end() == first.getWholeText().length()) {
                    nodes.remove(0);
                } else {
                    nodes.set(0, first.splitText(m.end()));
                }
            }
        }
        if (!nodes.isEmpty() && nodes.get(nodes.size() - 1) instanceof TextNode last) {
            Matcher m = TRAILING.matcher(last.getWholeText());
            if (m.find()) {
                if (m.start() == 0) {
                    nodes.remove(nodes.size() - 1);
                } else {
                    last.splitText(m.start());
                }
            }
        }
        if (nodes.isEmpty()) {
            return;
        }
        Element link = new Element("a").attr("class", "cite").attr("href", href);
        nodes.get(0).before(link);
        for (Node n : nodes) {
            link.appendChild(n);
        }
    }
}
