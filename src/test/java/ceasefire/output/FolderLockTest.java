package ceasefire.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per output folder (issue 11 item 3): held, refused with the holder's name, stale after a kill, removed on close. */
class FolderLockTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondWriterInThisProcessIsRefusedAndTheLockFileGoesOnClose() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        try (FolderLock lock = FolderLock.acquire(dir, "run")) {
            assertTrue(Files.exists(dir.resolve(FolderLock.FILE)));
            assertTrue(Files.readString(dir.resolve(FolderLock.FILE)).contains("pid " + ProcessHandle.current().pid()));
            OutputException e = assertThrows(OutputException.class, () -> FolderLock.acquire(dir, "sweep"));
            assertTrue(e.getMessage().contains("is in use"), e.getMessage());
            assertFalse(lock.staleHolder().isPresent());
        }
        assertEquals("", Files.readString(dir.resolve(FolderLock.FILE)), "emptied on close: nobody holds the folder");
        FolderLock.acquire(dir, "run").close();
    }

    @Test
    void anotherProcessIsNamedAndItsLockIsTakenOverOnceItIsKilled() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("shared"));
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HoldLock.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());
            OutputException e = assertThrows(OutputException.class, () -> FolderLock.acquire(dir, "run"));
            assertTrue(e.getMessage().contains("is in use by process " + holder.pid() + " (ceasefire run, started "), e.getMessage());
        } finally {
            holder.destroyForcibly(); // SIGKILL: no clean-up runs, the lock file stays behind
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(Files.exists(dir.resolve(FolderLock.FILE)), "a killed holder leaves its lock file");
        try (FolderLock lock = FolderLock.acquire(dir, "run")) {
            assertTrue(lock.staleHolder().orElseThrow().contains("process " + holder.pid()), lock.staleHolder().toString());
        }
    }
}
