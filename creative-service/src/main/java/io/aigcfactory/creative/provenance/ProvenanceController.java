package io.aigcfactory.creative.provenance;

import java.util.LinkedHashMap;
import java.util.Map;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.platform.web.NotFound;
import io.aigcfactory.platform.web.PathIds;
import io.aigcfactory.platform.web.TenantHeader;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * An asset's provenance: {@code GET /api/v1/assets/{id}/provenance} gives the records and
 * checks the chain on every call; {@code .../provenance/manifest} exports it as a signed
 * JSON manifest ({@code application/jose}, compact JWS).
 */
@RestController
class ProvenanceController {

	static final MediaType JOSE = MediaType.parseMediaType("application/jose");

	private final Provenance provenance;

	private final ProvenanceManifest manifest;

	ProvenanceController(Provenance provenance, ProvenanceManifest manifest) {
		this.provenance = provenance;
		this.manifest = manifest;
	}

	@GetMapping("/api/v1/assets/{id}/provenance")
	Map<String, Object> provenance(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String id) {
		Provenance.Chain chain = chain(tenant, id);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("assetId", id);
		body.put("chain", chain.check());
		body.put("records", chain.records().stream().map(ProvenanceManifest::record).toList());
		body.put("links", Map.of("manifest", "/api/v1/assets/" + id + "/provenance/manifest"));
		return body;
	}

	@GetMapping("/api/v1/assets/{id}/provenance/manifest")
	ResponseEntity<String> manifest(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String id) {
		return ResponseEntity.ok().contentType(JOSE).body(this.manifest.sign(chain(tenant, id)));
	}

	private Provenance.Chain chain(@Nullable String tenant, String id) {
		AssetId asset = PathIds.parse("id", id, "an asset id", AssetId::of);
		return this.provenance.chain(asset.value(), TenantHeader.resolve(tenant))
			.orElseThrow(() -> new NotFound("provenance of asset", id));
	}

}
