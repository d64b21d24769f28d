package io.aigcfactory.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The events on {@code aigc.video.v1}, production's own queue of assets that carry a
 * promo video; the JSON property {@code type} names the event.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = VideoAssigned.class, name = "VideoAssigned") })
public sealed interface VideoEvent extends FactoryEvent permits VideoAssigned {

}
