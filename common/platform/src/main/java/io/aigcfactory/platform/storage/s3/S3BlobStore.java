package io.aigcfactory.platform.storage.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import io.aigcfactory.platform.storage.BlobNotFound;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.platform.storage.ContentDigests;
import io.aigcfactory.platform.storage.StoredBlob;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Keeps blobs as objects in one bucket of an S3-compatible store. Each object carries the
 * SHA-256 of its content as user metadata ({@code x-amz-meta-sha256}); reads stream the
 * object and fail at its end when the bytes do not match that digest, so a corrupted or
 * truncated object is never taken for the blob that was stored.
 */
public class S3BlobStore implements BlobStore {

	static final String DIGEST_METADATA = "sha256";

	private final S3Client s3;

	private final String bucket;

	private final String keyPrefix;

	public S3BlobStore(S3Client s3, String bucket, String keyPrefix) {
		this.s3 = s3;
		this.bucket = bucket;
		this.keyPrefix = keyPrefix;
	}

	/** Creates the bucket unless it exists. */
	public void createBucketIfMissing() {
		try {
			this.s3.headBucket(HeadBucketRequest.builder().bucket(this.bucket).build());
		}
		catch (NoSuchBucketException ex) {
			this.s3.createBucket(CreateBucketRequest.builder().bucket(this.bucket).build());
		}
		catch (S3Exception ex) {
			if (ex.statusCode() != 404) {
				throw ex;
			}
			this.s3.createBucket(CreateBucketRequest.builder().bucket(this.bucket).build());
		}
	}

	@Override
	public StoredBlob put(String key, byte[] content, String mediaType) {
		String sha256 = ContentDigests.sha256(content);
		this.s3.putObject(PutObjectRequest.builder()
			.bucket(this.bucket)
			.key(objectKey(key))
			.contentType(mediaType)
			.contentLength((long) content.length)
			.metadata(Map.of(DIGEST_METADATA, sha256))
			.build(), RequestBody.fromBytes(content));
		return new StoredBlob(SCHEME + key, content.length, sha256, mediaType);
	}

	@Override
	public InputStream open(String uri) {
		String key = objectKey(BlobStore.keyOf(uri));
		ResponseInputStream<GetObjectResponse> object;
		try {
			object = this.s3.getObject(GetObjectRequest.builder().bucket(this.bucket).key(key).build());
		}
		catch (NoSuchKeyException ex) {
			throw new BlobNotFound(uri);
		}
		String expected = object.response().metadata().get(DIGEST_METADATA);
		return (expected != null) ? new DigestCheckingInputStream(object, expected, uri) : object;
	}

	@Override
	public byte[] read(String uri) {
		try (InputStream in = open(uri)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + uri, ex);
		}
	}

	@Override
	public boolean exists(String uri) {
		String key = objectKey(BlobStore.keyOf(uri));
		try {
			this.s3.headObject(HeadObjectRequest.builder().bucket(this.bucket).key(key).build());
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw ex;
		}
	}

	private String objectKey(String key) {
		if (key.isBlank() || key.startsWith("/") || key.endsWith("/") || key.contains("\\")) {
			throw new IllegalArgumentException("Not a key inside the store: " + key);
		}
		for (String segment : key.split("/")) {
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
				throw new IllegalArgumentException("Not a key inside the store: " + key);
			}
		}
		return this.keyPrefix + key;
	}

}
