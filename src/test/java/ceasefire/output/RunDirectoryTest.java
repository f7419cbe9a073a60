package ceasefire.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing where to write without losing anything, and writing files whole. */
class RunDirectoryTest {

    @TempDir
    Path tmp;

    @Test
    void defaultDirectoriesAreFreshEachTime() throws Exception {
        Path a = RunDirectory.locate(null, tmp, "my scenario!");
        Path b = RunDirectory.locate(null, tmp, "my scenario!");
        assertNotEquals(a, b);
        assertTrue(a.getFileName().toString().startsWith("my-scenario-"), a.toString());
        assertTrue(Files.isDirectory(b));
    }

    @Test
    void aFileIsNotADirectory() throws Exception {
        Path f = Files.writeString(tmp.resolve("f"), "x");
        OutputException e = assertThrows(OutputException.class, () -> RunDirectory.locate(f, tmp, "s"));
        assertTrue(e.getMessage().contains("is a file"));
    }

    @Test
    void aFileInTheWayOfTheDefaultRootIsNamed() throws Exception {
        Path runs = Files.writeString(tmp.resolve("runs"), "a file where runs/ would go");
        OutputException e = assertThrows(OutputException.class, () -> RunDirectory.locate(null, runs, "s"));
        assertTrue(e.getMessage().endsWith(runs + " is a file, not a directory"), e.getMessage());
    }

    @Test
    void atomicWritesLeaveNoTemporaryFilesAndReplaceWhole() throws Exception {
        Path target = tmp.resolve("out.txt");
        AtomicFiles.writeString(target, "first");
        AtomicFiles.writeString(target, "second");
        assertEquals("second", Files.readString(target));
        assertEquals(List.of(target), Files.list(tmp).toList());
    }

    @Test
    void aFailedWriteLeavesTheOldFileIntact() throws Exception {
        Path target = tmp.resolve("out.txt");
        AtomicFiles.writeString(target, "complete");
        assertThrows(java.io.IOException.class, () -> AtomicFiles.writeText(target, w -> {
            w.write("half");
            throw new java.io.IOException("disk full");
        }));
        assertEquals("complete", Files.readString(target));
        assertEquals(1, Files.list(tmp).count(), "the partial file is removed");
    }

    @Test
    void jsonIsValidAndStable() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("name", "a \"quoted\"\nline");
        m.put("nan", Double.NaN);
        m.put("list", List.of(1, 2.5, true));
        m.put("empty", Map.of());
        String json = Json.write(m);
        assertEquals("{\n  \"name\": \"a \\\"quoted\\\"\\nline\",\n  \"nan\": null,\n  \"list\": [1, 2.5, true],\n  \"empty\": {}\n}\n", json);
    }

    @Test
    void numbersAreFormattedTheSameEverywhere() {
        assertEquals("0.333333", Num.fmt(1.0 / 3));
        assertEquals("2", Num.fmt(2.0));
        assertEquals("0", Num.fmt(-0.0));
        assertEquals("", Num.fmt(Double.NaN));
        assertEquals("1000000", Num.fmt(1e6));
    }
}
