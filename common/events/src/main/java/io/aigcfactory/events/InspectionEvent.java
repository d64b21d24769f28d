package io.aigcfactory.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The events on {@code aigc.inspection.v1}; the JSON property {@code type} names the
 * event.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = AssetInspected.class, name = "AssetInspected") })
public sealed interface InspectionEvent extends FactoryEvent permits AssetInspected {

}
