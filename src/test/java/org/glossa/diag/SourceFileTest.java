package org.glossa.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTest {
    @Test
    void offsetsBecomeOneBasedLinesAndColumns() {
        SourceFile f = new SourceFile("a.md", "ab\ncd\n\nef");
        assertEquals(1, f.lineOf(0));
        assertEquals(1, f.columnOf(0));
        assertEquals(2, f.lineOf(4));
        assertEquals(2, f.columnOf(4));
        assertEquals(4, f.lineOf(7));
        assertEquals("ef", f.lineText(4));
    }

    @Test
    void crlfAndByteOrderMarkKeepColumnsExact() {
        SourceFile lf = new SourceFile("a.md", "title\nbad [x] here\n");
        SourceFile crlf = new SourceFile("a.md", "\uFEFFtitle\r\nbad [x] here\r\n");
        int inLf = lf.text().indexOf("[x]");
        int inCrlf = crlf.text().indexOf("[x]");
        assertEquals(lf.lineOf(inLf), crlf.lineOf(inCrlf));
        assertEquals(lf.columnOf(inLf), crlf.columnOf(inCrlf));
        assertEquals("bad [x] here", crlf.lineText(2));
    }

    @Test
    void astralCharactersCountAsOneColumn() {
        SourceFile f = new SourceFile("a.md", "\uD83D\uDE00x");
        assertEquals(2, f.columnOf(2));
    }

    @Test
    void invalidUtf8IsReportedAtItsPosition(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.md");
        Files.write(file, new byte[] {'o', 'k', '\n', 'a', 'b', (byte) 0xC3, (byte) 0x28, '\n'});
        SourceFile.MalformedInputException e =
                assertThrows(SourceFile.MalformedInputException.class, () -> SourceFile.read(file, "content/bad.md"));
        assertEquals(
                "content/bad.md:2:3: error: invalid UTF-8 byte sequence [file.encoding]",
                e.diagnostic().headline());
    }
}
