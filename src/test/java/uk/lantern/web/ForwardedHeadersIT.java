package uk.lantern.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.lantern.support.HttpFromAddress;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind the TLS proxy, X-Forwarded-Proto and X-Forwarded-Host are believed only from the trusted proxy
 * ({@code server.tomcat.remoteip.internal-proxies}): then the request counts as HTTPS, gets Strict-Transport-Security
 * and is redirected to https. The same headers from anyone else change nothing.
 */
class ForwardedHeadersIT extends IntegrationTestBase {

    private static final Map<String, String> FORWARDED_HTTPS = Map.of("X-Forwarded-Proto", "https",
            "X-Forwarded-Host", "lantern.example.org", "X-Forwarded-For", "203.0.113.40");

    @LocalServerPort
    int port;

    @Test
    void httpsForwardedByTheTrustedProxyGetsHstsAndHttpsRedirects() throws Exception {
        HttpFromAddress proxy = new HttpFromAddress(HttpFromAddress.TRUSTED_PROXY, port);

        HttpFromAddress.Response signInPage = proxy.get("/sign-in", FORWARDED_HTTPS);
        assertThat(signInPage.status()).isEqualTo(200);
        assertThat(signInPage.header("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));

        HttpFromAddress.Response protectedPage = proxy.get("/account", FORWARDED_HTTPS);
        assertThat(protectedPage.status()).isEqualTo(302);
        assertThat(protectedPage.header("Location")).hasValue("https://lantern.example.org/sign-in");

        assertThat(proxy.get("/api/v1/me", FORWARDED_HTTPS).header("Strict-Transport-Security")).isPresent();
    }

    @Test
    void theSameHeadersFromAnUntrustedAddressAreIgnored() throws Exception {
        HttpFromAddress stranger = new HttpFromAddress(HttpFromAddress.UNTRUSTED_CLIENT, port);

        HttpFromAddress.Response signInPage = stranger.get("/sign-in", FORWARDED_HTTPS);
        assertThat(signInPage.status()).isEqualTo(200);
        assertThat(signInPage.header("Strict-Transport-Security")).isEmpty();

        HttpFromAddress.Response protectedPage = stranger.get("/account", FORWARDED_HTTPS);
        assertThat(protectedPage.header("Location")).hasValue("http://localhost:" + port + "/sign-in");
    }

    @Test
    void plainHttpFromTheProxyGetsNoHsts() throws Exception {
        HttpFromAddress.Response signInPage = new HttpFromAddress(HttpFromAddress.TRUSTED_PROXY, port)
                .get("/sign-in", Map.of());
        assertThat(signInPage.header("Strict-Transport-Security")).isEmpty();
    }
}
