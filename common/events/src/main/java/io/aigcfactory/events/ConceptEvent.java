package io.aigcfactory.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The events on {@code aigc.concept.v1}; the JSON property {@code type} names the event.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = ConceptCreated.class, name = "ConceptCreated") })
public sealed interface ConceptEvent extends FactoryEvent permits ConceptCreated {

}
