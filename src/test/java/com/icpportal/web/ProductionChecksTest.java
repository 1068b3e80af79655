package com.icpportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

/** What the production profile refuses at start-up, checked against the real application-prod.yml. */
class ProductionChecksTest {

    static final String SECRET = "0123456789abcdef0123456789abcdef";
    static final String FACTOR_KEY = "GomTeRI7eMcAamBWKMwky5p+vPgAp3DOJ2HFUDpFG6g=";

    @Test
    void theProductionProfileWithAnHttpsAddressPasses() throws IOException {
        assertThat(ProductionChecks.problems(production()
                        .withProperty("portal.base-url", "https://icp.example.cn")
                        .withProperty("portal.login.device-secret", SECRET)))
                .isEmpty();
    }

    @Test
    void theBaseUrlIsRequiredAndMustBeHttps() throws IOException {
        assertThat(ProductionChecks.problems(production()))
                .singleElement()
                .asString()
                .contains("portal.base-url");
        assertThat(ProductionChecks.problems(production().withProperty("portal.base-url", "http://icp.example.cn")))
                .singleElement()
                .asString()
                .contains("must be an https address");
    }

    @Test
    void theDeviceCookieSecretIsRequired() throws IOException {
        assertThat(ProductionChecks.problems(production()
                        .withProperty("portal.base-url", "https://icp.example.cn")
                        .withProperty("portal.login.device-secret", "short")))
                .singleElement()
                .asString()
                .contains("portal.login.device-secret");
    }

    @Test
    void theSecondFactorKeyMustBeOwnAndOf32Bytes() throws IOException {
        for (String key : new String[] {"", ProductionChecks.DEMO_FACTOR_KEY}) {
            assertThat(ProductionChecks.problems(production()
                            .withProperty("portal.base-url", "https://icp.example.cn")
                            .withProperty("portal.security.factor-key", key)))
                    .singleElement()
                    .asString()
                    .contains("portal.security.factor-key", "the default is published");
        }
        assertThat(ProductionChecks.problems(production()
                        .withProperty("portal.base-url", "https://icp.example.cn")
                        .withProperty("portal.security.factor-key", "c2hvcnQ=")))
                .singleElement()
                .asString()
                .contains("must be 32 bytes in Base64");
    }

    @Test
    void demoDataInsecureCookiesMissingForwardedHeadersAndOpenActuatorAreRefused() throws IOException {
        MockEnvironment unsafe = production()
                .withProperty("portal.base-url", "https://icp.example.cn")
                .withProperty("portal.demo-data", "true")
                .withProperty("server.servlet.session.cookie.secure", "false")
                .withProperty("server.forward-headers-strategy", "none")
                .withProperty("management.endpoint.health.show-details", "always")
                .withProperty("management.endpoints.web.exposure.include", "health,env,heapdump");
        assertThat(ProductionChecks.problems(unsafe))
                .hasSize(5)
                .anyMatch(problem -> problem.contains("portal.demo-data"))
                .anyMatch(problem -> problem.contains("cookie.secure"))
                .anyMatch(problem -> problem.contains("forward-headers-strategy"))
                .anyMatch(problem -> problem.contains("show-details"))
                .anyMatch(problem -> problem.contains("exposure.include"));
    }

    @Test
    void withoutTheProfilesFileNothingIsSafe() {
        assertThat(ProductionChecks.problems(new MockEnvironment().withProperty("portal.base-url", "https://x.cn")))
                .hasSize(5);
    }

    /** The settings application-prod.yml gives, as the production profile loads them. */
    private static MockEnvironment production() throws IOException {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("portal.login.device-secret", SECRET)
                .withProperty("portal.security.factor-key", FACTOR_KEY);
        new YamlPropertySourceLoader()
                .load("prod", new ClassPathResource("application-prod.yml"))
                .forEach(source -> environment.getPropertySources().addLast(source));
        return environment;
    }
}
