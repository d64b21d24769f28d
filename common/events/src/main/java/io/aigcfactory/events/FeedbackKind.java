package io.aigcfactory.events;

/** What a channel observed about a published asset. */
public enum FeedbackKind {

	IMPRESSION, CLICK, CONVERSION

}
