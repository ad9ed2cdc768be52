package org.glossa.cite;

import java.text.Normalizer;
import java.util.Map;

/**
 * Turns the LaTeX found in BibTeX field values into plain Unicode text: braces vanish, {@code --}
 * becomes an en dash, {@code \$} a dollar sign, accents combine with their letter, and commands
 * that only format ({@code \emph{x}}) keep their argument. Never fails: unknown commands are
 * dropped and their arguments kept, so a typo costs a word, not the build.
 */
final class LatexText {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("ldots", "…"),
            Map.entry("dots", "…"),
            Map.entry("textellipsis", "…"),
            Map.entry("textendash", "–"),
            Map.entry("textemdash", "—"),
            Map.entry("textquoteleft", "‘"),
            Map.entry("textquoteright", "’"),
            Map.entry("textquotedblleft", "“"),
            Map.entry("textquotedblright", "”"),
            Map.entry("S", "§"),
            Map.entry("P", "¶"),
            Map.entry("ss", "ß"),
            Map.entry("o", "ø"),
            Map.entry("O", "Ø"),
            Map.entry("ae", "æ"),
            Map.entry("AE", "Æ"),
            Map.entry("oe", "œ"),
            Map.entry("OE", "Œ"),
            Map.entry("aa", "å"),
            Map.entry("AA", "Å"),
            Map.entry("l", "ł"),
            Map.entry("L", "Ł"),
            Map.entry("i", "ı"),
            Map.entry("j", "ȷ"),
            Map.entry("copyright", "©"),
            Map.entry("textregistered", "®"),
            Map.entry("texttrademark", "™"),
            Map.entry("dag", "†"),
            Map.entry("ddag", "‡"),
            Map.entry("pounds", "£"),
            Map.entry("euro", "€"),
            Map.entry("textdollar", "$"),
            Map.entry("textbackslash", "\\"),
            Map.entry("textasciitilde", "~"),
            Map.entry("textdegree", "°"),
            Map.entry("textless", "<"),
            Map.entry("textgreater", ">"),
            Map.entry("textbar", "|"),
            Map.entry("textunderscore", "_"),
            Map.entry("guillemotleft", "«"),
            Map.entry("guillemotright", "»"),
            Map.entry("LaTeX", "LaTeX"),
            Map.entry("TeX", "TeX"),
            Map.entry("par", " "),
            Map.entry("quad", " "),
            Map.entry("qquad", " "));

    /** Accent commands and the Unicode combining mark each one adds to the following letter. */
    private static final Map<String, Character> ACCENTS = Map.ofEntries(
            Map.entry("'", '\u0301'),
            Map.entry("`", '\u0300'),
            Map.entry("^", '\u0302'),
            Map.entry("\"", '\u0308'),
            Map.entry("~", '\u0303'),
            Map.entry("=", '\u0304'),
            Map.entry(".", '\u0307'),
            Map.entry("u", '\u0306'),
            Map.entry("v", '\u030C'),
            Map.entry("H", '\u030B'),
            Map.entry("c", '\u0327'),
            Map.entry("k", '\u0328'),
            Map.entry("r", '\u030A'),
            Map.entry("d", '\u0323'),
            Map.entry("b", '\u0331'));

    private final String s;
    private int pos;
    private final StringBuilder out = new StringBuilder();

    private LatexText(String s) {
        this.s = s;
    }

    /** Plain text of a LaTeX value, whitespace collapsed and trimmed. */
    static String toPlain(String latex) {
        LatexText t = new LatexText(latex);
        t.run(latex.length());
        return Normalizer.normalize(t.out.toString().trim(), Normalizer.Form.NFC);
    }

    private void run(int end) {
        while (pos < end) {
            char c = s.charAt(pos);
            switch (c) {
                case '{', '}', '$' -> pos++; // grouping, case protection and math shifts carry no text
                case '\\' -> command();
                case '~' -> {
                    out.append('\u00A0');
                    pos++;
                }
                case '-' -> dashes();
                case '`' -> quote('`', "‘", "“");
                case '\'' -> quote('\'', "'", "”");
                default -> {
                    if (Character.isWhitespace(c)) {
                        space();
                    } else {
                        out.append(c);
                    }
                    pos++;
                }
            }
        }
    }

    private void space() {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    private void dashes() {
        int run = 0;
        while (pos < s.length() && s.charAt(pos) == '-') {
            run++;
            pos++;
        }
        out.append(run >= 3 ? "—" : run == 2 ? "–" : "-");
    }

    private void quote(char mark, String single, String pair) {
        if (pos + 1 < s.length() && s.charAt(pos + 1) == mark) {
            out.append(pair);
            pos += 2;
        } else {
            out.append(single);
            pos++;
        }
    }

    private void command() {
        pos++; // the backslash
        if (pos >= s.length()) {
            return;
        }
        String name;
        char first = s.charAt(pos);
        if (Character.isLetter(first)) {
            int start = pos;
            while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
                pos++;
            }
            name = s.substring(start, pos);
        } else {
            name = String.valueOf(first);
            pos++;
        }
        if (ACCENTS.containsKey(name)) {
            accent(ACCENTS.get(name), Character.isLetter(first));
            return;
        }
        if (Character.isLetter(first)) {
            skipSpacesAfterControlWord();
        }
        switch (name) {
            case "$", "%", "&", "#", "_", "{", "}" -> out.append(name);
            case " ", "\\", "," -> space();
            case "-", "/", "@" -> {
                // hyphenation hints and spacing corrections print nothing
            }
            case "href" -> {
                skipGroup(); // the target; its text follows as the next group
            }
            case "enquote", "mkbibquote" -> quotedGroup();
            default -> {
                String symbol = SYMBOLS.get(name);
                if (symbol != null) {
                    out.append(symbol);
                }
                // Any other command (emph, textit, url…) is dropped; its argument follows as text.
            }
        }
    }

    private void skipSpacesAfterControlWord() {
        while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private void accent(char mark, boolean letterCommand) {
        if (letterCommand) {
            skipSpacesAfterControlWord();
        }
        int before = out.length();
        if (pos < s.length() && s.charAt(pos) == '{') {
            int end = matchingBrace(pos);
            pos++;
            run(end);
            pos = Math.min(end + 1, s.length());
        } else if (pos < s.length() && s.charAt(pos) == '\\') {
            command(); // \'\i
        } else if (pos < s.length()) {
            out.append(s.charAt(pos++));
        }
        if (out.length() > before) {
            char base = out.charAt(before);
            // A dotless i or j takes the accent in its dotted form.
            if (base == 'ı') {
                out.setCharAt(before, 'i');
            } else if (base == 'ȷ') {
                out.setCharAt(before, 'j');
            }
            out.insert(before + 1, mark);
        }
    }

    private void quotedGroup() {
        if (pos < s.length() && s.charAt(pos) == '{') {
            int end = matchingBrace(pos);
            out.append('“');
            pos++;
            run(end);
            out.append('”');
            pos = Math.min(end + 1, s.length());
        }
    }

    private void skipGroup() {
        if (pos < s.length() && s.charAt(pos) == '{') {
            pos = Math.min(matchingBrace(pos) + 1, s.length());
        }
    }

    /** Index of the brace closing the one at {@code open}, or the end of the text if none does. */
    private int matchingBrace(int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return s.length();
    }
}
