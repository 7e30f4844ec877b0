package org.arbot.core.credit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The thresholds of the credit check; every decision names the version of the policy that made it.
 *
 * @param version the name the policy's owner gives this set of thresholds
 * @param declineExposurePercent DECLINE when balance plus order exceeds this percentage of the credit limit
 * @param declineOver90Percent DECLINE when more than this percentage of the balance is over 90 days past due
 * @param reviewScoreBelow REVIEW when an external credit score is under this
 * @param reviewDaysToPayWorsening REVIEW when average days-to-pay grew by more than this many days
 * @param trendMonths the recent window whose average days-to-pay is compared with the baseline
 * @param baselineMonths the window before the recent one, the customer's usual days-to-pay
 * @param largeOrderThreshold REVIEW when the order amount is above this (in the order's currency)
 */
public record CreditPolicy(
        String version,
        BigDecimal declineExposurePercent,
        BigDecimal declineOver90Percent,
        int reviewScoreBelow,
        int reviewDaysToPayWorsening,
        int trendMonths,
        int baselineMonths,
        BigDecimal largeOrderThreshold) {

    public CreditPolicy {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(declineExposurePercent, "declineExposurePercent");
        Objects.requireNonNull(declineOver90Percent, "declineOver90Percent");
        Objects.requireNonNull(largeOrderThreshold, "largeOrderThreshold");
        if (version.isBlank()) {
            throw new IllegalArgumentException("a credit policy needs a version");
        }
        if (declineExposurePercent.compareTo(BigDecimal.valueOf(100)) < 0) {
            throw new IllegalArgumentException("declineExposurePercent must be at least 100, got " + declineExposurePercent);
        }
        if (declineOver90Percent.signum() < 0 || declineOver90Percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("declineOver90Percent must be within 0..100, got " + declineOver90Percent);
        }
        if (trendMonths < 1 || baselineMonths < 1) {
            throw new IllegalArgumentException("trendMonths and baselineMonths must be at least 1, got "
                    + trendMonths + " and " + baselineMonths);
        }
        if (largeOrderThreshold.signum() <= 0) {
            throw new IllegalArgumentException("largeOrderThreshold must be positive, got " + largeOrderThreshold);
        }
    }

    /** The defaults: decline over 150 % of the limit or 10 % over 90 days; review over the limit, under 620, +15 days, over 50,000. */
    public static CreditPolicy defaults() {
        return new CreditPolicy("default-1", new BigDecimal("150"), new BigDecimal("10"), 620, 15, 3, 6,
                new BigDecimal("50000.00"));
    }

    /**
     * The version as decisions report it: the given name and a fingerprint of the thresholds, so two policies with the same
     * name but different numbers never look alike in the audit trail.
     */
    public String policyVersion() {
        String canonical = String.join("|", declineExposurePercent.stripTrailingZeros().toPlainString(),
                declineOver90Percent.stripTrailingZeros().toPlainString(), String.valueOf(reviewScoreBelow),
                String.valueOf(reviewDaysToPayWorsening), String.valueOf(trendMonths), String.valueOf(baselineMonths),
                largeOrderThreshold.stripTrailingZeros().toPlainString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return version + "+" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
