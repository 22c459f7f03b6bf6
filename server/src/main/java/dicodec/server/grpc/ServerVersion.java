package dicodec.server.grpc;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The project version, written into version.properties by the build (resource filtering). */
public final class ServerVersion {
    private ServerVersion() {
    }

    public static String get() {
        Properties p = new Properties();
        try (InputStream in = ServerVersion.class.getResourceAsStream("/dicodec/server/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        String v = p.getProperty("version", "unknown");
        return v.startsWith("${") ? "unknown (not built by Maven)" : v;
    }
}
