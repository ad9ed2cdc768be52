package org.glossa.cite;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * BibTeX name lists ({@code Last, First and Other, Given}) to CSL names. A name wholly in braces
 * ({@code {{U.S. Department of State}}}) is an institution, printed and sorted as written; lower-case
 * words before the family name ({@code van}, {@code de la}) are particles.
 */
final class Names {
    private Names() {}

    static List<CSLName> parse(String raw) {
        List<CSLName> names = new ArrayList<>();
        if (raw == null) {
            return names;
        }
        for (String part : splitTopLevel(raw.replaceAll("\\s+", " ").trim(), " and ")) {
            String name = part.trim();
            if (name.isEmpty() || name.equalsIgnoreCase("others")) {
                continue; // "and others" has no CSL form; the style's et al. rules apply anyway
            }
            names.add(parseOne(name));
        }
        return names;
    }

    /** Family name or institution, the word a reader looks for. */
    static String sortName(CSLName name) {
        if (name.getLiteral() != null) {
            return name.getLiteral();
        }
        String particle = name.getNonDroppingParticle();
        String sortName = (particle == null ? "" : particle + " ") + name.getFamily() + " "
                + (name.getGiven() == null ? "" : name.getGiven());
        return sortName.strip();
    }

    private static CSLName parseOne(String name) {
        if (isWhollyBraced(name)) {
            return new CSLNameBuilder()
                    .literal(LatexText.toPlain(name.substring(1, name.length() - 1)))
                    .isInstitution(true)
                    .build();
        }
        List<String> commaParts = splitTopLevel(name, ",");
        CSLNameBuilder b = new CSLNameBuilder();
        if (commaParts.size() == 1) {
            // First von Last
            List<String> words = splitTopLevel(name, " ");
            if (words.size() == 1) {
                return b.family(LatexText.toPlain(name)).build();
            }
            int vonStart = -1;
            int vonEnd = -1;
            for (int i = 1; i < words.size() - 1; i++) {
                if (startsLowerCase(words.get(i))) {
                    vonStart = vonStart < 0 ? i : vonStart;
                    vonEnd = i;
                }
            }
            int familyStart = vonStart < 0 ? words.size() - 1 : vonEnd + 1;
            b.given(join(words, 0, vonStart < 0 ? familyStart : vonStart));
            if (vonStart >= 0) {
                b.nonDroppingParticle(join(words, vonStart, vonEnd + 1));
            }
            return b.family(join(words, familyStart, words.size())).build();
        }
        // von Last, [Jr,] First
        List<String> lastWords = splitTopLevel(commaParts.get(0).trim(), " ");
        int familyStart = 0;
        while (familyStart < lastWords.size() - 1 && startsLowerCase(lastWords.get(familyStart))) {
            familyStart++;
        }
        if (familyStart > 0) {
            b.nonDroppingParticle(join(lastWords, 0, familyStart));
        }
        b.family(join(lastWords, familyStart, lastWords.size()));
        if (commaParts.size() >= 3) {
            b.suffix(LatexText.toPlain(commaParts.get(1)));
            b.given(LatexText.toPlain(String.join(",", commaParts.subList(2, commaParts.size()))));
        } else {
            b.given(LatexText.toPlain(commaParts.get(1)));
        }
        return b.build();
    }

    private static String join(List<String> words, int from, int to) {
        return LatexText.toPlain(String.join(" ", words.subList(from, to)));
    }

    private static boolean startsLowerCase(String word) {
        // A braced word counts as upper case, as in BibTeX.
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
    }

    private static boolean isWhollyBraced(String name) {
        if (!name.startsWith("{") || !name.endsWith("}")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0 && i < name.length() - 1) {
                return false;
            }
        }
        return true;
    }

    /** Splits at a separator that is outside braces ({@code and} case-insensitively, blanks as runs). */
    private static List<String> splitTopLevel(String text, String separator) {
        List<String> parts = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean blank = separator.equals(" ");
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                if (blank && Character.isWhitespace(c)) {
                    if (i > start) {
                        parts.add(text.substring(start, i));
                    }
                    start = i + 1;
                } else if (!blank && lower.startsWith(separator, i)) {
                    parts.add(text.substring(start, i));
                    i += separator.length() - 1;
                    start = i + 1;
                }
            }
        }
        if (start < text.length()) {
            parts.add(text.substring(start));
        }
        return parts;
    }
}
