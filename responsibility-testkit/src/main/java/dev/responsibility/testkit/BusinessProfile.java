package dev.responsibility.testkit;

import dev.responsibility.core.model.BusinessSize;
import dev.responsibility.core.model.Category;
import dev.responsibility.core.model.Grade;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * What kind of business a generated one is: category, size, diners, risk grade and whether it is
 * high-risk, drawn with a township's proportions. Sellers, caterers and vendors are most of a
 * township; producers of special foods and meal distributors are rare and graded high; small
 * operators are graded D.
 *
 * @param category the category
 * @param size the size
 * @param diners the diners, for canteens and meal distributors; 0 otherwise
 * @param grade the risk grade
 * @param highRisk whether the business is high-risk (R13)
 */
record BusinessProfile(Category category, BusinessSize size, int diners, Grade grade, boolean highRisk) {

  /** Relative frequency of each category, in {@link Category} order. */
  private static final int[] WEIGHTS = {1, 5, 6, 30, 1, 25, 1, 1, 4, 5, 2, 4, 15};
  private static final Category[] CATEGORIES = Category.values();

  /** A profile whose category {@code allowed} accepts. */
  static BusinessProfile draw(SplittableRandom random, Predicate<Category> allowed) {
    Category category = category(random, allowed);
    BusinessSize size = size(category, random);
    int diners = diners(category, random);
    Grade grade = grade(category, size, random);
    boolean highRisk = switch (grade) {
      case A -> true;
      case B -> random.nextInt(2) == 0;
      case C -> random.nextInt(10) == 0;
      case D -> random.nextInt(50) == 0;
    };
    return new BusinessProfile(category, size, diners, grade, highRisk);
  }

  private static Category category(SplittableRandom random, Predicate<Category> allowed) {
    int total = 0;
    for (int c = 0; c < CATEGORIES.length; c++) {
      total += allowed.test(CATEGORIES[c]) ? WEIGHTS[c] : 0;
    }
    if (total == 0) {
      throw new IllegalArgumentException("no category is allowed");
    }
    int r = random.nextInt(total);
    for (int c = 0; c < CATEGORIES.length; c++) {
      if (allowed.test(CATEGORIES[c])) {
        r -= WEIGHTS[c];
        if (r < 0) {
          return CATEGORIES[c];
        }
      }
    }
    throw new AssertionError("weights exhausted");
  }

  private static BusinessSize size(Category category, SplittableRandom random) {
    if (category.isSmallOperator()) {
      return BusinessSize.MICRO;
    }
    int r = random.nextInt(100);
    boolean big = category == Category.SPECIAL_FOOD_PRODUCER || category == Category.CHAIN_RETAIL_HQ
        || category == Category.CHAIN_CATERING_HQ || category == Category.MEAL_DISTRIBUTOR;
    if (big) {
      return r < 30 ? BusinessSize.LARGE : r < 80 ? BusinessSize.MEDIUM : BusinessSize.SMALL;
    }
    return r < 3 ? BusinessSize.LARGE : r < 15 ? BusinessSize.MEDIUM : r < 60 ? BusinessSize.SMALL : BusinessSize.MICRO;
  }

  private static int diners(Category category, SplittableRandom random) {
    return switch (category) {
      case CANTEEN_KINDERGARTEN -> 40 + random.nextInt(560);
      case CANTEEN_SCHOOL -> 80 + random.nextInt(2500);
      case CANTEEN_ELDERLY_CARE -> 20 + random.nextInt(1200);
      case CANTEEN_OTHER -> 30 + random.nextInt(1500);
      case MEAL_DISTRIBUTOR -> 200 + random.nextInt(2800);
      default -> 0;
    };
  }

  private static Grade grade(Category category, BusinessSize size, SplittableRandom random) {
    int r = random.nextInt(100);
    return switch (category) {
      case SMALL_WORKSHOP, VENDOR -> Grade.D;
      case SPECIAL_FOOD_PRODUCER, MEAL_DISTRIBUTOR -> r < 40 ? Grade.A : Grade.B;
      case CANTEEN_SCHOOL, CANTEEN_KINDERGARTEN -> r < 5 ? Grade.A : r < 45 ? Grade.B : Grade.C;
      default -> size == BusinessSize.LARGE ? (r < 20 ? Grade.A : Grade.B)
          : r < 2 ? Grade.A : r < 8 ? Grade.B : r < 40 ? Grade.C : Grade.D;
    };
  }
}
