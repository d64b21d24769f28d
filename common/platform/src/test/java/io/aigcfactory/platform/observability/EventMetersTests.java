package io.aigcfactory.platform.observability;

import java.util.List;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.ProductSummary;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.events.StageFailed;
import io.aigcfactory.events.Topics;
import io.aigcfactory.events.Verdict;
import io.aigcfactory.platform.Samples;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventMetersTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final EventMeters meters = new EventMeters(this.registry, new TenantTags(1));

	@Test
	void countsEveryEventByTopicTypeAndBoundedTenant() {
		AssetProduced acme = Samples.assetProduced("one");
		this.meters.published(Topics.ASSET, acme);
		this.meters.published(Topics.ASSET, acme);
		this.meters.published(Topics.INSPECTION, inspected("globex", Verdict.APPROVED, List.of()));

		assertThat(this.registry.get("aigc.events.published")
			.tags("topic", "aigc.asset.v1", "type", "AssetProduced", "tenant", "acme")
			.counter()
			.count()).isEqualTo(2);
		assertThat(this.registry.get("aigc.inspection.verdicts")
			.tags("verdict", "APPROVED", "tenant", TenantTags.OTHER)
			.counter()
			.count()).isEqualTo(1);
		assertThat(this.registry.find("aigc.rejections").counters()).isEmpty();
	}

	@Test
	void countsEachReasonOfARejectionOncePerAsset() {
		Finding absolute = new Finding(Finding.Stage.COMPLIANCE, "ABSOLUTE_TERM", "最", "最");
		Finding again = new Finding(Finding.Stage.COMPLIANCE, "ABSOLUTE_TERM", "第一", "第一");
		Finding duplicate = new Finding(Finding.Stage.ORIGINALITY, "NEAR_DUPLICATE", "similar", null);
		this.meters.published(Topics.INSPECTION,
				inspected("acme", Verdict.REJECTED, List.of(absolute, again, duplicate)));

		assertThat(this.registry.get("aigc.rejections")
			.tags("stage", "COMPLIANCE", "reason", "ABSOLUTE_TERM")
			.counter()
			.count()).isEqualTo(1);
		assertThat(this.registry.get("aigc.rejections")
			.tags("stage", "ORIGINALITY", "reason", "NEAR_DUPLICATE")
			.counter()
			.count()).isEqualTo(1);
	}

	@Test
	void countsStageFailuresByStageAndReason() {
		this.meters.published(Topics.FAILURE, new StageFailed(EventMetadata.now("acme"), RequirementId.next(),
				ConceptId.next(), null, 1, "production", "UNRENDERABLE_TEXT", "no font draws U+1F600", 1));

		assertThat(this.registry.get("aigc.stage.failures")
			.tags("stage", "production", "reason", "UNRENDERABLE_TEXT")
			.counter()
			.count()).isEqualTo(1);
	}

	private static AssetInspected inspected(String tenant, Verdict verdict, List<Finding> findings) {
		AssetProduced produced = Samples.assetProduced("x");
		return new AssetInspected(EventMetadata.now(tenant), RequirementId.next(), AssetId.next(), ConceptId.next(), 1,
				Angle.FUNCTION, verdict, findings, new ProductSummary("SKU-1", "保温杯", "暖暖", "家居/杯具"),
				produced.renditions(), List.of("taobao"));
	}

}
