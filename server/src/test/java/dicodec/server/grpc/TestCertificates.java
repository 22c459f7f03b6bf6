package dicodec.server.grpc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Key pairs and certificates made for a test with the JDK's keytool: a server certificate for
 * 127.0.0.1 / localhost, a client certificate, and PKCS12 truststores in which each side
 * trusts the other's certificate. Nothing is committed; everything lives in the test's folder.
 */
final class TestCertificates {
    static final String PASSWORD = "changeit-test";
    final Path serverKeystore;
    final Path serverTruststore;
    final Path clientKeystore;
    final Path clientTruststore;

    private TestCertificates(Path dir) {
        serverKeystore = dir.resolve("server.p12");
        serverTruststore = dir.resolve("server-trust.p12");
        clientKeystore = dir.resolve("client.p12");
        clientTruststore = dir.resolve("client-trust.p12");
    }

    static TestCertificates make(Path dir) throws IOException, InterruptedException {
        TestCertificates c = new TestCertificates(dir);
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-keystore",
                c.serverKeystore.toString());
        keytool("-genkeypair", "-alias", "client", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=dicodec-test-client", "-validity", "2", "-keystore", c.clientKeystore.toString());
        Path serverCert = dir.resolve("server.cer");
        Path clientCert = dir.resolve("client.cer");
        keytool("-exportcert", "-alias", "server", "-keystore", c.serverKeystore.toString(), "-file",
                serverCert.toString());
        keytool("-exportcert", "-alias", "client", "-keystore", c.clientKeystore.toString(), "-file",
                clientCert.toString());
        keytool("-importcert", "-noprompt", "-alias", "server", "-file", serverCert.toString(), "-keystore",
                c.clientTruststore.toString());
        keytool("-importcert", "-noprompt", "-alias", "client", "-file", clientCert.toString(), "-keystore",
                c.serverTruststore.toString());
        return c;
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException("keytool " + String.join(" ", args) + ": " + out);
        }
    }
}
