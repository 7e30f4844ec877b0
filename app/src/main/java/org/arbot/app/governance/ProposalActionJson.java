package org.arbot.app.governance;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.arbot.core.governance.ProposalAction;

/** A proposal's action (and reasons) as stored JSON: a {@code type} field names the action, records map field by field. */
final class ProposalActionJson {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Money's isZero()/isPositive() are questions, not properties.
            .setVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
            .addMixIn(ProposalAction.class, ActionTypes.class);

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = ProposalAction.PostPayment.class, name = "post-payment"),
        @JsonSubTypes.Type(value = ProposalAction.PostAdjustment.class, name = "post-adjustment"),
        @JsonSubTypes.Type(value = ProposalAction.ReleaseOrder.class, name = "release-order"),
        @JsonSubTypes.Type(value = ProposalAction.DeclineOrder.class, name = "decline-order"),
        @JsonSubTypes.Type(value = ProposalAction.UpdateCredit.class, name = "update-credit"),
        @JsonSubTypes.Type(value = ProposalAction.SendReminder.class, name = "send-reminder")
    })
    private interface ActionTypes {
    }

    /**
     * A {@code LIKE} pattern matching the stored JSON of actions whose {@link ProposalAction#operation()} is
     * {@code operation}: the type name is each action's operation, and Jackson writes the type property first.
     */
    static String likeOperation(String operation) {
        return "{\"type\":\"" + operation + "\"%";
    }

    String write(ProposalAction action) {
        return json(action);
    }

    ProposalAction read(String json) {
        try {
            return mapper.readValue(json, ProposalAction.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored proposal action is not readable: " + e.getOriginalMessage(), e);
        }
    }

    String writeReasons(List<String> reasons) {
        return json(reasons);
    }

    List<String> readReasons(String json) {
        try {
            return mapper.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored proposal reasons are not readable: " + e.getOriginalMessage(), e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot store " + value + " as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
