package org.arbot.intacct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arbot.core.ar.Payment;
import org.arbot.core.ledger.LedgerException;
import org.arbot.core.ledger.PostResult;

/** The posted payments and the refusals of a batch's results, for assertions. */
final class PostResults {

    private PostResults() {
    }

    static List<Payment> posted(List<PostResult> results) {
        return results.stream().filter(PostResult.Posted.class::isInstance).map(r -> ((PostResult.Posted) r).payment()).toList();
    }

    static List<Boolean> wrote(List<PostResult> results) {
        return results.stream().filter(PostResult.Posted.class::isInstance).map(r -> ((PostResult.Posted) r).wrote()).toList();
    }

    static Map<String, LedgerException> refused(List<PostResult> results) {
        Map<String, LedgerException> refused = new LinkedHashMap<>();
        results.stream().filter(PostResult.Refused.class::isInstance).map(PostResult.Refused.class::cast)
                .forEach(r -> refused.put(r.idempotencyKey(), r.error()));
        return refused;
    }
}
