package dev.responsibility.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * platform-api.yaml as a validator (Atlassian's openapi-request-validator, which checks method,
 * path, parameters, headers, security and body against the document's schemas).
 */
final class OpenApiContract {

  static final String RESOURCE = "/dev/responsibility/adapters/rest/platform-api.yaml";
  static final OpenApiInteractionValidator VALIDATOR =
      OpenApiInteractionValidator.createForInlineApiSpecification(document()).build();

  private OpenApiContract() {}

  static String document() {
    try (InputStream in = OpenApiContract.class.getResourceAsStream(RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SimpleRequest request(RecordedRequest r) {
    SimpleRequest.Builder b = new SimpleRequest.Builder(r.method(), r.rawPath());
    r.headers().forEach(b::withHeader);
    if (r.body().length > 0) {
      b.withBody(r.bodyText());
    }
    if (!r.rawQuery().isEmpty()) {
      for (String pair : r.rawQuery().split("&")) {
        int eq = pair.indexOf('=');
        b.withQueryParam(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return b.build();
  }

  /** @return the validator's errors for one request, empty when it conforms */
  static List<String> violations(RecordedRequest r) {
    return errors(VALIDATOR.validateRequest(request(r)));
  }

  /** @return the validator's errors for a response to a request */
  static List<String> violations(RecordedRequest r, int status, Map<String, String> headers, String body) {
    SimpleResponse.Builder b = new SimpleResponse.Builder(status).withBody(body);
    headers.forEach(b::withHeader);
    return errors(VALIDATOR.validate(request(r), b.build()));
  }

  private static List<String> errors(ValidationReport report) {
    List<String> errors = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR) {
        errors.add(m.getKey() + ": " + m.getMessage());
      }
    }
    return errors;
  }

  /** Asserts that every request conforms to the document. */
  static void assertConform(List<RecordedRequest> requests) {
    assertThat(requests).isNotEmpty();
    for (RecordedRequest r : requests) {
      assertThat(violations(r)).as("%s %s?%s", r.method(), r.rawPath(), r.rawQuery()).isEmpty();
    }
  }
}
