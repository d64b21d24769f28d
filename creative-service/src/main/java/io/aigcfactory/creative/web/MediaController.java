package io.aigcfactory.creative.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.aigcfactory.creative.media.MediaLibrary;
import io.aigcfactory.creative.media.StoredMedia;
import io.aigcfactory.creative.media.UnacceptablePhoto;
import io.aigcfactory.platform.web.InvalidInput;
import io.aigcfactory.platform.web.NotFound;
import io.aigcfactory.platform.web.TenantHeader;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploading product photos that products can then cite by id in their {@code images}, and
 * reading them back.
 */
@RestController
@RequestMapping(MediaController.PATH)
class MediaController {

	static final String PATH = "/api/v1/media";

	private final MediaLibrary library;

	MediaController(MediaLibrary library) {
		this.library = library;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Map<String, Object>> upload(
			@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@RequestPart(name = "file", required = false) @Nullable MultipartFile file) {
		String tenantId = TenantHeader.resolve(tenant);
		if (file == null || file.isEmpty()) {
			throw InvalidInput.of("file", "is required: a PNG, JPEG or WebP image as the multipart part 'file'");
		}
		StoredMedia media;
		try {
			media = this.library.store(tenantId, file.getBytes());
		}
		catch (UnacceptablePhoto ex) {
			throw InvalidInput.of("file", String.valueOf(ex.getMessage()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", media.id());
		body.put("mediaType", media.mediaType());
		body.put("width", media.width());
		body.put("height", media.height());
		body.put("bytes", media.bytes());
		body.put("sha256", media.sha256());
		body.put("links", Map.of("self", PATH + "/" + media.id()));
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(java.net.URI.create(PATH + "/" + media.id()))
			.body(body);
	}

	@GetMapping("/{id}")
	ResponseEntity<byte[]> file(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String id) {
		MediaLibrary.Photo photo = this.library.find(TenantHeader.resolve(tenant), id)
			.orElseThrow(() -> new NotFound("media", id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.mediaType()))
			.cacheControl(CacheControl.noCache())
			.body(photo.content());
	}

}
