package io.aigcfactory.events;

import java.util.List;
import java.util.Optional;

/** Every topic of the platform. No other class spells a topic name. */
public final class Topics {

	public static final Topic<RequirementEvent> REQUIREMENT = new Topic<>(Names.REQUIREMENT, RequirementEvent.class,
			Topics::requirementKey);

	public static final Topic<ConceptEvent> CONCEPT = new Topic<>(Names.CONCEPT, ConceptEvent.class,
			Topics::conceptKey);

	public static final Topic<AssetEvent> ASSET = new Topic<>(Names.ASSET, AssetEvent.class, Topics::assetKey);

	public static final Topic<InspectionEvent> INSPECTION = new Topic<>(Names.INSPECTION, InspectionEvent.class,
			Topics::inspectionKey);

	public static final Topic<PublicationEvent> PUBLICATION = new Topic<>(Names.PUBLICATION, PublicationEvent.class,
			Topics::publicationKey);

	public static final Topic<FeedbackEvent> FEEDBACK = new Topic<>(Names.FEEDBACK, FeedbackEvent.class,
			Topics::feedbackKey);

	public static final Topic<InsightEvent> INSIGHT = new Topic<>(Names.INSIGHT, InsightEvent.class,
			Topics::insightKey);

	public static final Topic<FailureEvent> FAILURE = new Topic<>(Names.FAILURE, FailureEvent.class,
			Topics::failureKey);

	public static final Topic<VideoEvent> VIDEO = new Topic<>(Names.VIDEO, VideoEvent.class, Topics::videoKey);

	private static final List<Topic<?>> ALL = List.of(REQUIREMENT, CONCEPT, ASSET, INSPECTION, PUBLICATION, FEEDBACK,
			INSIGHT, FAILURE, VIDEO);

	private Topics() {
	}

	/** The topic names as constants, for annotations such as {@code @KafkaListener}. */
	public static final class Names {

		public static final String REQUIREMENT = "aigc.requirement.v1";

		public static final String CONCEPT = "aigc.concept.v1";

		public static final String ASSET = "aigc.asset.v1";

		public static final String INSPECTION = "aigc.inspection.v1";

		public static final String PUBLICATION = "aigc.publication.v1";

		public static final String FEEDBACK = "aigc.feedback.v1";

		public static final String INSIGHT = "aigc.insight.v1";

		public static final String FAILURE = "aigc.failure.v1";

		public static final String VIDEO = "aigc.video.v1";

		private Names() {
		}

	}

	public static List<Topic<?>> all() {
		return ALL;
	}

	public static Optional<Topic<?>> byName(String name) {
		return ALL.stream().filter((topic) -> topic.name().equals(name)).findFirst();
	}

	private static String requirementKey(RequirementEvent event) {
		return switch (event) {
			case RequirementSubmitted submitted -> submitted.requirementId().toString();
		};
	}

	private static String conceptKey(ConceptEvent event) {
		return switch (event) {
			case ConceptCreated created -> created.requirementId().toString();
		};
	}

	private static String assetKey(AssetEvent event) {
		return switch (event) {
			case AssetProduced produced -> produced.requirementId().toString();
		};
	}

	private static String inspectionKey(InspectionEvent event) {
		return switch (event) {
			case AssetInspected inspected -> inspected.requirementId().toString();
		};
	}

	private static String publicationKey(PublicationEvent event) {
		return switch (event) {
			case AssetPublished published -> published.assetId().toString();
			case PublicationFailed failed -> failed.assetId().toString();
		};
	}

	private static String feedbackKey(FeedbackEvent event) {
		return switch (event) {
			case FeedbackRecorded recorded -> recorded.assetId().toString();
		};
	}

	private static String insightKey(InsightEvent event) {
		return switch (event) {
			case InsightUpdated updated -> updated.metadata().tenantId() + ":" + updated.category();
		};
	}

	private static String failureKey(FailureEvent event) {
		return switch (event) {
			case StageFailed failed -> failed.requirementId().toString();
		};
	}

	private static String videoKey(VideoEvent event) {
		return switch (event) {
			case VideoAssigned assigned -> assigned.requirementId().toString();
		};
	}

}
