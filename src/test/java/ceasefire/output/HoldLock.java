package ceasefire.output;

import java.nio.file.Path;

/** A process that takes a folder's lock and keeps it until killed (FolderLockTest's other writer). */
public final class HoldLock {

    private HoldLock() {
    }

    public static void main(String[] args) throws Exception {
        try (FolderLock lock = FolderLock.acquire(Path.of(args[0]), "run")) {
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
