package org.arbot.app.governance;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.arbot.core.governance.AuditEntry;

/** Audit entries as RFC 4180 CSV with a header row; fields with commas, quotes or line breaks are quoted. */
final class AuditCsv {

    static final String HEADER = "sequence,at,kind,actor,channel,proposal,details,previous_hash,hash";

    private AuditCsv() {
    }

    static String of(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (AuditEntry e : entries) {
            csv.append(Stream.of(Long.toString(e.sequence()), e.at().toString(), e.kind(), e.actor(), e.channel(),
                    e.proposal(), e.details(), e.previousHash(), e.hash()).map(AuditCsv::field)
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
