package org.arbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Terms;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.Test;

class CustomerResolverTest {

    private final List<Customer> harbors = List.of(customer("C1", "Harbor Foods Group"), customer("C2", "Harbor Foods LLC"),
            customer("C3", "Harbor Foods Northwest LLC"), customer("C4", "Zephyr Juice Company"));

    @Test
    void a_name_typed_in_full_picks_its_customer_among_names_that_differ_only_in_their_suffix() {
        assertThat(CustomerResolver.resolve("why did Harbor Foods Group short-pay?", harbors))
                .isEqualTo(new CustomerMatch.Found(harbors.get(0)));
        assertThat(CustomerResolver.resolve("aging for harbor foods llc", harbors))
                .isEqualTo(new CustomerMatch.Found(harbors.get(1)));
        assertThat(CustomerResolver.resolve("harbor foods northwest", harbors))
                .isEqualTo(new CustomerMatch.Found(harbors.get(2)));
    }

    @Test
    void a_name_that_fits_several_customers_equally_asks_with_all_of_them() {
        assertThat(CustomerResolver.resolve("why did Harbor Foods short-pay?", harbors))
                .isEqualTo(new CustomerMatch.Ambiguous(harbors.subList(0, 3)));
    }

    @Test
    void one_distinctive_name_needs_no_suffix() {
        assertThat(CustomerResolver.resolve("why did zephyr juice short pay", harbors))
                .isEqualTo(new CustomerMatch.Found(harbors.get(3)));
    }

    private static Customer customer(String id, String name) {
        return new Customer(CustomerId.of(id), name, Optional.empty(), Money.zero("USD"), Terms.net(30), CollectorId.of("c"),
                false, List.of());
    }
}
