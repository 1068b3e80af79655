package com.icpportal.support;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.icpportal.account.FactorSecretReader;
import com.icpportal.account.Totp;
import com.icpportal.web.SecondFactorPrincipal;

/**
 * The second factor in tests: staff accounts of {@link TestData} are enrolled with {@link #SECRET}
 * (demo staff with the README's demo secret), and this computes the code their authenticator app
 * would show now, on the portal's clock. Tests sign one account in many times within 30 seconds,
 * which no person does: the account's last used step is forgotten first, or the code would be
 * refused as a replay.
 *
 * <p>A browser knows only the port of the portal it talks to: each context's instance is kept by
 * the port of its server, so that {@link Browser#signIn} keeps its signature and still passes the
 * factor.
 */
@Component
public class SecondFactorCodes implements ApplicationListener<WebServerInitializedEvent> {

    /** The TOTP secret of every staff account {@link TestData} makes. */
    public static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static final Map<Integer, SecondFactorCodes> BY_PORT = new ConcurrentHashMap<>();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final FactorSecretReader secrets;

    SecondFactorCodes(JdbcTemplate jdbc, Clock clock, FactorSecretReader secrets) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.secrets = secrets;
    }

    public static SecondFactorCodes of(ApplicationContext context) {
        return context.getBean(SecondFactorCodes.class);
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        BY_PORT.put(event.getWebServer().getPort(), this);
    }

    /** The code for the account's confirmed secret now; empty when it has no second factor. */
    public Optional<String> code(String username) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select t.account_id, t.secret from account_totp t join account a on a.id = t.account_id
                 where lower(a.username) = lower(?) and t.confirmed_at is not null""", username);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        UUID accountId = (UUID) rows.get(0).get("account_id");
        jdbc.update("update account_totp set last_used_step = null where account_id = ?", accountId);
        return Optional.of(
                Totp.code(secrets.open(accountId, (String) rows.get(0).get("secret")), clock.instant()));
    }

    /** The code an app would show now for a secret read off an enrolment page. */
    public String codeFor(String secret) {
        return Totp.code(secret.replace(" ", ""), clock.instant());
    }

    /**
     * In a browser that has just sent the password: types the account's code when the second-factor
     * page asks for it (nothing otherwise), with the instance of the portal the browser talks to.
     */
    public static void complete(WebDriver browser, String username) {
        String url = browser.getCurrentUrl();
        if (url == null || !url.contains(PAGE)) {
            return;
        }
        browser.findElement(By.id("code"))
                .sendKeys(onPort(URI.create(url).getPort()).code(username).orElseThrow());
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("main form.form button[type=submit]")));
    }

    /** The instance of the portal serving this port in this JVM. */
    static SecondFactorCodes onPort(int port) {
        SecondFactorCodes codes = BY_PORT.get(port);
        if (codes == null) {
            throw new IllegalStateException("no portal in this JVM serves port " + port);
        }
        return codes;
    }

    /** Where the portal asks for the code. */
    static final String PAGE = SecondFactorPrincipal.PAGE;
}
