package org.arbot.core.cashapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RemittanceReaderTest {

    @Test
    void invoice_numbers_are_read_in_common_formats_without_dates_amounts_or_po_numbers() {
        Remittance r = RemittanceReader.read("PO 4500012345", "Paid 2026-11-02: INV-0001234 $1,250.00; #1240 980.10 | inv 0001251");

        assertThat(r.refs()).extracting(InvoiceRef::key).containsExactly("1234", "1240", "1251");
        assertThat(r.refs()).extracting(InvoiceRef::paidCents).containsExactly(125000L, 98010L, -1L);
        assertThat(r.poNumbers()).containsExactly("4500012345");
    }

    @Test
    void a_deducted_amount_is_not_taken_for_the_amount_paid() {
        Remittance r = RemittanceReader.read("", "INV-0001234 less 45.00 damaged");

        assertThat(r.refs()).extracting(InvoiceRef::paidCents).containsExactly(-1L);
    }

    @Test
    void partial_payment_wording_is_recognised() {
        assertThat(RemittanceReader.read("", "installment 1 of 3").partial()).isTrue();
        assertThat(RemittanceReader.read("INV-1", "Partial pmt").partial()).isTrue();
        assertThat(RemittanceReader.read("", "payment in full").partial()).isFalse();
        assertThat(RemittanceReader.read("", "2nd payment on INV-0001234").partial()).isTrue();
        assertThat(RemittanceReader.read("", "Payment 2 of 4 INV-0001234").partial()).isTrue();
        assertThat(RemittanceReader.read("", "part-payment, balance next week").partial()).isTrue();
        assertThat(RemittanceReader.read("", "paying down the balance").partial()).isTrue();
        assertThat(RemittanceReader.read("", "PAYMENT FOR INV 1234 THANKS").partial()).isFalse();
    }
}
