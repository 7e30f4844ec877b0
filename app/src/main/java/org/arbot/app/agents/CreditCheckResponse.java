package org.arbot.app.agents;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.arbot.core.credit.CreditDecision;
import org.arbot.core.credit.CreditProposal;

/** The answer of the credit check API: the action, its reasons and figures, and what is proposed for the order. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CreditCheckResponse(
        @JsonProperty("action") String action,
        @JsonProperty("reasons") List<String> reasons,
        @JsonProperty("risk_score") int riskScore,
        @JsonProperty("confidence") BigDecimal confidence,
        @JsonProperty("policy_version") String policyVersion,
        @JsonProperty("customer_id") String customerId,
        @JsonProperty("order_id") String orderId,
        @JsonProperty("proposed_action") String proposedAction,
        @JsonProperty("as_of") LocalDate asOf) {

    static CreditCheckResponse of(CreditDecision decision) {
        return new CreditCheckResponse(decision.action().name(), decision.reasons(), decision.riskScore(),
                decision.confidence(), decision.policyVersion(), decision.customerId().value(),
                decision.proposal().map(p -> p.orderId().value()).orElse(null),
                decision.proposal().map(CreditCheckResponse::name).orElse(null), decision.asOf());
    }

    private static String name(CreditProposal proposal) {
        if (proposal instanceof CreditProposal.ReleaseOrder) {
            return "release_order";
        }
        return proposal instanceof CreditProposal.AskCreditManagers ? "ask_credit_managers" : "keep_held";
    }
}
