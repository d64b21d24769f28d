package io.aigcfactory.inspection.web;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.inspection.verdict.Inspections;
import io.aigcfactory.inspection.verdict.Inspections.Inspection;
import io.aigcfactory.platform.web.NotFound;
import io.aigcfactory.platform.web.PathIds;
import io.aigcfactory.platform.web.TenantHeader;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The verdict on an asset. */
@RestController
class InspectionController {

	private final Inspections inspections;

	InspectionController(Inspections inspections) {
		this.inspections = inspections;
	}

	@GetMapping("/api/v1/inspections/{assetId}")
	Inspection inspection(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@PathVariable String assetId) {
		AssetId id = PathIds.parse("assetId", assetId, "an asset id", AssetId::of);
		return this.inspections.find(id, TenantHeader.resolve(tenant))
			.orElseThrow(() -> new NotFound("inspection of asset", assetId));
	}

}
