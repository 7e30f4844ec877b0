package org.arbot.app.cashapp;

/** One generated payment row and its truth. */
record GeneratedPayment(String id, String received, long cents, String payer, String reference, String remittance, Truth truth) {

    String csvRow() {
        return Csv.row(id, received, "USD", GeneratedBook.money(cents), payer, reference, remittance);
    }
}
