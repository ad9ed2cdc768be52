package org.glossa.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Windows line endings and a UTF-8 byte-order mark change nothing (docs/AUTHORING.md): every case
 * of the bad-input catalogue with files of its own is run again with those files (Markdown,
 * properties, templates) converted to CRLF, given a BOM, and both, and must report exactly the same
 * diagnostics (same lines, same columns), exit code and untouched previous site as the original.
 */
class PortableInputTest {
    @TempDir
    static Path temp;

    private static Path goodSite;

    @BeforeAll
    static void buildGoodSite() throws IOException {
        goodSite = BadInputCatalogueTest.buildGoodSite(temp);
    }

    @TestFactory
    Stream<DynamicTest> crlfGivesTheSameDiagnostics() throws IOException {
        return variants("crlf", PortableInputTest::crlf);
    }

    @TestFactory
    Stream<DynamicTest> byteOrderMarkGivesTheSameDiagnostics() throws IOException {
        return variants("bom", PortableInputTest::bom);
    }

    @TestFactory
    Stream<DynamicTest> bothTogetherGiveTheSameDiagnostics() throws IOException {
        return variants("crlf-bom", b -> bom(crlf(b)));
    }

    private static Stream<DynamicTest> variants(String kind, UnaryOperator<byte[]> transform) throws IOException {
        return BadInputCatalogueTest.cases().stream()
                .filter(c -> Files.isDirectory(c.resolve("files")))
                .map(c -> DynamicTest.dynamicTest(
                        c.getFileName().toString(),
                        () -> BadInputCatalogueTest.runCase(
                                c, temp.resolve(kind + "-" + c.getFileName()), goodSite, transform)));
    }

    /** Every LF not already preceded by CR becomes CRLF. */
    static byte[] crlf(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + in.length / 20);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '\n' && (i == 0 || in[i - 1] != '\r')) {
                out.write('\r');
            }
            out.write(in[i]);
        }
        return out.toByteArray();
    }

    static byte[] bom(byte[] in) {
        byte[] out = new byte[in.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(in, 0, out, 3, in.length);
        return out;
    }
}
