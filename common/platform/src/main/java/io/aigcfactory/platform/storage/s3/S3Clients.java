package io.aigcfactory.platform.storage.s3;

import io.aigcfactory.platform.storage.StorageSettings;
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

/**
 * Builds the S3 client from the storage settings: the JDK's URL-connection HTTP client,
 * static credentials when configured (else the SDK's default chain), and the SDK's own
 * checksums only where the API requires them, since the store checks SHA-256 itself and
 * not every S3-compatible server accepts the SDK's newer checksum headers.
 */
public final class S3Clients {

	private S3Clients() {
	}

	public static S3Client create(StorageSettings.S3 settings) {
		S3ClientBuilder builder = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.of(settings.region()))
			.forcePathStyle(settings.pathStyle())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.credentialsProvider(credentials(settings));
		if (settings.endpoint() != null) {
			builder.endpointOverride(settings.endpoint());
		}
		return builder.build();
	}

	private static AwsCredentialsProvider credentials(StorageSettings.S3 settings) {
		String accessKeyId = settings.accessKeyId();
		String secretAccessKey = settings.secretAccessKey();
		if (accessKeyId != null && !accessKeyId.isBlank() && secretAccessKey != null) {
			return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey));
		}
		return DefaultCredentialsProvider.builder().build();
	}

}
