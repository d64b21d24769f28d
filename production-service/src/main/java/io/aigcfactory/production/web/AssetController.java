package io.aigcfactory.production.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.platform.web.NotFound;
import io.aigcfactory.platform.web.PathIds;
import io.aigcfactory.platform.web.TenantHeader;
import io.aigcfactory.production.asset.AssetSummary;
import io.aigcfactory.production.asset.Assets;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Produced assets and their files. */
@RestController
@RequestMapping("/api/v1/assets")
class AssetController {

	private final Assets assets;

	private final BlobStore blobs;

	AssetController(Assets assets, BlobStore blobs) {
		this.assets = assets;
		this.blobs = blobs;
	}

	@GetMapping("/{id}")
	Map<String, Object> asset(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String id) {
		AssetSummary asset = find(id, tenant);
		String self = "/api/v1/assets/" + asset.assetId();
		Map<String, String> links = new LinkedHashMap<>();
		links.put("self", self);
		asset.renditions()
			.forEach((rendition) -> links.put(rendition.name(), self + "/renditions/" + rendition.name()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("asset", asset);
		body.put("links", links);
		return body;
	}

	@GetMapping("/{id}/renditions/{name}")
	ResponseEntity<byte[]> rendition(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String id, @PathVariable String name) {
		AssetSummary asset = find(id, tenant);
		Rendition rendition = asset.renditions()
			.stream()
			.filter((candidate) -> candidate.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new NotFound("rendition " + name + " of asset", id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(rendition.mediaType()))
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable())
			.eTag(rendition.sha256())
			.body(this.blobs.read(rendition.uri()));
	}

	private AssetSummary find(String id, @Nullable String tenant) {
		AssetId assetId = PathIds.parse("id", id, "an asset id", AssetId::of);
		return this.assets.find(assetId, TenantHeader.resolve(tenant)).orElseThrow(() -> new NotFound("asset", id));
	}

}
