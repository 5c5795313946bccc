package dev.responsibility.core.rules;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The clerk-readable texts of violations, from the {@code messages} bundles (English, Chinese). */
final class Messages {

  private static final String BUNDLE = "dev.responsibility.core.rules.messages";
  // No fallback to the JVM's default locale: English is the base whatever the machine's locale.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  static String format(String key, List<String> arguments, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no message " + key + " in " + BUNDLE, e);
    }
    return new MessageFormat(pattern, locale).format(arguments.toArray());
  }
}
