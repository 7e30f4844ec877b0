package org.arbot.core.governance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One stored audit entry, chained to the previous one: {@code hash} is SHA-256 over the entry's canonical text and
 * {@code previousHash}, so changing any stored entry breaks the chain from there on.
 *
 * @param proposal the proposal id, or empty
 * @param details the canonical details text ({@link AuditRecord#canonicalDetails()})
 */
public record AuditEntry(
        long sequence,
        Instant at,
        String kind,
        String actor,
        String channel,
        String proposal,
        String details,
        String previousHash,
        String hash) {

    /** The hash the first entry chains to. */
    public static final String GENESIS = "0".repeat(64);

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        actor = actor == null ? "" : actor;
        channel = channel == null ? "" : channel;
        proposal = proposal == null ? "" : proposal;
        details = details == null ? "" : details;
    }

    /** The entry that follows {@code previousHash} at {@code sequence}, with its hash computed. */
    public static AuditEntry chained(AuditRecord record, long sequence, String previousHash) {
        AuditEntry unhashed = new AuditEntry(sequence, record.at(), record.kind().name(), record.actor(),
                record.channel().name(), record.proposal().map(ProposalId::value).orElse(""), record.canonicalDetails(),
                previousHash, "");
        return new AuditEntry(sequence, unhashed.at, unhashed.kind, unhashed.actor, unhashed.channel, unhashed.proposal,
                unhashed.details, previousHash, unhashed.computeHash());
    }

    /** SHA-256 (hex) over the canonical text of every field but {@code hash}, previous hash included. */
    public String computeHash() {
        String canonical = String.join("\u001f", Long.toString(sequence), at.toString(), kind, actor, channel,
                proposal, details, previousHash);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
