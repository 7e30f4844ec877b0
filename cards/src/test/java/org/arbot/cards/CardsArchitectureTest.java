package org.arbot.cards;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CardsArchitectureTest {

    private static Path mainClasses() {
        try {
            return Path.of(Card.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_card_model_knows_no_framework_chat_sdk_http_client_or_domain_type() {
        // The main output folder alone: build folders may be named other than target (-Darbot.target).
        var classes = new ClassFileImporter().importPath(mainClasses());
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.slack..",
                "com.microsoft.bot..", "redis.clients..", "okhttp3..", "java.net.http..", "org.apache.hc..",
                "org.arbot.core..").check(classes);
    }
}
