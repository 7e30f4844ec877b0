package org.arbot.app.governance;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arbot.app.cli.Command;
import org.arbot.app.cli.Options;
import org.arbot.app.cli.UsageException;
import org.arbot.core.governance.AuditVerification;
import org.arbot.core.governance.AuditVerification.Result.ChainBroken;
import org.arbot.core.governance.AuditVerification.Result.ChainIntact;

/** {@code arbot audit verify}: recomputes the audit trail's hash chain and names the first entry that does not fit. */
public final class AuditVerifyCommand implements Command {

    private final Map<String, String> environment;

    public AuditVerifyCommand() {
        this(System.getenv());
    }

    AuditVerifyCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public List<String> name() {
        return List.of("audit", "verify");
    }

    @Override
    public String summary() {
        return "check the audit trail's hash chain; name the first broken entry";
    }

    @Override
    public String usage() {
        return "Usage: arbot audit verify [--db-url URL] [--db-user USER] [--db-password PASS]\n\n"
                + "Recomputes every audit entry's SHA-256 hash and its link to the entry before it.\n"
                + "Exit 0 when the chain is intact, 1 when an entry was changed, removed or reordered.\n\n"
                + AuditDatabase.USAGE;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args, AuditDatabase.OPTIONS, Set.of());
        if (!options.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + options.positional().get(0) + "'");
        }
        AuditDatabase database = AuditDatabase.from(options, environment);
        AuditVerification.Result result = AuditVerification.verify(JdbcGovernance.auditTrail(database.open()));
        if (result instanceof ChainIntact intact) {
            out.println("audit trail intact: " + intact.entries() + " entries in " + database.describe()
                    + (intact.entries() > 0 ? ", last hash " + intact.lastHash() : ""));
            return OK;
        }
        ChainBroken broken = (ChainBroken) result;
        err.println("audit trail broken at entry " + broken.sequence() + ": " + broken.reason());
        return FAILED;
    }
}
