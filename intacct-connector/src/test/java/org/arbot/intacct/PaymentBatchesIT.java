package org.arbot.intacct;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.Payment;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.ledger.PostResult;
import org.arbot.core.money.Money;
import org.arbot.intacct.sandbox.SandboxCalls.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Payments posted in batches through composite requests, counted at the sandbox, against its demo company. */
class PaymentBatchesIT {

    private static final Clock CLOCK = DemoSandbox.CLOCK;

    @RegisterExtension
    static final DemoSandbox demo = new DemoSandbox();

    @BeforeEach
    void restoreTheSeed() {
        demo.ledger().customers();
    }

    @Test
    void twenty_five_payments_cost_one_lookup_and_three_composite_requests() {
        List<PaymentPosting> postings = postings("batch-a", 25);
        demo.sandbox().calls().clear();
        List<PostResult> result = demo.ledger().postPayments(postings);
        assertThat(PostResults.refused(result)).isEmpty();
        assertThat(PostResults.posted(result)).extracting(Payment::reference)
                .containsExactlyElementsOf(postings.stream().map(PaymentPosting::idempotencyKey).toList());
        assertThat(PostResults.wrote(result)).hasSize(25).containsOnly(true);
        assertThat(demo.sandbox().calls().count(Kind.READ)).isEqualTo(1);
        assertThat(demo.sandbox().calls().count(Kind.WRITE)).isEqualTo(3);
        assertThat(demo.sandbox().calls().byRoute()).containsEntry("POST /services/core/composite", 3L);
        assertThat(demo.ledger().findPayment("batch-a-24")).isPresent();
    }

    @Test
    void a_refused_posting_is_refused_alone_and_the_ones_skipped_after_it_are_sent_again() {
        List<PaymentPosting> postings = new ArrayList<>(postings("batch-b", 12));
        PaymentPosting good = postings.get(3);
        Money tooMuch = good.amount().plus(Money.of("1000000.00", "USD"));
        postings.set(3, new PaymentPosting("batch-b-bad", good.customerId(), good.receivedDate(), tooMuch,
                List.of(new PaymentApplication(good.applications().get(0).invoiceId(), tooMuch)), Optional.empty(), "too much"));
        List<PostResult> result = demo.ledger().postPayments(postings);
        assertThat(PostResults.refused(result)).containsOnlyKeys("batch-b-bad");
        assertThat(PostResults.refused(result).get("batch-b-bad").code()).isEqualTo("invalidRequest");
        assertThat(PostResults.refused(result).get("batch-b-bad").getMessage()).contains("exceeds the amount due");
        assertThat(PostResults.posted(result)).hasSize(11);
        assertThat(demo.ledger().findPayment("batch-b-bad")).isEmpty();
        assertThat(demo.ledger().findPayment("batch-b-11")).isPresent();
    }

    @Test
    void posting_the_same_batch_again_writes_nothing_and_answers_the_payments_already_there() {
        List<PaymentPosting> postings = postings("batch-c", 15);
        List<Payment> first = PostResults.posted(demo.ledger().postPayments(postings));
        demo.sandbox().calls().clear();
        List<PostResult> again = demo.ledger().postPayments(postings);
        assertThat(PostResults.posted(again)).extracting(Payment::id).containsExactlyElementsOf(first.stream().map(Payment::id).toList());
        assertThat(PostResults.wrote(again)).containsOnly(false);
        assertThat(demo.sandbox().calls().count(Kind.WRITE)).isZero();
        assertThat(demo.sandbox().calls().count(Kind.READ)).isEqualTo(2);
    }

    @Test
    void the_customers_and_their_terms_come_in_one_composite_call() {
        demo.sandbox().calls().clear();
        assertThat(demo.ledger().customers()).hasSize(66);
        assertThat(demo.sandbox().calls().apiCalls()).isEqualTo(1);
        assertThat(demo.sandbox().calls().byRoute()).containsOnlyKeys("POST /services/core/composite");
    }

    private static List<PaymentPosting> postings(String prefix, int count) {
        return PaymentPostings.postings(demo.ledger(), prefix, count);
    }
}
