package io.aigcfactory.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of events. It is fixed here, independent of any application's JSON
 * settings, so that the golden fixtures pin what goes on the wire.
 */
public final class EventCodec {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private EventCodec() {
	}

	public static byte[] encode(FactoryEvent event) {
		try {
			return MAPPER.writeValueAsBytes(event);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("Cannot encode " + event.getClass().getSimpleName(), ex);
		}
	}

	/**
	 * Decodes an event of the given family.
	 * @throws MalformedEvent when the bytes are not a valid event of that family
	 */
	public static <V extends FactoryEvent> V decode(byte[] json, Class<V> type) {
		try {
			return MAPPER.readValue(json, type);
		}
		catch (JacksonException ex) {
			throw new MalformedEvent(type, ex);
		}
	}

	/** The mapper, for tests and tools that inspect events as JSON trees. */
	public static JsonMapper mapper() {
		return MAPPER;
	}

}
