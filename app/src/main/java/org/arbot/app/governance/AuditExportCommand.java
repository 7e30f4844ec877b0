package org.arbot.app.governance;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arbot.app.cli.Command;
import org.arbot.app.cli.Options;
import org.arbot.app.cli.UsageException;
import org.arbot.core.governance.AuditEntry;

/** {@code arbot audit export --from --to}: writes the audit entries of a period as CSV for auditors. */
public final class AuditExportCommand implements Command {

    private final Map<String, String> environment;

    public AuditExportCommand() {
        this(System.getenv());
    }

    AuditExportCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public List<String> name() {
        return List.of("audit", "export");
    }

    @Override
    public String summary() {
        return "write the audit entries of a period as CSV";
    }

    @Override
    public String usage() {
        return "Usage: arbot audit export --from DATE|INSTANT --to DATE|INSTANT [--out FILE] [--db-url URL] ...\n\n"
                + "Writes the entries from --from (inclusive) to --to (exclusive) as CSV: sequence, at, kind, actor,\n"
                + "channel, proposal, details, previous_hash, hash. Dates are UTC days (2026-11-01), instants ISO-8601.\n"
                + "Without --out the CSV goes to standard output.\n\n"
                + "  --out FILE            write to FILE instead\n"
                + AuditDatabase.USAGE;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Set<String> withValue = new HashSet<>(AuditDatabase.OPTIONS);
        withValue.addAll(Set.of("from", "to", "out"));
        Options options = Options.parse(args, withValue, Set.of());
        Instant from = instant(options.required("from"), "from");
        Instant to = instant(options.required("to"), "to");
        if (!from.isBefore(to)) {
            throw new UsageException("--from " + from + " must be before --to " + to);
        }
        List<AuditEntry> entries = JdbcGovernance.auditTrail(AuditDatabase.from(options, environment).open()).between(from, to);
        if (options.value("out").isEmpty()) {
            out.print(AuditCsv.of(entries));
            out.flush();
            return OK;
        }
        Path file = Path.of(options.value("out").get());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(AuditCsv.of(entries));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
        }
        out.println("wrote " + entries.size() + " audit entries to " + file);
        return OK;
    }

    private static Instant instant(String text, String option) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--" + option + " '" + text + "' is neither a date (2026-11-01) nor an instant "
                    + "(2026-11-01T09:00:00Z)");
        }
    }
}
