package io.aigcfactory.creative.brand.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.aigcfactory.creative.brand.BrandKitCatalog;
import io.aigcfactory.creative.brand.BrandKitDraft;
import io.aigcfactory.events.BrandKit;
import io.aigcfactory.platform.web.TenantHeader;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;

/**
 * Brand kits per tenant, named by the brand their products carry: colours, logo, voice,
 * banned words, required phrases and the music under their promo videos.
 */
@RestController
@RequestMapping(BrandController.PATH)
class BrandController {

	static final String PATH = "/api/v1/brands";

	private final BrandKitCatalog catalog;

	BrandController(BrandKitCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	Map<String, Object> list(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant) {
		List<Map<String, Object>> brands = this.catalog.all(TenantHeader.resolve(tenant))
			.stream()
			.map(BrandController::view)
			.toList();
		return Map.of("brands", brands);
	}

	@GetMapping("/{name}")
	Map<String, Object> get(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String name) {
		return view(this.catalog.get(TenantHeader.resolve(tenant), name));
	}

	@PutMapping(path = "/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> put(
			@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String name, @RequestBody BrandKitDraft draft) {
		BrandKitCatalog.Saved saved = this.catalog.save(TenantHeader.resolve(tenant), name, draft);
		Map<String, Object> view = view(saved.kit());
		return saved.created() ? ResponseEntity.created(URI.create(self(saved.kit()))).body(view)
				: ResponseEntity.ok(view);
	}

	@PutMapping(path = "/{name}/logo", consumes = MediaType.IMAGE_PNG_VALUE)
	Map<String, Object> putLogo(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String name, @RequestBody(required = false) byte @Nullable [] png) {
		return view(this.catalog.attachLogo(TenantHeader.resolve(tenant), name, "body", png));
	}

	@PutMapping(path = "/{name}/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Map<String, Object> uploadLogo(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String name, @RequestPart(name = "file", required = false) @Nullable MultipartFile file) {
		return view(this.catalog.attachLogo(TenantHeader.resolve(tenant), name, "file", bytes(file)));
	}

	@GetMapping(path = "/{name}/logo", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> logo(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.body(this.catalog.logo(TenantHeader.resolve(tenant), name));
	}

	@PutMapping(path = "/{name}/music", consumes = { "audio/*", MediaType.APPLICATION_OCTET_STREAM_VALUE })
	Map<String, Object> putMusic(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String name, @RequestBody(required = false) byte @Nullable [] audio) {
		return view(this.catalog.attachMusic(TenantHeader.resolve(tenant), name, "body", audio));
	}

	@PutMapping(path = "/{name}/music", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Map<String, Object> uploadMusic(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String name, @RequestPart(name = "file", required = false) @Nullable MultipartFile file) {
		return view(this.catalog.attachMusic(TenantHeader.resolve(tenant), name, "file", bytes(file)));
	}

	@GetMapping(path = "/{name}/music", produces = "audio/wav")
	ResponseEntity<byte[]> music(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("audio/wav"))
			.body(this.catalog.music(TenantHeader.resolve(tenant), name));
	}

	@DeleteMapping("/{name}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String name) {
		this.catalog.delete(TenantHeader.resolve(tenant), name);
	}

	private static byte @Nullable [] bytes(@Nullable MultipartFile file) {
		if (file == null) {
			return null;
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the uploaded file", ex);
		}
	}

	private static String self(BrandKit kit) {
		return PATH + "/" + UriUtils.encodePathSegment(kit.name(), StandardCharsets.UTF_8);
	}

	private static Map<String, Object> view(BrandKit kit) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("name", kit.name());
		view.put("colours", kit.colours());
		view.put("logo", kit.logo());
		view.put("voice", kit.voice());
		view.put("bannedWords", kit.bannedWords());
		view.put("requiredPhrases", kit.requiredPhrases());
		view.put("music", kit.music());
		view.put("links", Map.of("self", self(kit), "logo", self(kit) + "/logo", "music", self(kit) + "/music"));
		return view;
	}

}
