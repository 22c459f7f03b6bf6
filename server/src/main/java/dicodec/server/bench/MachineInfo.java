package dicodec.server.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the report says about the machine and the software: read from /proc and dpkg. */
final class MachineInfo {
    /** Debian packages of the peers (and of the libraries dicodec binds), as dpkg knows them. */
    static final List<String> PACKAGES = List.of("dcmtk", "libgdcm-tools", "libopenjp2-tools", "openjph-tools",
            "ffmpeg", "libopenjp2-7", "libcharls2", "libopenjph0.9", "libturbojpeg0");

    private MachineInfo() {
    }

    static String loadAverage() {
        String s = read("/proc/loadavg");
        String[] f = s.split("\\s+");
        return f.length >= 3 ? f[0] + " " + f[1] + " " + f[2] : "?";
    }

    static String cpu() {
        for (String line : read("/proc/cpuinfo").split("\n")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "?";
    }

    static String memory() {
        for (String line : read("/proc/meminfo").split("\n")) {
            if (line.startsWith("MemTotal:")) {
                long kb = Long.parseLong(line.replaceAll("\\D", ""));
                return String.format(java.util.Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
            }
        }
        return "?";
    }

    static String java() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
    }

    /** "package version" of each installed package; the missing are left out. */
    static List<String> packages() {
        List<String> out = new ArrayList<>();
        if (!ProcessRun.onPath("dpkg-query")) {
            return out;
        }
        List<String> cmd = new ArrayList<>(List.of("dpkg-query", "-W", "-f", "${Package} ${Version}\\n"));
        cmd.addAll(PACKAGES);
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            for (String line : text.split("\n")) {
                if (line.trim().contains(" ")) {
                    out.add(line.trim());
                }
            }
        } catch (IOException e) {
            out.add("dpkg-query failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
