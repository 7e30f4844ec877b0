package org.arbot.core.cashapp;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.deductions.DeductionClassifier;
import org.arbot.core.money.Money;

/**
 * Decides what to do with one bank line: proposes applications for every customer it may come from, ranks them by
 * the evidence for the invoices and for the payer, and auto-applies only a fully explained, clearly best proposal
 * from a recognised payer; anything less is a {@code REVIEW}, no proposal at all is {@code UNMATCHED}.
 */
final class CashApplicationAgent {

    private record Ranked(Proposal proposal, Draft draft, Candidate candidate, double score) {
    }

    /** Evidence class first (fully explained, then quoted), then score, highest first. */
    private static final Comparator<Ranked> STRONGEST_FIRST = Comparator.comparing((Ranked r) -> !r.draft.explained)
            .thenComparing(r -> !r.draft.quoted).thenComparing(Comparator.comparingDouble(Ranked::score).reversed());

    /** A rival this close to the best proposal makes it a question for a person. */
    private static final double RIVAL_GAP = 0.05;

    private final DeductionClassifier classifier;

    CashApplicationAgent(DeductionClassifier classifier) {
        this.classifier = classifier;
    }

    CashApplication decide(CashApplicationFacts facts) {
        BankLine line = facts.line();
        Money amount = line.amount();
        long tolerance = Money.of(facts.settings().bankFeeTolerance(), amount.currency(), RoundingMode.HALF_UP).minorUnits();
        ShortfallExplanation shortfalls = new ShortfallExplanation(classifier, tolerance);
        QuotedMatching quoted = new QuotedMatching(shortfalls);
        AmountMatching byAmount = new AmountMatching(shortfalls, facts.settings(), tolerance);
        List<Candidate> candidates = facts.candidates();
        List<Optional<Draft>> quotedDrafts = new ArrayList<>(candidates.size());
        // Amounts alone can neither outrank nor rival a quoted, fully explained proposal: no need to look for them.
        boolean settledByQuote = false;
        for (Candidate c : candidates) {
            Optional<Draft> draft = quoted.propose(c.account(), facts.remittance(), amount, line.receivedDate());
            quotedDrafts.add(draft);
            settledByQuote |= draft.isPresent() && draft.get().explained;
        }
        List<Ranked> ranked = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            List<Draft> drafts = quotedDrafts.get(k).isPresent() ? List.of(quotedDrafts.get(k).get())
                    : c.byReferenceOnly() || settledByQuote ? List.of()
                    : byAmount.propose(c.account(), facts.remittance(), amount, line.receivedDate());
            for (Draft d : drafts) {
                double identity = d.quoted ? Math.pow(c.payer().score(), 0.25) : Math.pow(c.payer().score(), 0.35);
                double score = round(d.confidence * identity);
                ranked.add(new Ranked(d.toProposal(score, List.of(c.payer().evidence())), d, c, score));
            }
        }
        // Evidence class first: a fully explained proposal beats an unexplained one, a quoted invoice beats amounts alone.
        ranked.sort(STRONGEST_FIRST);
        if (ranked.isEmpty()) {
            return unmatched(facts);
        }
        Ranked best = ranked.get(0);
        List<Proposal> alternatives = new ArrayList<>();
        Optional<Ranked> rival = Optional.empty();
        for (Ranked r : ranked.subList(1, ranked.size())) {
            if (r.proposal.sameApplications(best.proposal) || alternatives.size() >= 3) {
                continue;
            }
            alternatives.add(r.proposal);
            boolean sameClass = r.draft.explained == best.draft.explained && r.draft.quoted == best.draft.quoted;
            if (rival.isEmpty() && sameClass && r.score >= best.score - RIVAL_GAP) {
                rival = Optional.of(r);
            }
        }
        List<String> reasons = new ArrayList<>(best.proposal.reasons());
        String blocker = blocker(best, rival, facts.settings());
        reasons.add(blocker.isEmpty() ? "confidence " + best.score + " and every cent explained: safe to post" : blocker);
        MatchDecision decision = blocker.isEmpty() ? MatchDecision.AUTO_APPLY : MatchDecision.REVIEW;
        return new CashApplication(line.id(), decision, Optional.of(best.proposal.customerId()), best.score,
                Optional.of(best.proposal), alternatives, amount, reasons);
    }

    /** Why the best proposal may not be posted without a person; empty when it may. */
    private static String blocker(Ranked best, Optional<Ranked> rival, CashApplicationSettings settings) {
        if (best.candidate.byReferenceOnly()) {
            return "payer '" + best.candidate.payer().evidence() + "' is not a known customer: a person must confirm";
        }
        if (rival.isPresent()) {
            return "another proposal is nearly as likely (" + rival.get().score + " for " + rival.get().proposal.customerId() + ")";
        }
        if (!best.draft.explained) {
            return "part of the amount is unexplained: a person must confirm";
        }
        if (best.score < settings.autoApplyAt()) {
            return "confidence " + best.score + " is below the auto-apply threshold " + settings.autoApplyAt();
        }
        return "";
    }

    private static CashApplication unmatched(CashApplicationFacts facts) {
        List<String> reasons = new ArrayList<>();
        Optional<CustomerId> customer = Optional.empty();
        if (facts.candidates().isEmpty()) {
            reasons.add("no customer matches payer '" + facts.line().payerName() + "' and no quoted invoice is open");
        } else {
            Candidate top = facts.candidates().get(0);
            reasons.add(top.payer().evidence());
            if (!top.byReferenceOnly() && top.payer().score() >= 0.9) {
                customer = Optional.of(top.payer().customerId());
            }
            reasons.add("no open invoice matches " + facts.line().amount() + " or the references given");
        }
        reasons.add("sent to suspense");
        return new CashApplication(facts.line().id(), MatchDecision.UNMATCHED, customer, 0.0, Optional.empty(), List.of(),
                facts.line().amount(), reasons);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
