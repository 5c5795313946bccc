package dev.responsibility.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.CreditCode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

@Domain(Townships.class)
@Domain(DomainContext.Global.class)
class CreditCodeProperties {

  /** GB 32100's 31 characters, as FORMAT.md lists them: no I, O, S, V or Z. */
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  /** Characters outside the alphabet that a clerk might type. */
  private static final String STRANGERS = "IOSVZiosvza -中０";

  @Provide
  Arbitrary<String> validCodes() {
    return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofLength(17)
        .map(first17 -> first17 + CreditCode.checkCharacter(first17));
  }

  @Property
  void aValidCodeIsValidAndNoSingleCharacterChangeOfItIs(@ForAll("validCodes") String code) {
    assertEverySingleCharacterChangeIsInvalid(code);
  }

  @Property
  void everyGeneratedCodeIsValidUniqueAndBrokenByAnySingleCharacterChange(@ForAll GeneratedDataSet township) {
    List<String> codes = township.dataSet().businesses().stream().map(Business::creditCode)
        .filter(c -> !c.isEmpty()).map(CreditCode::value).toList();

    assertThat(codes).doesNotHaveDuplicates();
    codes.forEach(CreditCodeProperties::assertEverySingleCharacterChangeIsInvalid);
  }

  @Property
  void onlySmallOperatorsGoWithoutACode(@ForAll GeneratedDataSet township) {
    assertThat(township.dataSet().businesses()).filteredOn(b -> b.creditCode().isEmpty())
        .allSatisfy(b -> assertThat(b.category().isSmallOperator()).isTrue());
  }

  @Example
  void theCodeUsedAsAnExampleEverywhereIsValid() {
    assertEverySingleCharacterChangeIsInvalid("91350100M000100Y43");
  }

  private static void assertEverySingleCharacterChangeIsInvalid(String code) {
    assertThat(CreditCode.of(code).isValid()).as(code).isTrue();
    char[] chars = code.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char original = chars[i];
      for (char c : (ALPHABET + STRANGERS).toCharArray()) {
        if (c == original) {
          continue;
        }
        chars[i] = c;
        String changed = new String(chars);
        assertThat(CreditCode.of(changed).isValid()).as("%s changed at %d to %s", code, i + 1, changed).isFalse();
      }
      chars[i] = original;
    }
  }
}
