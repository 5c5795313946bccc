package dev.responsibility.examples.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The language of human output: Chinese or English messages from {@code messages(_zh).properties}. */
enum Ui {
  ZH(Locale.SIMPLIFIED_CHINESE),
  EN(Locale.ENGLISH);

  private final Locale locale;
  private final ResourceBundle messages;

  Ui(Locale locale) {
    this.locale = locale;
    // ROOT falls back to the English base file rather than to the JVM's default locale.
    this.messages = ResourceBundle.getBundle("dev.responsibility.examples.cli.messages",
        locale.getLanguage().equals("zh") ? locale : Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** @return the language of the user's environment: Chinese where the default locale is Chinese */
  static Ui fromEnvironment() {
    return Locale.getDefault().getLanguage().equals("zh") ? ZH : EN;
  }

  Locale locale() {
    return locale;
  }

  boolean isChinese() {
    return this == ZH;
  }

  /** @return the message {@code key} with its {@code {0}}-style arguments filled in */
  String text(String key, Object... arguments) {
    String pattern = messages.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }
}
