package ceasefire;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The program's version, as Maven stamped it into the jar. */
public final class Version {

    private static final String VERSION = load();

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/ceasefire/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the version resource", e);
        }
    }
}
