package org.arbot.core.conversation.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

    private final Pseudonyms pseudonyms = new Pseudonyms(List.of("Maria Lopez", "Ken Adams"));

    @Test
    void emails_phones_ibans_account_numbers_and_known_names_become_placeholders() {
        String text = "Maria Lopez asked: write to ap@harborfoods.com or call +1 (415) 555-0134; "
                + "IBAN DE89 3704 0044 0532 0130 00, account no. 000123456789.";

        String hidden = pseudonyms.hide(text);

        assertThat(hidden).isEqualTo("[PERSON_1] asked: write to [EMAIL_1] or call [PHONE_1]; "
                + "IBAN [ACCOUNT_1], account no. [ACCOUNT_2].");
        assertThat(pseudonyms.reveal(hidden)).isEqualTo(text);
    }

    @Test
    void the_same_value_gets_the_same_placeholder_whatever_its_case() {
        assertThat(pseudonyms.hide("ken adams and KEN ADAMS; Ken Adams")).isEqualTo("[PERSON_1] and [PERSON_1]; [PERSON_1]");
    }

    @Test
    void a_name_a_remittance_is_signed_with_is_hidden_there_and_in_later_texts() {
        assertThat(pseudonyms.hide("INV-0001001 paid. Regards, Jane Doe")).isEqualTo("INV-0001001 paid. Regards, [PERSON_1]");
        assertThat(pseudonyms.hide("Jane Doe called again")).isEqualTo("[PERSON_1] called again");
    }

    @Test
    void amounts_dates_document_numbers_and_company_names_are_left_alone() {
        String text = "Harbor Foods paid $9,120.00 on 2026-11-25 against INV-0001001 and SO-2231 (ref TRC4100), "
                + "480.00 short, 12500 due 12/10, 1-30 days, 13 weeks";

        assertThat(pseudonyms.hide(text)).isEqualTo(text);
    }

    @Test
    void us_phone_numbers_and_routing_numbers_are_hidden() {
        assertThat(pseudonyms.hide("call 415-555-0134, routing 021000021"))
                .isEqualTo("call [PHONE_1], routing [ACCOUNT_1]");
    }

    @Test
    void placeholders_it_never_gave_are_reported_and_left_as_they_are() {
        pseudonyms.hide("mail ap@harborfoods.com");

        assertThat(pseudonyms.reveal("[EMAIL_1] or [EMAIL_2]")).isEqualTo("ap@harborfoods.com or [EMAIL_2]");
        assertThat(pseudonyms.unknown("[EMAIL_1] or [EMAIL_2]")).containsExactly("[EMAIL_2]");
    }
}
