package io.aigcfactory.platform.storage;

import java.net.URI;
import java.nio.file.Path;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where produced files are kept.
 *
 * @param root the filesystem directory of the local store; every service that reads
 * assets must see the same directory
 * @param backend which store keeps blobs: {@code filesystem} (under {@code root}) or
 * {@code s3}
 * @param s3 the S3-compatible object store, used when {@code backend} is {@code s3}
 */
@Validated
@ConfigurationProperties("aigc.storage")
public record StorageSettings(@DefaultValue("data/blobs") @NotNull Path root,
		@DefaultValue("filesystem") @NotNull Backend backend, @DefaultValue @Valid @NotNull S3 s3) {

	/** A bucket is named whenever S3 keeps the blobs. */
	@AssertTrue(message = "aigc.storage.s3.bucket must be set when aigc.storage.backend is s3")
	public boolean isS3BucketNamed() {
		return this.backend != Backend.S3 || (this.s3.bucket() != null && !this.s3.bucket().isBlank());
	}

	/** The stores that can keep blobs. */
	public enum Backend {

		FILESYSTEM, S3

	}

	/**
	 * An S3-compatible object store (AWS S3, MinIO, Ceph RGW, OSS, COS).
	 *
	 * @param bucket the bucket that holds every blob
	 * @param keyPrefix prepended to every blob key inside the bucket, e.g. {@code aigc/};
	 * empty for none
	 * @param endpoint the server's URL, e.g. {@code http://minio:9000}; unset for AWS S3
	 * itself
	 * @param region the signing region
	 * @param pathStyle address the bucket in the path ({@code host/bucket/key}) rather
	 * than as a virtual host ({@code bucket.host/key}); MinIO and most self-hosted
	 * servers need it
	 * @param accessKeyId static credentials; unset to use the SDK's default chain
	 * (environment, profile, container or instance role)
	 * @param secretAccessKey the secret of {@code accessKeyId}
	 * @param createBucket create the bucket at start when it does not exist
	 */
	public record S3(@Nullable String bucket, @DefaultValue("") @NotNull String keyPrefix, @Nullable URI endpoint,
			@DefaultValue("us-east-1") @NotBlank String region, @DefaultValue("false") boolean pathStyle,
			@Nullable String accessKeyId, @Nullable String secretAccessKey,
			@DefaultValue("false") boolean createBucket) {

		/** Static credentials come as a pair or not at all. */
		@AssertTrue(message = "aigc.storage.s3.access-key-id and secret-access-key must be set together")
		public boolean isCredentialsPaired() {
			return isBlank(this.accessKeyId) == isBlank(this.secretAccessKey);
		}

		private static boolean isBlank(@Nullable String value) {
			return value == null || value.isBlank();
		}

	}

}
