package io.aigcfactory.feedback.statistics;

import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.InsightUpdated;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.messaging.EventPublisher;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Announces the figures of every category that changed, at most once per interval, so
 * that a stream of clicks becomes a trickle of insights.
 */
@Component
class InsightAnnouncer {

	private final Statistics statistics;

	private final EventPublisher events;

	private final TransactionOperations transactions;

	InsightAnnouncer(Statistics statistics, EventPublisher events, TransactionOperations transactions) {
		this.statistics = statistics;
		this.events = events;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${aigc.feedback.insight-interval}")
	void announceChanges() {
		for (Statistics.Changed changed : this.statistics.changedSinceAnnounced()) {
			this.transactions.executeWithoutResult((status) -> {
				this.events.publish(Topics.INSIGHT, new InsightUpdated(EventMetadata.now(changed.tenantId()),
						changed.category(), this.statistics.angles(changed.tenantId(), changed.category())));
				this.statistics.announced(changed.tenantId(), changed.category(), changed.changedAt());
			});
		}
	}

}
