package io.aigcfactory.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The events on {@code aigc.failure.v1}: a stage gave up on an item; the JSON property
 * {@code type} names the event.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = StageFailed.class, name = "StageFailed") })
public sealed interface FailureEvent extends FactoryEvent permits StageFailed {

}
