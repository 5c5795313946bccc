package dev.responsibility.adapters.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A self-signed server certificate made by the JDK's own keytool (run with ProcessBuilder), and
 * a trust store holding just that certificate.
 *
 * @param keyStore the server's PKCS#12 key store
 * @param trustStore a PKCS#12 trust store with the certificate only
 */
record SelfSignedCertificate(Path keyStore, Path trustStore) {

  static final String PASSWORD = "changeit";

  /**
   * @param dir where to write the stores
   * @param subjectAltName keytool's SAN extension value, such as {@code ip:127.0.0.1,dns:localhost}
   */
  static SelfSignedCertificate generate(Path dir, String subjectAltName) throws IOException, InterruptedException,
      GeneralSecurityException {
    Path keyStore = dir.resolve("server.p12");
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    Process p = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", "platform", "-keyalg", "EC",
        "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-dname", "CN=platform.test", "-ext",
        "SAN=" + subjectAltName, "-validity", "2", "-storetype", "PKCS12", "-keystore", keyStore.toString(),
        "-storepass", PASSWORD, "-keypass", PASSWORD)).redirectErrorStream(true).start();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("keytool failed: " + new String(p.getInputStream().readAllBytes(),
          StandardCharsets.UTF_8));
    }
    KeyStore server = KeyStore.getInstance(keyStore.toFile(), PASSWORD.toCharArray());
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("platform", server.getCertificate("platform"));
    Path trustStore = dir.resolve("trust.p12");
    try (OutputStream out = Files.newOutputStream(trustStore)) {
      trust.store(out, PASSWORD.toCharArray());
    }
    return new SelfSignedCertificate(keyStore, trustStore);
  }

  /** The server side's TLS context. */
  SSLContext serverContext() throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(keyStore.toFile(), PASSWORD.toCharArray());
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(store, PASSWORD.toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(kmf.getKeyManagers(), null, null);
    return context;
  }
}
