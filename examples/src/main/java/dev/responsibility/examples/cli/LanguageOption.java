package dev.responsibility.examples.cli;

import picocli.CommandLine.Option;

/** {@code --lang zh|en}, shared by every subcommand. */
final class LanguageOption {

  @Option(names = "--lang", paramLabel = "zh|en", converter = LanguageOption.Converter.class,
      description = "language of human output: zh or en (default: from the system locale)")
  private Ui ui;

  Ui ui() {
    return ui == null ? Ui.fromEnvironment() : ui;
  }

  static final class Converter implements picocli.CommandLine.ITypeConverter<Ui> {
    @Override
    public Ui convert(String value) {
      return switch (value.toLowerCase(java.util.Locale.ROOT)) {
        case "zh", "zh-cn", "cn", "中文" -> Ui.ZH;
        case "en", "en-us", "english" -> Ui.EN;
        default -> throw new picocli.CommandLine.TypeConversionException("expected zh or en, not '" + value + "'");
      };
    }
  }
}
