package org.arbot.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The arbot server: chat endpoints, the agent API, schedules and persistence, wired by the {@code *Configuration} classes. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ArbotApplication {
}
