package io.aigcfactory.distribution.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.aigcfactory.distribution.publication.Publications;
import io.aigcfactory.distribution.publication.Publications.PublicationView;
import io.aigcfactory.platform.channel.ChannelCatalog;
import io.aigcfactory.platform.web.InvalidInput;
import io.aigcfactory.platform.web.PathIds;
import io.aigcfactory.platform.web.TenantHeader;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Channels and publications. */
@RestController
class PublicationController {

	private final Publications publications;

	private final ChannelCatalog catalog;

	PublicationController(Publications publications, ChannelCatalog catalog) {
		this.publications = publications;
		this.catalog = catalog;
	}

	@GetMapping("/api/v1/channels")
	List<Map<String, String>> channels() {
		return this.catalog.catalog()
			.entrySet()
			.stream()
			.map((entry) -> Map.of("id", entry.getKey(), "kind", entry.getValue().kind().name().toLowerCase()))
			.toList();
	}

	@GetMapping("/api/v1/publications")
	List<PublicationView> publications(
			@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@RequestParam(required = false) @Nullable String assetId,
			@RequestParam(required = false) @Nullable String requirementId) {
		if ((assetId == null) == (requirementId == null)) {
			throw InvalidInput.of("assetId", "give exactly one of assetId and requirementId");
		}
		return this.publications.of(TenantHeader.resolve(tenant), uuid("assetId", assetId),
				uuid("requirementId", requirementId));
	}

	private static @Nullable UUID uuid(String field, @Nullable String value) {
		return (value != null) ? PathIds.parse(field, value, "an id", UUID::fromString) : null;
	}

}
