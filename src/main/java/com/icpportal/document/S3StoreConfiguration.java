package com.icpportal.document;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@code portal.documents.store=s3}: the {@link S3DocumentStore} replaces the file system store as
 * the {@link DocumentStore} (which stays, as the local incoming area of uploads).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.documents.store", havingValue = "s3")
class S3StoreConfiguration {

    @Bean(destroyMethod = "close")
    S3Client documentsS3Client(S3Settings settings) {
        if (settings.bucket() == null || settings.bucket().isBlank()) {
            throw new IllegalStateException("portal.documents.store=s3 needs portal.documents.s3.bucket");
        }
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .credentialsProvider(credentials(settings))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30)))
                // The SDK's default since 2.30 adds CRC32 trailers in aws-chunked bodies, which many
                // S3-compatible servers refuse; the store sends its own Content-MD5 and SHA-256
                // headers and checks the SHA-256 on read itself (S3DocumentStore).
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        S3Client client = builder.build();
        if (settings.createBucket()) {
            createBucketIfMissing(client, settings.bucket());
        }
        return client;
    }

    private static AwsCredentialsProvider credentials(S3Settings settings) {
        if (settings.accessKey() != null && !settings.accessKey().isBlank()) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    private static void createBucketIfMissing(S3Client client, String bucket) {
        try {
            client.headBucket(request -> request.bucket(bucket));
        } catch (NoSuchBucketException e) {
            client.createBucket(request -> request.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            client.createBucket(request -> request.bucket(bucket));
        }
    }

    @Bean
    @Primary
    S3DocumentStore s3DocumentStore(
            S3Client documentsS3Client,
            S3Settings settings,
            FileSystemDocumentStore incomingArea,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock) {
        return new S3DocumentStore(documentsS3Client, settings, incomingArea, jdbc, transactions, clock);
    }
}
