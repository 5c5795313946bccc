package dev.responsibility.adapters.rest;

import dev.responsibility.core.port.PlatformRecord.Kind;
import java.util.Locale;

/** The paths of platform-api.yaml, version prefix included. */
final class ApiPaths {

  static final String VERSION = "/v1";
  static final String CHANGES = VERSION + "/changes";

  private ApiPaths() {}

  /** The collection a kind is pushed to: {@code /v1/businesses}, {@code /v1/cadres}, … */
  static String collection(Kind kind) {
    return VERSION + "/" + kind.name().toLowerCase(Locale.ROOT) + (kind == Kind.BUSINESS ? "es" : "s");
  }

  /** One record of a collection, its id percent-encoded as a path segment. */
  static String record(Kind kind, String id) {
    return collection(kind) + "/" + UriEncoding.encode(id);
  }
}
