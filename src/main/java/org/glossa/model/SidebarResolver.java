package org.glossa.model;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.Suggestions;
import org.glossa.markdown.FrontMatter;
import org.glossa.markdown.PlainText;

/**
 * Resolves {@code sidebars: [name, …]} in sections' front matter: each section gets a box for each
 * sidebar it declares ({@code sidebarBoxes}), and each sidebar the list of sections it appears
 * beside ({@code appearsBeside}).
 */
public final class SidebarResolver implements EssayResolver {
    /** Words of a sidebar's first paragraph shown in its box when it has no summary. */
    static final int EXCERPT_WORDS = 45;

    /** What a sidebar's box shows beside a section. */
    record Box(Page sidebar, String text, List<Map<String, String>> timeline, Heading timelineHeading) {}

    @Override
    public void resolve(Essay essay, Diagnostics diags) {
        Map<String, Page> bySlug = new LinkedHashMap<>();
        essay.sidebars().forEach(s -> bySlug.put(s.slug(), s));
        Map<Page, Box> boxes = new LinkedHashMap<>();
        Map<Page, List<Page>> beside = new LinkedHashMap<>();
        for (Page page : essay.allPages()) {
            FrontMatter.Field field = page.frontMatter().field("sidebars");
            if (field == null || !(field.value() instanceof List<?> names)) {
                continue;
            }
            List<Box> declared = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < names.size(); i++) {
                if (!(names.get(i) instanceof String written)) {
                    continue; // reported by the loader
                }
                String name = written.strip();
                Page sidebar = bySlug.get(name);
                if (sidebar == null) {
                    diags.error(
                            page.source(),
                            field.itemOffset(i),
                            "sidebar.unknown",
                            "unknown sidebar '" + name + "'",
                            unknownHint(name, bySlug.keySet()));
                } else if (!seen.add(name)) {
                    diags.error(
                            page.source(),
                            field.itemOffset(i),
                            "sidebar.duplicate",
                            "sidebar '" + name + "' is listed twice");
                } else {
                    declared.add(boxes.computeIfAbsent(sidebar, SidebarResolver::box));
                    beside.computeIfAbsent(sidebar, s -> new ArrayList<>()).add(page);
                    page.addId("sidebar-" + name);
                    page.addId("sidebar-" + name + "-title");
                }
            }
            if (!declared.isEmpty()) {
                page.data().put("sidebarBoxes", new Boxes(declared));
            }
        }
        for (Page sidebar : essay.sidebars()) {
            sidebar.data().put("appearsBeside", new AppearsBeside(essay, beside.getOrDefault(sidebar, List.of())));
        }
    }

    private static String unknownHint(String name, Set<String> known) {
        String base = name.replaceFirst("^(\\.\\./)?(sidebars/)?", "").replaceFirst("\\.md$", "");
        if (known.contains(base)) {
            return "write the sidebar's file name without folder or extension: '" + base + "'";
        }
        String hint = Suggestions.didYouMean(name, known);
        if (hint != null) {
            return hint;
        }
        return known.isEmpty()
                ? "sidebars are the files in content/sidebars/, and there are none"
                : "sidebars: " + String.join(", ", known);
    }

    /** The box of a sidebar: its summary (or opening words), its timeline, a link to it. */
    private static Box box(Page sidebar) {
        String text = sidebar.summary();
        if (text.isBlank()) {
            Node first = firstOfType(sidebar.document(), Paragraph.class);
            text = first == null ? "" : GlossaryResolver.firstWords(PlainText.of(first), EXCERPT_WORDS);
        }
        List<Map<String, String>> timeline = new ArrayList<>();
        Heading heading = null;
        TableBlock table = (TableBlock) firstOfType(sidebar.document(), TableBlock.class);
        if (table != null) {
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                if (!(section instanceof TableBody)) {
                    continue;
                }
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow
                            && row.getFirstChild() != null
                            && row.getFirstChild().getNext() != null) {
                        Map<String, String> entry = new LinkedHashMap<>();
                        entry.put("date", PlainText.of(row.getFirstChild()));
                        entry.put("event", PlainText.of(row.getFirstChild().getNext()));
                        timeline.add(entry);
                    }
                }
            }
            heading = headingBefore(table);
        }
        return new Box(sidebar, text, timeline, heading);
    }

    private static Node firstOfType(Node node, Class<?> type) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (type.isInstance(child)) {
                return child;
            }
            Node inner = firstOfType(child, type);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static Heading headingBefore(Node node) {
        for (Node n = node.getPrevious(); n != null; n = n.getPrevious()) {
            if (n instanceof Heading h) {
                return h;
            }
        }
        return null;
    }

    /** The boxes shown beside one section. */
    record Boxes(List<Box> boxes) implements TemplateData {
        @Override
        public Object forTemplate(String root) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Box box : boxes) {
                Page sidebar = box.sidebar();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", "sidebar-" + sidebar.slug());
                m.put("titleId", "sidebar-" + sidebar.slug() + "-title");
                m.put("title", sidebar.title());
                m.put("text", box.text());
                m.put("timeline", box.timeline());
                Heading heading = box.timelineHeading();
                m.put("timelineTitle", heading != null ? PlainText.of(heading) : "Timeline");
                m.put("timelineUrl", heading != null ? root + sidebar.url() + "#" + heading.getAnchorRefId() : null);
                m.put("url", root + sidebar.url());
                list.add(m);
            }
            return list;
        }
    }

    /** On a sidebar's page: the sections it is shown beside. */
    record AppearsBeside(Essay essay, List<Page> sections) implements TemplateData {
        @Override
        public Object forTemplate(String root) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Page section : sections) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", GlossaryResolver.kind(essay, section));
                m.put("title", section.title());
                m.put("url", root + section.url());
                list.add(m);
            }
            return list;
        }
    }
}
