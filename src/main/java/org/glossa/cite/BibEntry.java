package org.glossa.cite;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One entry as written in the BibTeX file, before interpretation: raw field values (LaTeX, braces
 * kept) and the offsets that diagnostics point at.
 *
 * @param type the entry type as written, without {@code @}
 * @param offset offset of the {@code @}
 * @param typeOffset offset of the type name
 * @param keyOffset offset of the citation key
 * @param fields lower-case field names in file order
 */
record BibEntry(String type, String key, int offset, int typeOffset, int keyOffset, Map<String, Field> fields) {

    /** A field's raw value (braces and quotes of the outer delimiters removed, macros expanded). */
    record Field(String name, String raw, int offset) {}

    BibEntry {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    String typeLowerCase() {
        return type.toLowerCase(Locale.ROOT);
    }

    String raw(String name) {
        Field f = fields.get(name);
        return f == null ? null : f.raw();
    }
}
