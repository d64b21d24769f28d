package io.aigcfactory.events;

/**
 * Every event on every topic: an immutable, past-tense fact with its metadata.
 */
public sealed interface FactoryEvent permits RequirementEvent, ConceptEvent, AssetEvent, InspectionEvent,
		PublicationEvent, FeedbackEvent, InsightEvent, FailureEvent, VideoEvent {

	EventMetadata metadata();

}
