package ceasefire.sweep.design;

import ceasefire.scenario.Problem;
import ceasefire.scenario.ScenarioException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of input files, recorded in manifests so a result can be tied to the exact files that made it. */
public final class Hashing {

    private Hashing() {
    }

    public static String sha256(Path file) throws ScenarioException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new ScenarioException(new Problem(file.toString(), 0, "", "cannot be read: " + e.getMessage()));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest's contract).
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
