package org.glossa.markdown;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML block at the top of a Markdown file, with the position of every key and value so
 * that a wrong key or a wrong type is reported exactly where the author wrote it.
 *
 * @param fields top-level keys in file order
 * @param start offset of the opening {@code ---}, or -1 when the file has no front matter
 * @param bodyOffset offset of the first character after the closing {@code ---} line
 * @param readable false when the YAML could not be read (reported): then {@link #fields()} is
 *     empty and says nothing about which keys the author wrote
 */
public record FrontMatter(Map<String, Field> fields, int start, int bodyOffset, boolean readable) {

    /**
     * One top-level key.
     *
     * @param value a String, Integer, Boolean, List or Map (YAML scalars other than ints and
     *     booleans stay strings, dates included)
     * @param itemOffsets where each item of a list value starts, so that a wrong item (an unknown
     *     sidebar, a duplicate alias) is reported at the item; empty for other values
     */
    public record Field(String key, int keyOffset, Object value, int valueOffset, List<Integer> itemOffsets) {
        public Field {
            itemOffsets = List.copyOf(itemOffsets);
        }

        public Field(String key, int keyOffset, Object value, int valueOffset) {
            this(key, keyOffset, value, valueOffset, List.of());
        }

        /** Where item {@code index} of a list value starts; the value's offset when unknown. */
        public int itemOffset(int index) {
            return index >= 0 && index < itemOffsets.size() ? itemOffsets.get(index) : valueOffset;
        }
    }

    public FrontMatter(Map<String, Field> fields, int start, int bodyOffset) {
        this(fields, start, bodyOffset, true);
    }

    public static FrontMatter none() {
        return new FrontMatter(Collections.emptyMap(), -1, 0);
    }

    /** Front matter whose YAML could not be read; the problem was reported. */
    public static FrontMatter unreadable(int start, int bodyOffset) {
        return new FrontMatter(Collections.emptyMap(), start, bodyOffset, false);
    }

    public FrontMatter {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public boolean present() {
        return start >= 0;
    }

    public Field field(String key) {
        return fields.get(key);
    }

    public String string(String key) {
        Field f = fields.get(key);
        return f != null && f.value() instanceof String s ? s : null;
    }
}
