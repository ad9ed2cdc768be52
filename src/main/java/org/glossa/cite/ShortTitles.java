package org.glossa.cite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Short titles for shortened notes (Chicago 17th ed., 14.30): the key words of the main title, no
 * more than four, without an initial article. A {@code shorttitle} field always wins. When two
 * sources by the same author would get the same short title, both fall back to their main title,
 * and then to the full title, so that a short note never points at two sources.
 */
final class ShortTitles {
    private static final int MAX_WORDS = 4;
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> WEAK_ENDINGS = Set.of(
            "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from",
            "as", "into", "about", "after", "before", "amid", "under", "over", "its", "his", "her", "their", "our",
            "my", "your", "this", "that", "these", "those");

    /** What one source offers: its author (for collisions), its title and its own shorttitle. */
    record Candidate(String key, String author, String title, String explicitShort) {}

    private ShortTitles() {}

    /** Short title for each key. */
    static Map<String, String> assign(List<Candidate> candidates) {
        Map<String, String> result = new HashMap<>();
        List<Candidate> pending = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.explicitShort() != null) {
                result.put(c.key(), c.explicitShort());
            } else {
                pending.add(c);
            }
        }
        // Levels: 0 = four words, 1 = main title, 2 = full title.
        Map<String, Integer> level = new HashMap<>();
        pending.forEach(c -> level.put(c.key(), 0));
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<String, List<Candidate>> byShort = new HashMap<>();
            for (Candidate c : pending) {
                String identity = c.author().toLowerCase(Locale.ROOT) + "\u0000"
                        + derive(c.title(), level.get(c.key())).toLowerCase(Locale.ROOT);
                byShort.computeIfAbsent(identity, k -> new ArrayList<>()).add(c);
            }
            for (List<Candidate> same : byShort.values()) {
                if (same.size() > 1) {
                    for (Candidate c : same) {
                        if (level.get(c.key()) < 2) {
                            level.put(c.key(), level.get(c.key()) + 1);
                            changed = true;
                        }
                    }
                }
            }
        }
        pending.forEach(c -> result.put(c.key(), derive(c.title(), level.get(c.key()))));
        return result;
    }

    /** The short form of a title at a level of detail (0 = four words, 1 = main title, 2 = all). */
    static String derive(String title, int level) {
        String t = title.trim();
        if (level >= 2 || t.isEmpty()) {
            return t;
        }
        // An editor's descriptive title in brackets keeps its brackets.
        if (t.startsWith("[") && t.endsWith("]") && t.indexOf(']') == t.length() - 1) {
            return "[" + derive(t.substring(1, t.length() - 1), level) + "]";
        }
        List<String> words = new ArrayList<>(Arrays.asList(mainTitle(t).split(" +")));
        if (words.size() > 1 && ARTICLES.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        if (level == 0 && words.size() > MAX_WORDS) {
            words = new ArrayList<>(words.subList(0, MAX_WORDS));
            while (words.size() > 1 && isWeakEnding(words.get(words.size() - 1))) {
                words.remove(words.size() - 1);
            }
        }
        String shortTitle = String.join(" ", words);
        return shortTitle.replaceAll("[,;:]+$", "");
    }

    /** The title before its subtitle (a colon, or a question mark, which stays). */
    private static String mainTitle(String title) {
        int colon = title.indexOf(": ");
        int question = title.indexOf("? ");
        if (question >= 0 && (colon < 0 || question < colon)) {
            return title.substring(0, question + 1);
        }
        return colon > 0 ? title.substring(0, colon) : title;
    }

    private static boolean isWeakEnding(String word) {
        return WEAK_ENDINGS.contains(word.toLowerCase(Locale.ROOT).replaceAll("[,;:]+$", ""));
    }
}
