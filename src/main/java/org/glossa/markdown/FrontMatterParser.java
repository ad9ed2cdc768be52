package org.glossa.markdown;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Splits a file into YAML front matter and body and reads the YAML as a node tree, which keeps
 * positions (the usual {@code load} would lose them). Only plain data is accepted: no anchors'
 * type tags, no custom objects.
 */
public final class FrontMatterParser {
    private static final int MAX_YAML_CHARS = 64 * 1024;
    private static final int MAX_ALIASES = 10;

    private FrontMatterParser() {}

    public static FrontMatter parse(SourceFile file, Diagnostics diags) {
        String text = file.text();
        if (!isDelimiter(file.lineText(1))) {
            return FrontMatter.none();
        }
        int line = 2;
        int closing = -1;
        for (; line <= file.lineCount(); line++) {
            if (isDelimiter(file.lineText(line))) {
                closing = line;
                break;
            }
        }
        if (closing < 0) {
            diags.error(file, 0, "front-matter.unclosed", "front matter is not closed: add a line '---' after it");
            return FrontMatter.unreadable(0, text.length());
        }
        int yamlStart = file.offsetOfLine(2);
        int yamlEnd = file.offsetOfLine(closing);
        int bodyOffset = closing < file.lineCount() ? file.offsetOfLine(closing + 1) : text.length();
        String yaml = text.substring(yamlStart, yamlEnd);
        if (yaml.length() > MAX_YAML_CHARS) {
            diags.error(file, yamlStart, "front-matter.size", "front matter is larger than 64 KB");
            return FrontMatter.unreadable(0, bodyOffset);
        }
        Map<String, FrontMatter.Field> fields = new LinkedHashMap<>();
        if (!yaml.isBlank() && !readFields(file, yaml, 2, fields, diags)) {
            return FrontMatter.unreadable(0, bodyOffset);
        }
        return new FrontMatter(fields, 0, bodyOffset);
    }

    private static boolean isDelimiter(String line) {
        return line.stripTrailing().equals("---");
    }

    /** @return false when the YAML cannot be read at all (reported) */
    private static boolean readFields(
            SourceFile file, String yaml, int firstLine, Map<String, FrontMatter.Field> out, Diagnostics diags) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with positions
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_YAML_CHARS);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : "malformed YAML";
            String context = e.getContext() != null ? e.getContext() : "";
            int openQuote = unclosedQuote(file, firstLine, mark);
            if (openQuote >= 0) {
                // The scanner notices a line or more later; the author needs the opening quote.
                diags.error(
                        file,
                        openQuote,
                        "front-matter.syntax",
                        "invalid YAML: this quote is never closed",
                        "close it on the same line with the same quote mark");
                return false;
            }
            if (context.contains("quoted scalar") && e.getContextMark() != null) {
                mark = e.getContextMark();
                problem = "this quote is never closed";
            } else if (problem.contains("TAB")) {
                problem = "tabs cannot indent YAML; use spaces";
            }
            diags.error(file, offset(file, firstLine, mark), "front-matter.syntax", "invalid YAML: " + problem);
            return false;
        } catch (YAMLException e) {
            String message = e.getMessage();
            if (message != null && message.startsWith("Number of aliases")) {
                message = "too many aliases (*name); at most " + MAX_ALIASES + " are allowed";
            }
            diags.error(file, file.offsetOfLine(firstLine), "front-matter.syntax", "invalid YAML: " + message);
            return false;
        }
        if (root == null) {
            return true;
        }
        if (!(root instanceof MappingNode mapping)) {
            diags.error(
                    file,
                    offset(file, firstLine, root.getStartMark()),
                    "front-matter.syntax",
                    "front matter must be a list of 'key: value' lines");
            return false;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            int keyOffset = offset(file, firstLine, keyNode.getStartMark());
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                diags.error(file, keyOffset, "front-matter.syntax", "a front-matter key must be a plain name");
                continue;
            }
            String key = keyScalar.getValue();
            if (out.containsKey(key)) {
                diags.error(file, keyOffset, "front-matter.duplicate", "duplicate front-matter key '" + key + "'");
                continue;
            }
            Node valueNode = tuple.getValueNode();
            Object value = toValue(valueNode, file, firstLine, diags);
            List<Integer> itemOffsets = new ArrayList<>();
            if (valueNode instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    itemOffsets.add(offset(file, firstLine, item.getStartMark()));
                }
            }
            out.put(
                    key,
                    new FrontMatter.Field(
                            key, keyOffset, value, offset(file, firstLine, valueNode.getStartMark()), itemOffsets));
        }
        return true;
    }

    private static Object toValue(Node node, SourceFile file, int firstLine, Diagnostics diags) {
        if (node instanceof ScalarNode scalar) {
            Tag tag = scalar.getTag();
            String v = scalar.getValue();
            if (Tag.INT.equals(tag)) {
                try {
                    return Integer.valueOf(v.replace("_", ""));
                } catch (NumberFormatException e) {
                    return v;
                }
            }
            if (Tag.BOOL.equals(tag)) {
                return Boolean.valueOf(v.toLowerCase(java.util.Locale.ROOT).matches("true|yes|on"));
            }
            if (Tag.NULL.equals(tag)) {
                return null;
            }
            return v;
        }
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            for (Node item : seq.getValue()) {
                list.add(toValue(item, file, firstLine, diags));
            }
            return list;
        }
        if (node instanceof MappingNode map) {
            Map<String, Object> result = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                Object k = toValue(t.getKeyNode(), file, firstLine, diags);
                String key = String.valueOf(k);
                if (result.containsKey(key)) {
                    diags.error(
                            file,
                            offset(file, firstLine, t.getKeyNode().getStartMark()),
                            "front-matter.duplicate",
                            "duplicate key '" + key + "'");
                    continue;
                }
                result.put(key, toValue(t.getValueNode(), file, firstLine, diags));
            }
            return result;
        }
        return null;
    }

    /**
     * The offset of a value's opening quote that is not closed on its own line, on a line up to the
     * one where YAML gave up, or -1. Front-matter values fit on one line; a quote left open makes
     * YAML read on into the next lines and fail somewhere else.
     */
    private static int unclosedQuote(SourceFile file, int firstLine, Mark mark) {
        int last = mark == null ? file.lineCount() : Math.min(file.lineCount(), firstLine + mark.getLine());
        for (int line = firstLine; line <= last; line++) {
            String text = file.lineText(line);
            int colon = text.indexOf(": ");
            int start = colon >= 0 ? colon + 2 : text.stripLeading().startsWith("- ") ? text.indexOf("- ") + 2 : -1;
            if (start < 0) {
                continue;
            }
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            if (start >= text.length()) {
                continue;
            }
            char q = text.charAt(start);
            if ((q == '"' || q == '\'') && !closes(text, start + 1, q)) {
                return file.offsetOfLine(line) + start;
            }
        }
        return -1;
    }

    private static boolean closes(String text, int from, char quote) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i++; // '' is an escaped quote inside single quotes
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    /** Converts a YAML mark (0-based, relative to the YAML text) to an offset in the file. */
    private static int offset(SourceFile file, int firstLine, Mark mark) {
        if (mark == null) {
            return file.offsetOfLine(firstLine);
        }
        int line = firstLine + mark.getLine();
        int lineStart = file.offsetOfLine(line);
        String lineText = file.lineText(line);
        int column = Math.min(mark.getColumn(), lineText.codePointCount(0, lineText.length()));
        return lineStart + lineText.offsetByCodePoints(0, column);
    }
}
