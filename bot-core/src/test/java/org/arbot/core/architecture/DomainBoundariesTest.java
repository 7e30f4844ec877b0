package org.arbot.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The domain and the card model stay plain Java: no framework, chat SDK, Redis client, HTTP client or
 * language-model library (langchain4j: its chat models, tools and embeddings) reaches them. */
class DomainBoundariesTest {

    static final String[] FORBIDDEN = {
        "org.springframework..",
        "com.slack..",
        "com.microsoft.bot..",
        "redis.clients..",
        "okhttp3..",
        "org.apache.http..",
        "org.apache.hc..",
        "java.net.http..",
        "jakarta.servlet..",
        "javax.servlet..",
        "com.zaxxer..",
        "java.sql..",
        "dev.langchain4j..",
    };

    private final JavaClasses domain = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.arbot.core", "org.arbot.cards");

    @Test
    void the_domain_and_cards_depend_on_no_framework_chat_sdk_redis_or_http_client() {
        ArchRule rule = noClasses().that().resideInAnyPackage("org.arbot.core..", "org.arbot.cards..")
                .should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN)
                .because("bot-core and cards are plain Java; adapters live in the outer modules");
        rule.check(domain);
    }

    @Test
    void cards_know_nothing_of_the_domain() {
        noClasses().that().resideInAPackage("org.arbot.cards..")
                .should().dependOnClassesThat().resideInAPackage("org.arbot.core..")
                .check(domain);
    }
}
