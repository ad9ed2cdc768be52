package org.glossa.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.glossa.diag.Diagnostics;
import org.glossa.diag.SourceFile;

/**
 * A tolerant BibTeX reader that remembers where everything is. jbibtex gives no positions, and
 * stops at the first error; this parser reports each problem at its exact offset ({@code
 * bib.syntax}) and resynchronises at the next line that starts with {@code @}, so one bad entry
 * never hides the others. An entry cut short still yields the fields read so far, so its key
 * stays known and citations of it do not cascade into "unknown key" errors.
 *
 * <p>Supports {@code @string} abbreviations (and the standard month abbreviations), {@code #}
 * concatenation, braced, quoted and numeric values, {@code @comment} and {@code @preamble}, both
 * {@code {}} and {@code ()} as entry delimiters, and {@code %} comments between entries and fields.
 */
final class BibParser {
    static final String SYNTAX = "bib.syntax";
    static final String DUPLICATE = "bib.duplicate";

    private static final String[] MONTHS = {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"
    };

    private static final Pattern FIELD_LINE = Pattern.compile("[ \\t]*[A-Za-z][\\w:.+-]*[ \\t]*=[ \\t]*[{\"\\w]");

    private final SourceFile file;
    private final String s;
    private final Diagnostics diags;
    private final Map<String, String> macros = new HashMap<>();
    private final List<BibEntry> entries = new ArrayList<>();
    private int pos;
    /** Set when a runaway value was cut at a line that starts the next field: read on as after a comma. */
    private boolean valueEndedEarly;

    private BibParser(SourceFile file, Diagnostics diags) {
        this.file = file;
        this.s = file.text();
        this.diags = diags;
        for (String month : MONTHS) {
            macros.put(month.substring(0, 3).toLowerCase(Locale.ROOT), month);
        }
    }

    /** Every entry that has a key, in file order; problems go to {@code diags}. */
    static List<BibEntry> parse(SourceFile file, Diagnostics diags) {
        BibParser parser = new BibParser(file, diags);
        parser.run();
        return parser.entries;
    }

    private void run() {
        while (skipToAt()) {
            entry();
        }
    }

    /** Outside entries everything is comment; {@code %} lines may mention {@code @} harmlessly. */
    private boolean skipToAt() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '@') {
                return true;
            }
            if (c == '%') {
                skipLine();
            } else {
                pos++;
            }
        }
        return false;
    }

    private void entry() {
        int at = pos++;
        skipWhitespace();
        int typeOffset = pos;
        String type = identifier();
        if (type.isEmpty()) {
            error(at, "expected an entry type after '@'", null);
            return; // resume scanning after the '@'
        }
        skipWhitespace();
        char open = peek();
        if (open != '{' && open != '(') {
            error(pos, "expected '{' after '@" + type + "'", null);
            skipToNextEntry();
            return;
        }
        pos++;
        char close = open == '{' ? '}' : ')';
        switch (type.toLowerCase(Locale.ROOT)) {
            case "comment", "preamble" -> skipBody(at, close);
            case "string" -> stringDefinition(close);
            default -> regularEntry(at, type, typeOffset, close);
        }
    }

    private void regularEntry(int at, String type, int typeOffset, char close) {
        skipWhitespace();
        int keyOffset = pos;
        String key = key(close);
        if (key.isEmpty()) {
            error(keyOffset, "missing citation key in '@" + type + "' entry", null);
            skipToNextEntry();
            return;
        }
        Map<String, BibEntry.Field> fields = new LinkedHashMap<>();
        Runnable register = () -> entries.add(new BibEntry(type, key, at, typeOffset, keyOffset, fields));
        int lastEnd = pos;
        skipBlank();
        if (peek() == ',') {
            pos++;
            lastEnd = pos;
        } else if (peek() == close) {
            pos++;
            register.run();
            return;
        } else if (pos >= s.length() || peek() == '@') {
            unclosed(lastEnd, key, at, close);
            register.run();
            return;
        } else if (!looksLikeFieldStart()) {
            error(pos, "expected ',' after the key '" + key + "'", null);
            register.run();
            skipToNextEntry();
            return;
        } else {
            error(lastEnd, "expected ',' after the key '" + key + "'", null);
        }
        while (true) {
            skipBlank();
            if (pos >= s.length() || peek() == '@') {
                unclosed(lastEnd, key, at, close);
                register.run();
                return;
            }
            if (peek() == close) {
                pos++;
                register.run();
                return;
            }
            int nameOffset = pos;
            String name = identifier().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                error(pos, "expected a field name or '" + close + "' in entry '" + key + "'", null);
                register.run();
                skipToNextEntry();
                return;
            }
            skipBlank();
            if (peek() != '=') {
                error(pos, "expected '=' after field name '" + name + "'", null);
                register.run();
                skipToNextEntry();
                return;
            }
            pos++;
            skipBlank();
            String value = value(name);
            if (value == null) {
                register.run(); // value() has reported and moved to the next entry
                return;
            }
            if (fields.containsKey(name)) {
                diags.error(file, nameOffset, DUPLICATE, "duplicate field '" + name + "' in entry '" + key + "'");
            } else {
                fields.put(name, new BibEntry.Field(name, value, nameOffset));
            }
            lastEnd = pos;
            skipBlank();
            if (valueEndedEarly) {
                valueEndedEarly = false;
            } else if (peek() == ',') {
                pos++;
                lastEnd = pos;
            } else if (peek() == close) {
                pos++;
                register.run();
                return;
            } else if (pos >= s.length() || peek() == '@') {
                unclosed(lastEnd, key, at, close);
                register.run();
                return;
            } else if (looksLikeFieldStart()) {
                error(lastEnd, "missing ',' after the value of field '" + name + "'", null);
            } else {
                error(pos, "expected ',' or '" + close + "' after the value of field '" + name + "'", null);
                register.run();
                skipToNextEntry();
                return;
            }
        }
    }

    private void unclosed(int where, String key, int at, char close) {
        error(
                where,
                "missing '" + close + "' to close entry '" + key + "'",
                "the entry starts on line " + file.lineOf(at));
    }

    /** {@code name = value}, possibly several separated by commas. */
    private void stringDefinition(char close) {
        skipBlank();
        String name = identifier().toLowerCase(Locale.ROOT);
        skipBlank();
        if (name.isEmpty() || peek() != '=') {
            error(pos, "expected 'name = value' in @string", null);
            skipToNextEntry();
            return;
        }
        pos++;
        skipBlank();
        String value = value(name);
        valueEndedEarly = false;
        if (value == null) {
            return;
        }
        macros.put(name, value);
        skipBlank();
        if (peek() == close) {
            pos++;
        } else {
            error(pos, "expected '" + close + "' to close @string", null);
            skipToNextEntry();
        }
    }

    /** Parts joined by {@code #}; returns {@code null} after reporting an unrecoverable error. */
    private String value(String field) {
        StringBuilder value = new StringBuilder();
        while (true) {
            char c = peek();
            if (c == '{' || c == '"') {
                String part = delimited(field);
                if (part == null) {
                    return null;
                }
                value.append(part);
            } else if (Character.isDigit(c)) {
                int start = pos;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
                value.append(s, start, pos);
            } else if (Character.isLetter(c)) {
                int start = pos;
                String name = identifier().toLowerCase(Locale.ROOT);
                String expansion = macros.get(name);
                if (expansion == null) {
                    error(start, "unknown @string abbreviation '" + name + "' in field '" + field + "'", null);
                } else {
                    value.append(expansion);
                }
            } else {
                error(pos, "expected a value for field '" + field + "'", null);
                skipToNextEntry();
                return null;
            }
            int end = pos;
            skipBlank();
            if (peek() != '#') {
                pos = end; // positions after a value point right behind it
                return value.toString();
            }
            pos++;
            skipBlank();
        }
    }

    /**
     * A braced or quoted part without its delimiters. A value still open when a later line starts
     * a new entry ({@code @type{}) or reads like the next field ({@code year = ...}) is taken as
     * unterminated: the error points at its opening delimiter, and parsing resumes at that line,
     * so neither the entry's other fields nor the next entry are swallowed.
     */
    private String delimited(String field) {
        int open = pos;
        boolean quoted = s.charAt(open) == '"';
        int depth = quoted ? 0 : 1;
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (!quoted && depth == 0) {
                    pos = i + 1;
                    return s.substring(open + 1, i);
                }
            } else if (c == '"' && quoted && depth == 0) {
                pos = i + 1;
                return s.substring(open + 1, i);
            } else if (c == '\n' && entryStartsOnLineAfter(i)) {
                reportUnterminated(open, field, quoted);
                pos = nextNonBlank(i + 1);
                return null;
            } else if (c == '\n'
                    && FIELD_LINE.matcher(s).region(i + 1, s.length()).lookingAt()) {
                reportUnterminated(open, field, quoted);
                pos = i + 1;
                valueEndedEarly = true;
                return s.substring(open + 1, i);
            }
        }
        reportUnterminated(open, field, quoted);
        pos = s.length();
        return null;
    }

    private void reportUnterminated(int open, String field, boolean quoted) {
        error(
                open,
                "unterminated value of field '" + field + "'",
                quoted ? "the opening '\"' has no closing '\"'" : "the opening '{' has no matching '}'");
    }

    private boolean entryStartsOnLineAfter(int newline) {
        int i = nextNonBlank(newline + 1);
        if (i >= s.length() || s.charAt(i) != '@') {
            return false;
        }
        int j = i + 1;
        while (j < s.length() && Character.isLetter(s.charAt(j))) {
            j++;
        }
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j++;
        }
        return j > i + 1 && j < s.length() && (s.charAt(j) == '{' || s.charAt(j) == '(');
    }

    private int nextNonBlank(int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private void skipBody(int at, char close) {
        int depth = 1;
        char open = close == '}' ? '{' : '(';
        for (int i = pos; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                pos = i + 1;
                return;
            }
        }
        error(at, "missing '" + close + "' to close this entry", null);
        pos = s.length();
    }

    /** Citation keys: anything up to a comma, blank or delimiter (BibTeX is this liberal too). */
    private String key(char close) {
        int start = pos;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ',' || c == close || c == '{' || c == '}' || c == '"' || c == '=' || Character.isWhitespace(c)) {
                break;
            }
            pos++;
        }
        return s.substring(start, pos);
    }

    private String identifier() {
        int start = pos;
        if (pos < s.length() && Character.isLetter(s.charAt(pos))) {
            pos++;
            while (pos < s.length() && isIdentifierPart(s.charAt(pos))) {
                pos++;
            }
        }
        return s.substring(start, pos);
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '.' || c == '+';
    }

    /** A missing comma is likely when the next thing reads {@code name =}. */
    private boolean looksLikeFieldStart() {
        int save = pos;
        String name = identifier();
        skipWhitespace();
        boolean result = !name.isEmpty() && peek() == '=';
        pos = save;
        return result;
    }

    private void skipToNextEntry() {
        while (pos < s.length()) {
            int lineEnd = s.indexOf('\n', pos);
            if (lineEnd < 0) {
                pos = s.length();
                return;
            }
            pos = nextNonBlank(lineEnd + 1);
            if (pos < s.length() && s.charAt(pos) == '@') {
                return;
            }
        }
    }

    private void skipLine() {
        int lineEnd = s.indexOf('\n', pos);
        pos = lineEnd < 0 ? s.length() : lineEnd + 1;
    }

    private void skipWhitespace() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    /** Whitespace and {@code %} comment lines between the parts of an entry. */
    private void skipBlank() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '%') {
                skipLine();
            } else {
                return;
            }
        }
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private void error(int offset, String message, String hint) {
        diags.error(file, offset, SYNTAX, message, hint);
    }
}
