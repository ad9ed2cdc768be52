package org.glossa.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.markdown.Note;

/**
 * A page's notes as templates see them ({@code content.glossa.notes}): number, id, body HTML
 * and one back-link per reference. The body is read when the template runs, after rendering.
 */
final class Endnotes implements TemplateData {
    /** The id of the endnotes' heading. */
    static final String TITLE_ID = "notes-title";

    private final List<Note> notes;

    Endnotes(List<Note> notes) {
        this.notes = List.copyOf(notes);
    }

    @Override
    public Object forTemplate(String root) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Note note : notes) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("number", note.number());
            n.put("id", note.id());
            n.put("html", note.html());
            List<Map<String, Object>> backlinks = new ArrayList<>();
            int count = note.referenceCount();
            for (int k = 1; k <= count; k++) {
                Map<String, Object> b = new LinkedHashMap<>();
                b.put("href", "#" + note.referenceId(k));
                b.put("ordinal", k);
                b.put("label", "Back to reference " + note.number() + (count > 1 ? ", occurrence " + k : ""));
                backlinks.add(b);
            }
            n.put("backlinks", backlinks);
            list.add(n);
        }
        return list;
    }
}
