package ru.roadmapbot.max;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.roadmapbot.cluster.Leases;
import ru.roadmapbot.cluster.SendBudget;
import ru.roadmapbot.conversation.ConversationIntake;
import ru.roadmapbot.messenger.ButtonSigner;
import ru.roadmapbot.messenger.Messenger;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.messenger.WebhookSecret;
import ru.roadmapbot.people.BotIdentity;

/** Wires the MAX transport when its token is configured; without it the channel is off and the rest of the app runs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MaxProperties.class)
class MaxConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MaxConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @Conditional(MaxTokenCondition.class)
    static class Online {

        @Bean
        MaxApi maxApi(MaxProperties properties) {
            HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .version(HttpClient.Version.HTTP_1_1);
            if (properties.trustsMore()) {
                http.sslContext(trusting(properties));
            }
            return new MaxApi(http.build(), properties.baseUrl(), properties.token());
        }

        @Bean
        ButtonSigner maxButtonSigner(MaxProperties properties) {
            return new ButtonSigner(properties.token(), MaxMessenger.MAX_BUTTON_DATA);
        }

        @Bean
        Messenger maxMessenger(MaxApi api, @Qualifier("maxButtonSigner") ButtonSigner maxButtonSigner, SendBudget budget,
                               MeterRegistry meters) {
            return new MaxMessenger(api, maxButtonSigner, budget, meters);
        }

        @Bean
        MaxUpdates maxUpdates(ConversationIntake intake, @Qualifier("maxButtonSigner") ButtonSigner maxButtonSigner) {
            return new MaxUpdates(intake, maxButtonSigner);
        }

        @Bean
        WebhookSecret maxWebhookSecret(MaxProperties properties) {
            return new WebhookSecret(properties.webhookSecret(), properties.token());
        }

        @Bean
        MaxBot maxBot(MaxProperties properties, MaxApi api, MaxUpdates updates, JdbcTemplate jdbc,
                      @Qualifier("maxWebhookSecret") WebhookSecret maxWebhookSecret, Leases leases, BotIdentity identity, Texts texts) {
            if (properties.mode() == MaxProperties.Mode.WEBHOOK
                    && (properties.publicUrl() == null || properties.publicUrl().toString().isBlank())) {
                throw new IllegalStateException("roadmapbot.max.mode=webhook needs the public address: "
                        + "set ROADMAPBOT_PUBLIC_URL (https://…)");
            }
            return new MaxBot(properties, api, new MaxPolling(api, updates, jdbc, properties.pollTimeoutSeconds()),
                    maxWebhookSecret, leases, identity, texts);
        }

        /** The JDK's trusted roots and the certificates of the configured PEM file (MAX's Russian Trusted Root CA). */
        private static SSLContext trusting(MaxProperties properties) {
            try (InputStream pem = Files.newInputStream(properties.trustStore())) {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                List<X509TrustManager> managers = new ArrayList<>();
                int i = 0;
                for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(pem)) {
                    store.setCertificateEntry("max-" + i++, certificate);
                }
                managers.add(trustManager(store));
                managers.add(trustManager(null));
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[]{new EitherTrustManager(managers)}, null);
                log.info("MAX: trusting {} certificate(s) of {} besides the JDK's", i, properties.trustStore());
                return context;
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("roadmapbot.max.trust-store " + properties.trustStore()
                        + " is not a readable PEM file of certificates: " + e.getMessage(), e);
            }
        }

        private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new GeneralSecurityException("no X.509 trust manager");
        }
    }

    /** A server is trusted when either the configured certificates or the JDK's roots vouch for it. */
    private record EitherTrustManager(List<X509TrustManager> managers) implements X509TrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws java.security.cert.CertificateException {
            managers.get(1).checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws java.security.cert.CertificateException {
            java.security.cert.CertificateException last = null;
            for (X509TrustManager manager : managers) {
                try {
                    manager.checkServerTrusted(chain, authType);
                    return;
                } catch (java.security.cert.CertificateException e) {
                    last = e;
                }
            }
            throw last;
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return managers.stream().flatMap(m -> java.util.Arrays.stream(m.getAcceptedIssuers()))
                    .toArray(X509Certificate[]::new);
        }
    }
}
