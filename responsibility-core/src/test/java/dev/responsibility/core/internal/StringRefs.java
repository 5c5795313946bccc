package dev.responsibility.core.internal;

/** References held as strings, for tests that check the index's answers against {@code String}'s. */
public final class StringRefs {

  private StringRefs() {}

  /** @return the texts as references, each compared and hashed as the string it is */
  public static TextRefs of(String... texts) {
    return new TextRefs() {
      @Override
      public int size() {
        return texts.length;
      }

      @Override
      public String text(int i) {
        return texts[i];
      }

      @Override
      public boolean sameAsBefore(int i) {
        return i > 0 && texts[i].equals(texts[i - 1]);
      }

      @Override
      public int stringHash(int i) {
        return texts[i].hashCode();
      }

      @Override
      public boolean textEquals(int i, String id) {
        return texts[i].equals(id);
      }

      @Override
      public boolean sameText(int i, TextRefs other, int j) {
        return other.textEquals(j, texts[i]);
      }
    };
  }
}
