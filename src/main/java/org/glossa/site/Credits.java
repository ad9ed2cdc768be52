package org.glossa.site;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Every third-party work the published site ships or is made with (search library, CSL style
 * and locale, fonts), with its licence, from one list: {@code credits.json} beside this class.
 * The credits page is generated from it, so adding a library means adding one entry there.
 */
final class Credits {
    private Credits() {}

    static List<Map<String, String>> load() {
        try (Reader in =
                new InputStreamReader(Credits.class.getResourceAsStream("credits.json"), StandardCharsets.UTF_8)) {
            return new Gson().fromJson(in, new TypeToken<List<Map<String, String>>>() {}.getType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
