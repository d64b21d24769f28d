package io.aigcfactory.creative.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.aigcfactory.creative.requirement.RequirementProgress;
import io.aigcfactory.creative.requirement.RequirementProgress.AssetProgress;
import io.aigcfactory.creative.requirement.RequirementStatus;
import io.aigcfactory.events.Finding;
import org.jspecify.annotations.Nullable;

/**
 * A requirement's progress as the API shows it: the report, with links to each asset's
 * files.
 */
record RequirementView(String requirementId, String sku, String title, String status, int variantCount,
		List<String> channels, Instant acceptedAt, @Nullable Instant completedAt, RequirementProgress.Stages stages,
		boolean settled, List<AssetView> assets, List<RequirementProgress.ConceptProgress> concepts,
		RequirementProgress.Writing writing, List<RequirementProgress.Failure> failures, Map<String, String> links) {

	static RequirementView of(RequirementProgress progress) {
		String self = RequirementController.PATH + "/" + progress.requirementId();
		return new RequirementView(progress.requirementId().toString(), progress.sku(), progress.title(),
				progress.status().name(), progress.variantCount(), progress.channels(), progress.acceptedAt(),
				progress.completedAt(), progress.stages(), progress.settled(),
				progress.assets().stream().map(AssetView::of).toList(), progress.concepts(), progress.writing(),
				progress.failures(), links(self, progress));
	}

	private static Map<String, String> links(String self, RequirementProgress progress) {
		Map<String, String> links = new LinkedHashMap<>();
		links.put("self", self);
		if (progress.status() != RequirementStatus.COMPLETED
				&& progress.failures().stream().anyMatch((failure) -> failure.retriedAt() == null)) {
			links.put("retry", self + "/retry");
		}
		return links;
	}

	record AssetView(String assetId, String angle, String status, List<Finding> findings,
			List<RequirementProgress.Publication> publications, @Nullable Instant producedAt,
			@Nullable Instant inspectedAt, Map<String, String> links) {

		static AssetView of(AssetProgress asset) {
			String self = "/api/v1/assets/" + asset.assetId();
			Map<String, String> links = new LinkedHashMap<>();
			links.put("self", self);
			for (String rendition : asset.renditions()) {
				links.put(rendition, self + "/renditions/" + rendition);
			}
			return new AssetView(asset.assetId().toString(), asset.angle(), asset.status(), asset.findings(),
					asset.publications(), asset.producedAt(), asset.inspectedAt(), links);
		}

	}

}
