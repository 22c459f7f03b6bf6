package dicodec.server.grpc;

import dicodec.core.error.DicodecException;
import dicodec.core.error.ErrorKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The server's settings: the embedded defaults ({@code dicodec/server/default.properties}, which
 * also documents each key), overridden by a file given with {@code --config}.
 *
 * @param host address to listen on
 * @param port TCP port; 0 picks a free one
 * @param maxMessageBytes largest unary request or reply, and largest stream message
 * @param maxFrames largest Number of Frames accepted
 * @param maxFramePixels largest Rows x Columns accepted
 * @param maxConcurrentCalls calls doing work at once
 * @param streamChunkBytes size of the chunks TranscodeStream sends
 * @param tempDir where streams are spooled
 * @param shutdownGrace how long in-flight calls may take to finish on shutdown
 */
public record ServerConfig(String host, int port, int maxMessageBytes, int maxFrames, long maxFramePixels,
        int maxConcurrentCalls, int streamChunkBytes, Path tempDir, Duration shutdownGrace, Path rulesFile,
        String uidRoot, boolean keepPrimary) {

    /** Without compression rules (target "auto" is then refused). */
    public ServerConfig(String host, int port, int maxMessageBytes, int maxFrames, long maxFramePixels,
            int maxConcurrentCalls, int streamChunkBytes, Path tempDir, Duration shutdownGrace) {
        this(host, port, maxMessageBytes, maxFrames, maxFramePixels, maxConcurrentCalls, streamChunkBytes, tempDir,
                shutdownGrace, null, "", false);
    }

    /** The lossy-safety settings: how new UIDs are made, whether lossy output keeps PRIMARY. */
    public dicodec.core.policy.PolicySettings policySettings() {
        return new dicodec.core.policy.PolicySettings(new dicodec.core.policy.UidGenerator(uidRoot), keepPrimary, 0);
    }

    private static final String DEFAULTS = "/dicodec/server/default.properties";

    /** The embedded defaults alone. */
    public static ServerConfig defaults() {
        return from(embedded(), DEFAULTS);
    }

    /** The defaults overridden by {@code file}; null means the defaults alone. */
    public static ServerConfig load(Path file) {
        if (file == null) {
            return defaults();
        }
        Properties merged = embedded();
        Properties given = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            given.load(r);
        } catch (NoSuchFileException e) {
            throw badConfig(file.toString(), "no such file");
        } catch (IOException | IllegalArgumentException e) {
            throw badConfig(file.toString(), "cannot be read: " + e.getMessage());
        }
        for (String key : given.stringPropertyNames()) {
            if (!merged.containsKey(key)) {
                throw badConfig(file.toString(), "unknown key '" + key + "'; known keys: "
                        + String.join(", ", new TreeSet<>(merged.stringPropertyNames())));
            }
            merged.setProperty(key, given.getProperty(key).trim());
        }
        return from(merged, file.toString());
    }

    /** The same settings on another port (the CLI's --port). */
    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, maxMessageBytes, maxFrames, maxFramePixels, maxConcurrentCalls,
                streamChunkBytes, tempDir, shutdownGrace, rulesFile, uidRoot, keepPrimary);
    }

    /** The same settings spooling into another directory (tests use their own). */
    public ServerConfig withTempDir(Path dir) {
        return new ServerConfig(host, port, maxMessageBytes, maxFrames, maxFramePixels, maxConcurrentCalls,
                streamChunkBytes, dir, shutdownGrace, rulesFile, uidRoot, keepPrimary);
    }

    /** The same settings with compression rules for target "auto" (the CLI's --rules). */
    public ServerConfig withRules(Path file) {
        return new ServerConfig(host, port, maxMessageBytes, maxFrames, maxFramePixels, maxConcurrentCalls,
                streamChunkBytes, tempDir, shutdownGrace, file, uidRoot, keepPrimary);
    }

    private static Properties embedded() {
        Properties p = new Properties();
        try (InputStream in = ServerConfig.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new DicodecException(ErrorKind.INTERNAL, DEFAULTS + " is missing from the class path");
            }
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DicodecException(ErrorKind.INTERNAL, null, 0, -1, -1, DEFAULTS + ": " + e.getMessage(), e);
        }
        return p;
    }

    private static ServerConfig from(Properties p, String where) {
        openCl(p.getProperty("opencl", "auto").trim(), where);
        String temp = p.getProperty("temp-dir", "").trim();
        return new ServerConfig(
                p.getProperty("host").trim(),
                (int) number(p, "port", 0, 65535, where),
                (int) number(p, "max-message-bytes", 1024, Integer.MAX_VALUE, where),
                (int) number(p, "max-frames", 1, Integer.MAX_VALUE, where),
                number(p, "max-frame-pixels", 1, Long.MAX_VALUE, where),
                (int) number(p, "max-concurrent-calls", 1, 100_000, where),
                (int) number(p, "stream-chunk-bytes", 1024, 64 << 20, where),
                Path.of(temp.isEmpty() ? System.getProperty("java.io.tmpdir") : temp),
                Duration.ofSeconds(number(p, "shutdown-grace-seconds", 0, 86_400, where)),
                p.getProperty("rules-file", "").trim().isEmpty() ? null : Path.of(p.getProperty("rules-file").trim()),
                uidRoot(p.getProperty("uid-root", "").trim(), where),
                Boolean.parseBoolean(p.getProperty("keep-primary", "false").trim()));
    }

    /**
     * The {@code opencl} setting (auto, gpu, cpu, off) becomes the {@code dicodec.opencl} system
     * property that codec-gpu's runtime reads when the codecs load, unless the property or the
     * DICODEC_OPENCL environment variable already says something (they win over the file).
     */
    private static void openCl(String mode, String where) {
        if (!java.util.Set.of("auto", "on", "gpu", "cpu", "off").contains(mode.toLowerCase(java.util.Locale.ROOT))) {
            throw badConfig(where, "opencl='" + mode + "' is not auto, gpu, cpu or off");
        }
        if (System.getProperty("dicodec.opencl") == null && System.getenv("DICODEC_OPENCL") == null) {
            System.setProperty("dicodec.opencl", mode);
        }
    }

    private static String uidRoot(String root, String where) {
        if (!root.isEmpty() && (!dicodec.core.policy.UidGenerator.isValid(root) || root.length() > 54)) {
            throw badConfig(where, "uid-root='" + root + "' is not a valid UID root of at most 54 characters");
        }
        return root;
    }

    private static long number(Properties p, String key, long min, long max, String where) {
        String text = p.getProperty(key, "").trim();
        long v;
        try {
            v = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw badConfig(where, key + "='" + text + "' is not a whole number");
        }
        if (v < min || v > max) {
            throw badConfig(where, key + "=" + v + " is outside " + min + ".." + max);
        }
        return v;
    }

    private static DicodecException badConfig(String where, String detail) {
        return new DicodecException(ErrorKind.BAD_INPUT, null, 0, -1, -1, "configuration " + where + ": " + detail,
                null);
    }
}
