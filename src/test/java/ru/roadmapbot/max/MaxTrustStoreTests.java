package ru.roadmapbot.max;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.time.Duration;
import java.security.cert.X509Certificate;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.roadmapbot.messenger.DeliveryFailedException;

/**
 * MAX's server presents a certificate of the Russian Trusted Root CA, which the JDK does not trust. Played here by
 * WireMock over https with a certificate the JDK does not know: without a trust store the call fails, with the
 * certificate's PEM file as {@code roadmapbot.max.trust-store} it succeeds, and a file that is no PEM stops the start
 * with a message naming it.
 */
class MaxTrustStoreTests {

    private WireMockServer max;

    @TempDir
    Path directory;

    @BeforeEach
    void start() throws Exception {
        // a certificate for localhost that no root the JDK ships vouches for, made by the JDK's keytool
        Path keystore = directory.resolve("max.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "max", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        max = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicHttpsPort().httpDisabled(true)
                .keystorePath(keystore.toString()).keystoreType("PKCS12").keystorePassword("changeit")
                .keyManagerPassword("changeit"));
        max.start();
        max.stubFor(get(urlPathEqualTo("/me")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"user_id\":1,\"username\":\"roadmap500_bot\"}")));
    }

    @AfterEach
    void stop() {
        max.stop();
    }

    private MaxProperties properties(Path trustStore) {
        return new MaxProperties("token", URI.create("https://localhost:" + max.httpsPort()), MaxProperties.Mode.POLLING,
                null, null, 30, trustStore, Duration.ofMinutes(1));
    }

    @Test
    void theJdkAloneDoesNotTrustTheServer() {
        MaxApi api = new MaxConfiguration.Online().maxApi(properties(null));
        assertThatThrownBy(api::me).isInstanceOf(DeliveryFailedException.class).hasMessageContaining("unreachable");
    }

    @Test
    void thePemFileOfItsCertificateMakesItTrusted() throws Exception {
        Path pem = directory.resolve("russian-trusted-ca.pem");
        Files.writeString(pem, pem(serverCertificate()), StandardCharsets.US_ASCII);

        MaxApi api = new MaxConfiguration.Online().maxApi(properties(pem));

        assertThat(api.me().path("username").asString()).isEqualTo("roadmap500_bot");
    }

    @Test
    void anEmptySettingMeansNoTrustStore() {
        assertThat(properties(Path.of("")).trustsMore()).isFalse();
    }

    @Test
    void aFileThatIsNoPemStopsTheStartNamingIt() throws Exception {
        Path wrong = directory.resolve("not-a-certificate.pem");
        Files.writeString(wrong, "hello");
        assertThatThrownBy(() -> new MaxConfiguration.Online().maxApi(properties(wrong)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not-a-certificate.pem");
    }

    /** The certificate the server presents, read from a handshake that trusts anything. */
    private X509Certificate serverCertificate() throws Exception {
        SSLContext anything = SSLContext.getInstance("TLS");
        anything.init(null, new TrustManager[]{new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        try (SSLSocket socket = (SSLSocket) anything.getSocketFactory().createSocket("127.0.0.1", max.httpsPort())) {
            socket.startHandshake();
            Certificate[] chain = socket.getSession().getPeerCertificates();
            return (X509Certificate) chain[chain.length - 1];
        }
    }

    private static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
