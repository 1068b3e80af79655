package com.icpportal.support;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.awaitility.Awaitility;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 server for the tests, without Docker: S3Proxy in this JVM on a free port, on jclouds'
 * in-memory ({@code transient}) back end, started once and shared by every test that asks for it.
 * As an initializer it points the portal at it ({@code portal.documents.store=s3}).
 */
public final class S3TestServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String BUCKET = "portal-documents";
    public static final String ACCESS_KEY = "portal-test";
    public static final String SECRET_KEY = "portal-test-secret";

    private static S3Proxy proxy;

    /** The server's address, starting it on first use. */
    public static synchronized URI endpoint() {
        if (proxy == null) {
            Properties properties = new Properties();
            BlobStoreContext context = ContextBuilder.newBuilder("transient")
                    .credentials(ACCESS_KEY, SECRET_KEY)
                    .overrides(properties)
                    .build(BlobStoreContext.class);
            context.getBlobStore().createContainerInLocation(null, BUCKET);
            S3Proxy started = S3Proxy.builder()
                    .blobStore(context.getBlobStore())
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    // S3Proxy answers 501 to x-amz-checksum-sha256, which the portal sends for the
                    // servers that check it (AWS, MinIO); it still checks Content-MD5
                    .ignoreUnknownHeaders(true)
                    .build();
            try {
                started.start();
            } catch (Exception e) {
                throw new IllegalStateException("S3Proxy did not start", e);
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "STARTED".equals(started.getState()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.stop();
                } catch (Exception e) {
                    // the JVM is going anyway
                }
            }));
            proxy = started;
        }
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** A client of the test server, to look into the bucket behind the portal's back. */
    public static S3Client client() {
        return S3Client.builder()
                .endpointOverride(endpoint())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                // no aws-chunked CRC32 trailers, which S3Proxy does not take (like the portal's client)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "s3-test-server",
                        Map.of(
                                "portal.documents.store",
                                "s3",
                                "portal.documents.s3.endpoint",
                                endpoint().toString(),
                                "portal.documents.s3.bucket",
                                BUCKET,
                                "portal.documents.s3.access-key",
                                ACCESS_KEY,
                                "portal.documents.s3.secret-key",
                                SECRET_KEY,
                                "portal.documents.s3.health-probe-ttl",
                                "PT0S")));
    }
}
