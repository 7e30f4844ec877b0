package org.arbot.core.deductions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DeductionClassifierTest {

    private final DeductionClassifier classifier = new DeductionClassifier(new WordEmbeddings());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "INV-0001234 short paid 45.00 - pricing error                 | PRICING",
        "PRC DIFF per contract                                        | PRICING",
        "we were overcharged on item 4471                              | PRICING",
        "RSN CD: PR                                                    | PRICING",
        "3 cases crushed in transit                                    | DAMAGE",
        "DMG                                                           | DAMAGE",
        "ded 12.00 defective units                                     | DAMAGE",
        "short shipped 2 cs                                            | SHORTAGE",
        "missing 1 pallet                                              | SHORTAGE",
        "qty not received                                              | SHORTAGE",
        "co-op advertising                                             | PROMOTION",
        "slotting fee new SKUs                                         | PROMOTION",
        "display allowance Q3                                          | PROMOTION",
        "Q3 trade promo                                                | PROMOTION",
        "FRT charges                                                   | FREIGHT",
        "shipping charges not agreed                                   | FREIGHT",
        "2% disc taken                                                 | EARLY_PAY_DISCOUNT",
        "less cash discount                                            | EARLY_PAY_DISCOUNT",
        "sales tax exempt                                              | TAX",
        "VAT not applicable                                            | TAX",
        "RMA 4432                                                      | RETURN",
        "RTN                                                           | RETURN",
        "ADJ CD TX                                                     | TAX",
        "returned merchandise                                          | RETURN",
        "wire transfer fee                                             | BANK_FEE",
    })
    void codes_and_keywords_name_the_reason(String remittance, DeductionReason reason) {
        Classification c = classifier.classify(remittance);

        assertThat(c.reason()).isEqualTo(reason);
        assertThat(c.evidence()).isNotBlank();
    }

    @Test
    void free_text_no_rule_knows_is_classified_by_the_nearest_example_phrasing() {
        Classification c = classifier.classify("INV-0001234: items received in unsellable condition");

        assertThat(c.reason()).isEqualTo(DeductionReason.DAMAGE);
        assertThat(c.evidence()).contains("unsellable condition");
    }

    @Test
    void text_that_explains_nothing_stays_unknown() {
        assertThat(classifier.classify("INV-0001234 1,250.00 thank you").reason()).isEqualTo(DeductionReason.UNKNOWN);
        assertThat(DeductionClassifier.hasExplanation("Payment for INV-0001234, CHK 10234")).isFalse();
        assertThat(DeductionClassifier.hasExplanation("WIRE TRANSFER")).isFalse();
    }

    @Test
    void each_distinct_phrase_is_embedded_once() {
        int[] calls = new int[1];
        WordEmbeddings words = new WordEmbeddings();
        DeductionClassifier counting = new DeductionClassifier(text -> {
            calls[0]++;
            return words.embed(text);
        });
        counting.classify("items received in unsellable condition");
        int afterFirst = calls[0];
        counting.classify("items received in unsellable condition");
        counting.classify("INV-0009999 items received in unsellable condition 12.00");

        assertThat(calls[0]).isEqualTo(afterFirst);
    }
}
