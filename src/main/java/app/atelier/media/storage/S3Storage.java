package app.atelier.media.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Files in an S3-compatible object store (AWS, MinIO, Garage, Scaleway, OVH, ...). An object is
 * visible only once its upload is complete. The bucket is created at start if it does not exist.
 */
public final class S3Storage implements Storage, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(S3Storage.class);

    private final S3Client client;
    private final String bucket;

    public S3Storage(StorageProperties.S3 settings) {
        if (settings.bucket() == null || settings.bucket().isBlank()) {
            throw new IllegalStateException("atelier.storage.s3.bucket is required when atelier.storage.type=s3");
        }
        this.bucket = settings.bucket();
        var builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle());
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        if (settings.accessKey() != null && settings.secretKey() != null) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        this.client = builder.build();
        ensureBucket();
    }

    private void ensureBucket() {
        try {
            client.headBucket(request -> request.bucket(bucket));
        } catch (NoSuchBucketException missing) {
            client.createBucket(request -> request.bucket(bucket));
            log.info("Created the S3 bucket {}", bucket);
        } catch (SdkException e) {
            throw new StorageException("The S3 bucket " + bucket + " is not reachable", e);
        }
    }

    @Override
    public void put(String key, Path file, String contentType) {
        try {
            client.putObject(request -> request.bucket(bucket).key(Storage.checked(key)).contentType(contentType),
                    RequestBody.fromFile(file));
        } catch (SdkException e) {
            throw new StorageException("Cannot store " + key, e);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        String range = length < 0 ? "bytes=" + offset + "-" : "bytes=" + offset + "-" + (offset + length - 1);
        try {
            return client.getObject(request -> {
                request.bucket(bucket).key(Storage.checked(key));
                if (offset > 0 || length >= 0) {
                    request.range(range);
                }
            });
        } catch (SdkException e) {
            throw new StorageException("Cannot read " + key, e);
        }
    }

    @Override
    public long size(String key) {
        try {
            return client.headObject(request -> request.bucket(bucket).key(Storage.checked(key))).contentLength();
        } catch (SdkException e) {
            throw new StorageException("Cannot read " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            client.headObject(request -> request.bucket(bucket).key(Storage.checked(key)));
            return true;
        } catch (NoSuchKeyException missing) {
            return false;
        } catch (SdkException e) {
            if (e instanceof software.amazon.awssdk.services.s3.model.S3Exception s3 && s3.statusCode() == 404) {
                return false;
            }
            throw new StorageException("Cannot read " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            client.deleteObject(request -> request.bucket(bucket).key(Storage.checked(key)));
        } catch (SdkException e) {
            throw new StorageException("Cannot delete " + key, e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
