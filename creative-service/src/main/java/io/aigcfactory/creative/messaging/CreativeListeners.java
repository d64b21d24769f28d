package io.aigcfactory.creative.messaging;

import io.aigcfactory.creative.bandit.AngleBandit;
import io.aigcfactory.creative.concept.ConceptPlanning;
import io.aigcfactory.creative.provenance.Provenance;
import io.aigcfactory.creative.requirement.AssetTracking;
import io.aigcfactory.events.AssetEvent;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.AssetPublished;
import io.aigcfactory.events.FailureEvent;
import io.aigcfactory.events.InsightEvent;
import io.aigcfactory.events.InsightUpdated;
import io.aigcfactory.events.InspectionEvent;
import io.aigcfactory.events.PublicationEvent;
import io.aigcfactory.events.PublicationFailed;
import io.aigcfactory.events.RequirementEvent;
import io.aigcfactory.events.RequirementSubmitted;
import io.aigcfactory.events.StageFailed;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.messaging.IdempotentConsumer;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Everything the creative service consumes. */
@Component
class CreativeListeners {

	private final IdempotentConsumer idempotent;

	private final ConceptPlanning planning;

	private final AssetTracking tracking;

	private final AngleBandit bandit;

	private final Provenance provenance;

	CreativeListeners(IdempotentConsumer idempotent, ConceptPlanning planning, AssetTracking tracking,
			AngleBandit bandit, Provenance provenance) {
		this.idempotent = idempotent;
		this.provenance = provenance;
		this.planning = planning;
		this.tracking = tracking;
		this.bandit = bandit;
	}

	@KafkaListener(topics = Topics.Names.REQUIREMENT)
	void on(RequirementEvent event) {
		switch (event) {
			case RequirementSubmitted submitted ->
				this.idempotent.handle("creative.plan", submitted, () -> this.planning.planFirstRound(submitted));
		}
	}

	@KafkaListener(topics = Topics.Names.ASSET)
	void on(AssetEvent event) {
		switch (event) {
			case AssetProduced produced -> {
				this.idempotent.handle("creative.track-produced", produced, () -> this.tracking.produced(produced));
				this.idempotent.handle("creative.provenance", produced, () -> this.provenance.produced(produced));
			}
		}
	}

	@KafkaListener(topics = Topics.Names.INSPECTION)
	void on(InspectionEvent event) {
		switch (event) {
			case AssetInspected inspected -> {
				this.idempotent.handle("creative.track-inspected", inspected, () -> this.tracking.judged(inspected)
					.ifPresent((requirement) -> this.planning.afterVerdict(inspected, requirement)));
				this.idempotent.handle("creative.provenance", inspected, () -> this.provenance.inspected(inspected));
			}
		}
	}

	@KafkaListener(topics = Topics.Names.PUBLICATION)
	void on(PublicationEvent event) {
		switch (event) {
			case AssetPublished published -> {
				this.idempotent.handle("creative.track-published", published, () -> this.tracking.published(published));
				this.idempotent.handle("creative.provenance", published, () -> this.provenance.published(published));
			}
			case PublicationFailed failed -> {
				this.idempotent.handle("creative.track-failed", failed, () -> this.tracking.publicationFailed(failed));
				this.idempotent.handle("creative.provenance", failed, () -> this.provenance.publicationFailed(failed));
			}
		}
	}

	@KafkaListener(topics = Topics.Names.FAILURE)
	void on(FailureEvent event) {
		switch (event) {
			case StageFailed failed ->
				this.idempotent.handle("creative.track-stage-failed", failed, () -> this.tracking.failed(failed)
					.ifPresent((requirement) -> this.planning.afterFailure(failed, requirement)));
		}
	}

	@KafkaListener(topics = Topics.Names.INSIGHT)
	void on(InsightEvent event) {
		switch (event) {
			case InsightUpdated updated ->
				this.idempotent.handle("creative.learn", updated, () -> this.bandit.learn(updated));
		}
	}

}
