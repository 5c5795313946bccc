package dev.responsibility.adapters.rest;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The MAC of a signed request, named as in the {@code X-Signature-Method} header. Each algorithm
 * has its own body digest: SHA-256 for HMAC-SHA256, SM3 for HMAC-SM3, so that a gateway bound to
 * the Chinese commercial algorithms (国密) never needs SHA-2. SM3 comes from Bouncy Castle
 * ({@code org.bouncycastle:bcprov-jdk18on}), which must then be on the class path.
 */
public enum SignatureAlgorithm {

  /** HMAC (RFC 2104) with SHA-256; body digest SHA-256. */
  HMAC_SHA256("HMAC-SHA256") {
    @Override
    public String digestHex(byte[] data) {
      return Hashes.sha256Hex(data);
    }

    @Override
    public byte[] mac(byte[] key, byte[] data) {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("every Java platform has HmacSHA256", e);
      }
    }
  },

  /** HMAC (RFC 2104) with SM3 (GB/T 32905-2016), 64-byte block, 32-byte output; body digest SM3. */
  HMAC_SM3("HMAC-SM3") {
    @Override
    public String digestHex(byte[] data) {
      return HexFormat.of().formatHex(Sm3.digest(data));
    }

    @Override
    public byte[] mac(byte[] key, byte[] data) {
      return Sm3.hmac(key, data);
    }
  };

  private final String wireName;

  SignatureAlgorithm(String wireName) {
    this.wireName = wireName;
  }

  /** @return the name in the {@code X-Signature-Method} header, such as {@code HMAC-SHA256} */
  public String wireName() {
    return wireName;
  }

  /**
   * @param data the bytes, not null
   * @return the lower-case hex digest this algorithm uses for a request body
   */
  public abstract String digestHex(byte[] data);

  /**
   * @param key the MAC key, not null
   * @param data the bytes to authenticate, not null
   * @return the MAC
   */
  public abstract byte[] mac(byte[] key, byte[] data);
}
