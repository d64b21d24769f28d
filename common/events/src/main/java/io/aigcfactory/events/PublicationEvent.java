package io.aigcfactory.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The events on {@code aigc.publication.v1}; the JSON property {@code type} names the
 * event.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = AssetPublished.class, name = "AssetPublished"),
		@JsonSubTypes.Type(value = PublicationFailed.class, name = "PublicationFailed") })
public sealed interface PublicationEvent extends FactoryEvent permits AssetPublished, PublicationFailed {

}
