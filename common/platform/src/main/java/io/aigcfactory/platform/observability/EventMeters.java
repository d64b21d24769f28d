package io.aigcfactory.platform.observability;

import java.util.LinkedHashSet;
import java.util.Set;

import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.AssetPublished;
import io.aigcfactory.events.FactoryEvent;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.PublicationFailed;
import io.aigcfactory.events.StageFailed;
import io.aigcfactory.events.Topic;
import io.aigcfactory.events.Verdict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Business throughput counted from the events a service commits, so that every stage is
 * measured in one place and a rolled-back change counts nothing:
 * <ul>
 * <li>{@code aigc.events.published} (topic, type, tenant): every event;</li>
 * <li>{@code aigc.inspection.verdicts} (verdict, tenant);</li>
 * <li>{@code aigc.rejections} (stage, reason): each finding code of a rejected or
 * reviewed asset, once per asset;</li>
 * <li>{@code aigc.stage.failures} (stage, reason): items a stage gave up on;</li>
 * <li>{@code aigc.publications} (channel, outcome): deliveries that ended.</li>
 * </ul>
 */
public final class EventMeters {

	private final MeterRegistry registry;

	private final TenantTags tenants;

	public EventMeters(MeterRegistry registry, TenantTags tenants) {
		this.registry = registry;
		this.tenants = tenants;
	}

	/** Counts an event whose transaction committed. */
	public void published(Topic<?> topic, FactoryEvent event) {
		String tenant = this.tenants.of(event.metadata().tenantId());
		count("aigc.events.published", "Events committed to the outbox", "topic", topic.name(), "type",
				event.getClass().getSimpleName(), "tenant", tenant);
		switch (event) {
			case AssetInspected inspected -> inspected(inspected, tenant);
			case StageFailed failed -> count("aigc.stage.failures", "Items a stage gave up on", "stage", failed.stage(),
					"reason", failed.reason());
			case AssetPublished published -> count("aigc.publications", "Deliveries to channels that ended", "channel",
					published.channel(), "outcome", "published");
			case PublicationFailed failed -> count("aigc.publications", "Deliveries to channels that ended", "channel",
					failed.channel(), "outcome", "failed");
			default -> {
			}
		}
	}

	private void inspected(AssetInspected inspected, String tenant) {
		count("aigc.inspection.verdicts", "Inspection verdicts", "verdict", inspected.verdict().name(), "tenant",
				tenant);
		if (inspected.verdict() == Verdict.APPROVED) {
			return;
		}
		Set<Finding> reasons = new LinkedHashSet<>();
		Set<String> seen = new LinkedHashSet<>();
		for (Finding finding : inspected.findings()) {
			if (seen.add(finding.stage() + "/" + finding.code())) {
				reasons.add(finding);
			}
		}
		for (Finding finding : reasons) {
			count("aigc.rejections", "Reasons of rejected or reviewed assets, once per asset", "stage",
					finding.stage().name(), "reason", finding.code());
		}
	}

	private void count(String name, String description, String... tags) {
		Counter.builder(name).description(description).tags(tags).register(this.registry).increment();
	}

}
