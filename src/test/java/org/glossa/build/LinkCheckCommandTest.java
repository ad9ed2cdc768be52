package org.glossa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glossa.TestEssays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glossa linkcheck}: problems reported where the URL is written, against a server on 127.0.0.1. */
class LinkCheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void reportsDeadAndMovedLinksByPosition() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            int code = path.equals("/ok") ? 200 : path.equals("/old") ? 301 : 404;
            if (code == 301) {
                ex.getResponseHeaders().add("Location", "/new");
            }
            ex.sendResponseHeaders(code, -1);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Map<String, String> files = TestEssays.minimal();
            files.put(
                    "content/essay/01-one.md",
                    """
                    ---
                    title: "Part one"
                    summary: "The first part."
                    ---
                    A [working link](%1$s/ok), a [moved one](%1$s/old)
                    and <%1$s/missing>.

                    [ref]: %1$s/ok
                    """
                            .formatted(base));
            files.put(
                    "content/sources.bib",
                    """
                    @online{site2020,
                      author = {Site, A.},
                      title = {A page},
                      year = {2020},
                      url = {%1$s/gone}
                    }
                    """
                            .formatted(base));
            Path essay = TestEssays.write(dir.resolve("essay"), files);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(
                    new String[] {"linkcheck", "--source", essay.toString(), "--delay", "0", "--timeout", "2"},
                    new PrintWriter(out, true),
                    new PrintWriter(err, true));

            List<String> headlines =
                    err.toString().lines().filter(l -> l.startsWith("content/")).toList();
            String line5 = "A [working link](%1$s/ok), a [moved one](%1$s/old)".formatted(base);
            int movedColumn = line5.indexOf(base + "/old") + 1;
            assertEquals(
                    List.of(
                            "content/essay/01-one.md:5:" + movedColumn + ": warning: link moved permanently (301): "
                                    + base + "/old [link.moved]",
                            "content/essay/01-one.md:6:6: error: dead link " + base
                                    + "/missing (404 Not Found) [link.dead]",
                            "content/sources.bib:5:10: error: dead link " + base + "/gone (404 Not Found) [link.dead]"),
                    headlines);
            assertTrue(err.toString().contains("update the link to " + base + "/new"), err.toString());
            assertEquals(1, code);
            assertTrue(
                    out.toString().contains("Checked 4 external URLs (5 links, 0 answers from the cache)"),
                    out.toString());
            assertTrue(Files.isRegularFile(essay.resolve("target/linkcheck-cache.json")));
        } finally {
            server.stop(0);
        }
    }
}
