package org.arbot.app.agents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;
import org.arbot.core.credit.CheckingCredit;
import org.arbot.core.credit.InvalidCreditRequestException;
import org.arbot.core.ledger.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/agents/credit_check}: the credit check as a service. A malformed body is a 400 naming the field, an
 * unknown customer a 404.
 */
@RestController
@RequestMapping("/api/v1/agents")
class CreditCheckController {

    private final CheckingCredit checking;

    CreditCheckController(CheckingCredit checking) {
        this.checking = checking;
    }

    @PostMapping(path = "/credit_check", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    CreditCheckResponse check(@RequestBody CreditCheckRequest request) {
        return CreditCheckResponse.of(checking.check(request.command()));
    }

    @ExceptionHandler(InvalidCreditRequestException.class)
    ProblemDetail invalid(InvalidCreditRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, e.field(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return problem(HttpStatus.BAD_REQUEST, field, field + " has a value of the wrong type: " + mapping.getOriginalMessage());
        }
        String detail = e.getCause() instanceof JsonProcessingException json ? json.getOriginalMessage() : "the body is missing";
        return problem(HttpStatus.BAD_REQUEST, "body", "the body is not a valid JSON credit check request: " + detail);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "customer_id", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("field", field);
        return problem;
    }
}
