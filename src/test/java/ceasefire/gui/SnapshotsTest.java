package ceasefire.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.output.OutputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot directory never takes a user's files: new, empty or earlier snapshots only. */
class SnapshotsTest {

    @TempDir
    Path dir;

    @Test
    void aNewOrEmptyDirectoryIsUsed() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertFalse(Snapshots.prepare(empty));
        assertFalse(Snapshots.prepare(dir.resolve("new/deeper")));
        assertTrue(Files.isDirectory(dir.resolve("new/deeper")));
    }

    @Test
    void earlierSnapshotsAreReplaced() throws Exception {
        for (String f : Snapshots.FILES) {
            Files.writeString(dir.resolve(f), "old");
        }
        assertTrue(Snapshots.prepare(dir));
    }

    @Test
    void aDirectoryWithTheUsersFilesIsRefusedAndLeftAlone() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Files.writeString(dir.resolve("map.png"), "mine too");
        OutputException e = assertThrows(OutputException.class, () -> Snapshots.prepare(dir));
        assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));

        // Files that merely share a snapshot's name, without the marker, are the user's too.
        Files.delete(dir.resolve("notes.txt"));
        e = assertThrows(OutputException.class, () -> Snapshots.prepare(dir));
        assertTrue(e.getMessage().contains("map.png"), e.getMessage());
        assertEquals("mine too", Files.readString(dir.resolve("map.png")));
    }

    @Test
    void aFileIsNotADirectory() throws Exception {
        Path file = Files.writeString(dir.resolve("x.png"), "");
        OutputException e = assertThrows(OutputException.class, () -> Snapshots.prepare(file));
        assertTrue(e.getMessage().contains("not a directory"), e.getMessage());
    }
}
