package org.arbot.app.governance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Person;
import org.arbot.core.governance.PersonId;
import org.arbot.core.governance.Role;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * People from table {@code gov_person} first, then those configured under {@code arbot.governance.people}; a stored
 * person replaces a configured one with the same id. Limits are stored as {@code deductions=500.00,credit=20000}.
 */
final class DirectoryPeople implements People {

    private final JdbcTemplate jdbc;
    private final List<Person> configured;
    private final String currency;

    DirectoryPeople(JdbcTemplate jdbc, List<Person> configured, String currency) {
        this.jdbc = jdbc;
        this.configured = List.copyOf(configured);
        this.currency = currency;
    }

    @Override
    public Optional<Person> byId(PersonId id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Person> byIdentity(ChatIdentity identity) {
        return all().stream().filter(p -> p.identities().contains(identity)).findFirst();
    }

    @Override
    public List<Person> all() {
        Map<PersonId, Person> people = new LinkedHashMap<>();
        configured.forEach(p -> people.put(p.id(), p));
        jdbc.query("SELECT id, name, roles, slack_id, teams_id, console_id, intacct_user, manager, limits FROM gov_person",
                (ResultSet rs) -> {
                    Person stored = map(rs);
                    people.put(stored.id(), stored);
                });
        return new ArrayList<>(people.values());
    }

    private Person map(ResultSet rs) throws SQLException {
        Map<String, BigDecimal> limits = new LinkedHashMap<>();
        for (String pair : rs.getString("limits").split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                limits.put(pair.substring(0, equals).trim(), new BigDecimal(pair.substring(equals + 1).trim()));
            }
        }
        List<Role> roles = Arrays.stream(rs.getString("roles").split(",")).map(String::trim).filter(r -> !r.isEmpty())
                .map(Role::valueOf).toList();
        return ConfiguredGovernance.person(new GovernanceProperties.PersonSettings(rs.getString("id"), rs.getString("name"),
                roles, rs.getString("slack_id"), rs.getString("teams_id"), rs.getString("console_id"),
                rs.getString("intacct_user"), rs.getString("manager"), limits), currency);
    }
}
