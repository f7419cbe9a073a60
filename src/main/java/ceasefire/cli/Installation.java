package ceasefire.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the program is installed: the checkout whose target/ holds the running jar. */
public final class Installation {

    private Installation() {
    }

    /** The checkout's scenarios/ directory (or ./scenarios when the jar is elsewhere). */
    public static Path scenarios() {
        try {
            Path jar = Path.of(Installation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve("scenarios")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                    return dir.resolve("scenarios");
                }
            }
        } catch (URISyntaxException | SecurityException e) {
            throw new IllegalStateException("cannot locate the installation from the jar's location", e);
        }
        return Path.of("scenarios");
    }
}
