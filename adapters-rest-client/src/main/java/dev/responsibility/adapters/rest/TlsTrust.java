package dev.responsibility.adapters.rest;

import dev.responsibility.core.model.PortException;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Which certificates the client trusts for the platform's TLS. Certificate and host-name
 * verification are always on; there is deliberately no "trust all" option. By default the
 * JDK's trusted authorities; for a platform with a self-signed or private-CA certificate, an
 * explicit trust store that replaces them (only its certificates are trusted). Immutable and
 * thread-safe.
 */
public final class TlsTrust {

  private final KeyStore trustStore;
  private final String description;

  private TlsTrust(KeyStore trustStore, String description) {
    this.trustStore = trustStore;
    this.description = description;
  }

  /** @return the JDK's default trusted authorities (the {@code cacerts} of the running Java) */
  public static TlsTrust systemDefault() {
    return new TlsTrust(null, "system default");
  }

  /**
   * @param file a PKCS#12 or JKS trust store holding the platform's certificate or its CA, not null
   * @param password the store's password, not null
   * @return trust in that store's certificates only
   * @throws PortException if the store cannot be read
   */
  public static TlsTrust trustStore(Path file, Secret password) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(password, "password");
    try {
      return new TlsTrust(KeyStore.getInstance(file.toFile(), password.text().toCharArray()), "trust store " + file);
    } catch (IOException | GeneralSecurityException e) {
      throw new PortException("reading the trust store " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * @param trusted a loaded key store whose certificate entries are trusted, not null
   * @return trust in those certificates only
   */
  public static TlsTrust of(KeyStore trusted) {
    return new TlsTrust(Objects.requireNonNull(trusted, "trusted"), "key store of type " + trusted.getType());
  }

  /** The TLS context for the HTTP client. */
  SSLContext sslContext() {
    try {
      if (trustStore == null) {
        return SSLContext.getDefault();
      }
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trustStore);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, tmf.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new PortException("setting up TLS with " + description + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "TlsTrust[" + description + "]";
  }
}
