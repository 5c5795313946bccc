package dev.responsibility.adapters.rest;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * SM3 and HMAC-SM3 from Bouncy Castle's lightweight API (no JCA provider to register). Kept in
 * its own class so that Bouncy Castle is loaded only by an embedder who signs with SM3.
 */
final class Sm3 {

  private Sm3() {}

  /** @return whether Bouncy Castle's SM3 is on the class path */
  static boolean available() {
    try {
      Class.forName("org.bouncycastle.crypto.digests.SM3Digest", false, Sm3.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  static byte[] digest(byte[] data) {
    SM3Digest digest = new SM3Digest();
    digest.update(data, 0, data.length);
    byte[] out = new byte[digest.getDigestSize()];
    digest.doFinal(out, 0);
    return out;
  }

  static byte[] hmac(byte[] key, byte[] data) {
    HMac mac = new HMac(new SM3Digest());
    mac.init(new KeyParameter(key));
    mac.update(data, 0, data.length);
    byte[] out = new byte[mac.getMacSize()];
    mac.doFinal(out, 0);
    return out;
  }
}
