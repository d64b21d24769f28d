package io.aigcfactory.feedback.statistics;

import java.time.Clock;
import java.time.Instant;

import io.aigcfactory.events.AssetPublished;
import io.aigcfactory.events.FeedbackRecorded;
import io.aigcfactory.feedback.directory.PublishedAssets;
import io.aigcfactory.feedback.directory.PublishedAssets.PublishedAsset;

import org.springframework.stereotype.Service;

/** Rolls observations up into per-asset figures and figures per angle and channel. */
@Service
public class FeedbackAggregation {

	private final PublishedAssets assets;

	private final Statistics statistics;

	private final Clock clock;

	FeedbackAggregation(PublishedAssets assets, Statistics statistics, Clock clock) {
		this.assets = assets;
		this.statistics = statistics;
		this.clock = clock;
	}

	public void published(AssetPublished published) {
		if (this.assets.record(published)) {
			this.statistics.countPublishedAsset(published.metadata().tenantId(), published.product().category(),
					published.angle().name(), published.channel(), Instant.now(this.clock));
		}
	}

	public void recorded(FeedbackRecorded feedback) {
		PublishedAsset asset = this.assets.find(feedback.assetId())
			.filter((known) -> known.tenantId().equals(feedback.metadata().tenantId()))
			// Retried, then dead-lettered: a channel may report before the publication is
			// consumed.
			.orElseThrow(() -> new IllegalStateException("Feedback for " + feedback.assetId() + ", which tenant "
					+ feedback.metadata().tenantId() + " has not published (yet)"));
		this.statistics.count(asset.assetId(), asset.tenantId(), asset.category(), asset.angle(), feedback.channel(),
				feedback.kind(), feedback.count(), Instant.now(this.clock));
	}

}
