package io.aigcfactory.creative.media;

import java.util.Optional;
import java.util.regex.Pattern;

import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.platform.storage.ContentDigests;

import org.springframework.stereotype.Service;

/**
 * A tenant's product photos: checked, then kept in the blob store under
 * {@code media/<tenant>/<id>}, where no other tenant's id can reach them.
 */
@Service
public class MediaLibrary {

	private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

	private final BlobStore blobs;

	private final PhotoCheck check;

	MediaLibrary(BlobStore blobs, MediaSettings settings) {
		this.blobs = blobs;
		this.check = PhotoCheck.of(settings);
	}

	/**
	 * Checks and keeps a photo.
	 * @throws UnacceptablePhoto when it is not a photo the service keeps
	 */
	public StoredMedia store(String tenantId, byte[] content) {
		PhotoFacts facts = this.check.check(content);
		String sha256 = ContentDigests.sha256(content);
		String id = sha256.substring(0, 32);
		String uri = BlobStore.SCHEME + key(tenantId, id);
		if (!this.blobs.exists(uri)) {
			uri = this.blobs.put(key(tenantId, id), content, facts.format().mediaType()).uri();
		}
		return new StoredMedia(id, uri, facts.format().mediaType(), facts.width(), facts.height(), content.length,
				sha256);
	}

	/** The {@code blob:} URI of a tenant's photo, if the tenant has one with this id. */
	public Optional<String> uriOf(String tenantId, String id) {
		if (!isId(id)) {
			return Optional.empty();
		}
		String uri = BlobStore.SCHEME + key(tenantId, id);
		return this.blobs.exists(uri) ? Optional.of(uri) : Optional.empty();
	}

	/** A tenant's photo with its media type, if the tenant has one with this id. */
	public Optional<Photo> find(String tenantId, String id) {
		return uriOf(tenantId, id).map((uri) -> {
			byte[] content = this.blobs.read(uri);
			String mediaType = ImageFormat.sniff(content)
				.map(ImageFormat::mediaType)
				.orElse("application/octet-stream");
			return new Photo(content, mediaType);
		});
	}

	static boolean isId(String value) {
		return ID.matcher(value).matches();
	}

	private static String key(String tenantId, String id) {
		return "media/" + tenantId + "/" + id;
	}

	/**
	 * A stored photo's file.
	 *
	 * @param content its bytes
	 * @param mediaType its media type
	 */
	public record Photo(byte[] content, String mediaType) {

	}

}
