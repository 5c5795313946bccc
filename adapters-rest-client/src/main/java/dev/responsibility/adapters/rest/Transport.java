package dev.responsibility.adapters.rest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP exchange with the platform: rate limit, version header, signature, timeout. Logs the
 * method, path and status only: never headers (credentials) nor bodies (personal data).
 */
final class Transport {

  static final String API_VERSION = "1";
  private static final Logger LOG = LoggerFactory.getLogger(Transport.class);

  private final String origin;
  private final String basePath;
  private final HttpClient client;
  private final RequestSigner signer;
  private final TokenBucket bucket;
  private final Duration requestTimeout;

  Transport(URI base, HttpClient client, RequestSigner signer, TokenBucket bucket, Duration requestTimeout) {
    this.origin = base.getScheme() + "://" + base.getRawAuthority();
    String path = base.getRawPath() == null ? "" : base.getRawPath();
    this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    this.client = client;
    this.signer = signer;
    this.bucket = bucket;
    this.requestTimeout = requestTimeout;
  }

  /** @return {@code METHOD /full/path}, for messages */
  String exchange(String method, String path) {
    return method + " " + basePath + path;
  }

  /**
   * @param method GET or POST
   * @param path the API path from {@code /v1} on, percent-encoded
   * @param rawQuery the percent-encoded query, empty for none
   * @param body the JSON body, empty for none
   * @param headers further headers (Idempotency-Key)
   */
  Reply send(String method, String path, String rawQuery, byte[] body, Map<String, String> headers)
      throws IOException, InterruptedException {
    bucket.acquire();
    String rawPath = basePath + path;
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + rawPath
            + (rawQuery.isEmpty() ? "" : "?" + rawQuery)))
        .timeout(requestTimeout)
        .header("API-Version", API_VERSION)
        .header("Accept", "application/json")
        .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    if (body.length > 0) {
      request.header("Content-Type", "application/json");
    }
    headers.forEach(request::header);
    signer.headers(new OutgoingRequest(method, rawPath, rawQuery, body)).forEach(request::header);
    String exchange = method + " " + rawPath;
    HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    LOG.debug("{} -> {}", exchange, response.statusCode());
    return new Reply(exchange, response.statusCode(), response.headers(), response.body());
  }
}
