package org.arbot.intacct;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * WireMock standing in for Intacct for one test class: started before its tests, emptied before each test with only
 * the OAuth token endpoint answering, stopped after. Register it as a static field with {@code @RegisterExtension}.
 */
final class StubbedIntacct implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    /** Where Intacct's REST API v1 lives under the host. */
    static final String API = "/ia/api/v1";

    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    @Override
    public void beforeAll(ExtensionContext context) {
        server.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server.resetAll();
        server.stubFor(post(API + "/oauth2/token").willReturn(json(200,
                "{\"access_token\":\"token\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"refresh_token\":\"refresh\"}")));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    WireMockServer server() {
        return server;
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
