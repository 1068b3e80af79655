package com.icpportal.document;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The S3-compatible object store of documents, used when {@code portal.documents.store=s3}.
 *
 * @param endpoint        the S3 API's address (MinIO, Ceph, a cloud provider's); unset: AWS's own for the region
 * @param region          the region to sign for (default {@code us-east-1}, which MinIO and S3Proxy accept)
 * @param bucket          the bucket (required)
 * @param prefix          put before every key, so that one bucket can serve several portals (default {@code documents/})
 * @param accessKey       the access key id; unset: the SDK's default chain (environment, profile, instance role)
 * @param secretKey       the secret key; set it through the environment ({@code PORTAL_DOCUMENTS_S3_SECRET_KEY})
 * @param pathStyle       {@code http://host/bucket/key} rather than {@code http://bucket.host/key} (default true)
 * @param encryption      server-side encryption: {@code none} (default), {@code AES256} or {@code aws:kms}
 * @param kmsKeyId        the KMS key for {@code aws:kms}; unset: the bucket's default key
 * @param createBucket    create the bucket at start-up when it does not exist (default false)
 * @param healthProbeTtl  how long the health check's probe of the store is reused (default 30 s)
 */
@ConfigurationProperties("portal.documents.s3")
public record S3Settings(
        URI endpoint,
        String region,
        String bucket,
        String prefix,
        String accessKey,
        String secretKey,
        Boolean pathStyle,
        String encryption,
        String kmsKeyId,
        Boolean createBucket,
        Duration healthProbeTtl) {

    public S3Settings {
        region = region == null || region.isBlank() ? "us-east-1" : region;
        prefix = prefix == null ? "documents/" : prefix;
        pathStyle = pathStyle == null || pathStyle;
        encryption = encryption == null || encryption.isBlank() ? "none" : encryption;
        createBucket = createBucket != null && createBucket;
        healthProbeTtl = healthProbeTtl == null ? Duration.ofSeconds(30) : healthProbeTtl;
        if (!encryption.equals("none") && !encryption.equals("AES256") && !encryption.equals("aws:kms")) {
            throw new IllegalArgumentException(
                    "portal.documents.s3.encryption must be none, AES256 or aws:kms, not " + encryption);
        }
    }
}
