package org.arbot.app.governance;

import java.util.function.Supplier;
import org.arbot.core.governance.Transactions;
import org.springframework.transaction.support.TransactionTemplate;

/** Governance transactions on the app's data source; any exception or error inside rolls everything back. */
final class SpringTransactions implements Transactions {

    private final TransactionTemplate template;

    SpringTransactions(TransactionTemplate template) {
        this.template = template;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
