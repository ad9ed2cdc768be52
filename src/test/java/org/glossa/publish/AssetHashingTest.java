package org.glossa.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetHashingTest {
    @TempDir
    Path dir;

    private void write(Path root, String rel, String text) throws Exception {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private String read(Path root, String rel) throws Exception {
        return Files.readString(root.resolve(rel), StandardCharsets.UTF_8);
    }

    @Test
    void renamesReferencedAssetsAndRewritesOnlyTheirNames() throws Exception {
        Path assets = dir.resolve("assets");
        Path site = dir.resolve("site");
        String font = "FONT";
        String css =
                "@import 'print.css';\nbody { background: url(../img/bg.svg); }\n@font-face { src: url(\"../fonts/f.woff2\") format('woff2'); }\n";
        String print = "a::after { content: attr(href); }\n";
        for (Path root : new Path[] {assets, site}) {
            write(root, "css/glossa.css", css);
            write(root, "css/print.css", print);
            write(root, "fonts/f.woff2", font);
            write(root, "img/bg.svg", "<svg/>");
            write(root, "js/glossa.js", "console.log(1)");
            write(root, "js/lazy.js", "loaded by a computed URL");
            write(root, "favicon.svg", "<svg>icon</svg>");
            write(root, "files/report.pdf", "PDF");
        }
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\n"
                + "<link rel=\"icon\" href=\"../favicon.svg\" type=\"image/svg+xml\">\n"
                + "<link rel=\"stylesheet\" href=\"../css/glossa.css?v=1\">\n"
                + "<script src=\"../js/glossa.js\" defer></script>\n"
                + "<link rel=\"canonical\" href=\"https://example.org/essay/a.html\">\n"
                + "</head><body><p>Ünïcødé “quotes” &amp; <a href=\"../files/report.pdf\">report</a>"
                + " <img src=\"../img/bg.svg\" alt=\"\"></p></body></html>\n";
        write(site, "essay/a.html", page);
        write(
                site,
                "404.html",
                "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"/essay-site/css/glossa.css\"></head><body></body></html>");

        Map<String, String> hashed = AssetHashing.apply(site, assets, "/essay-site/");

        String fontName = AssetHashing.hashedName("fonts/f.woff2", font.getBytes(StandardCharsets.UTF_8));
        String bgName = AssetHashing.hashedName("img/bg.svg", "<svg/>".getBytes(StandardCharsets.UTF_8));
        String printName = AssetHashing.hashedName("css/print.css", print.getBytes(StandardCharsets.UTF_8));
        String rewrittenCss = "@import '" + printName.substring(4) + "';\nbody { background: url(../" + bgName
                + "); }\n@font-face { src: url(\"../" + fontName + "\") format('woff2'); }\n";
        String cssName = AssetHashing.hashedName("css/glossa.css", rewrittenCss.getBytes(StandardCharsets.UTF_8));
        String jsName = AssetHashing.hashedName("js/glossa.js", "console.log(1)".getBytes(StandardCharsets.UTF_8));
        String iconName = AssetHashing.hashedName("favicon.svg", "<svg>icon</svg>".getBytes(StandardCharsets.UTF_8));
        assertTrue(cssName.matches("css/glossa\\.[0-9a-f]{8}\\.css"), cssName);

        assertEquals(
                Map.of(
                        "css/glossa.css",
                        cssName,
                        "css/print.css",
                        printName,
                        "fonts/f.woff2",
                        fontName,
                        "img/bg.svg",
                        bgName,
                        "js/glossa.js",
                        jsName,
                        "favicon.svg",
                        iconName),
                hashed);
        assertEquals(rewrittenCss, read(site, cssName), "a style sheet's hash covers the hashed names inside it");
        assertEquals(
                page.replace("../favicon.svg", "../" + iconName)
                        .replace("../css/glossa.css?v=1", "../" + cssName + "?v=1")
                        .replace("../js/glossa.js", "../" + jsName)
                        .replace("src=\"../img/bg.svg\"", "src=\"../" + bgName + "\""),
                read(site, "essay/a.html"),
                "only the names change, byte for byte");
        assertTrue(read(site, "404.html").contains("href=\"/essay-site/" + cssName + "\""));
        assertFalse(Files.exists(site.resolve("css/glossa.css")));
        assertTrue(Files.exists(site.resolve("js/lazy.js")), "unreferenced files keep their names");
        assertTrue(Files.exists(site.resolve("files/report.pdf")), "links readers follow keep their address");
    }
}
