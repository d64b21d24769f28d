package io.aigcfactory.platform.web;

import java.util.function.Function;

/**
 * Reads ids from request paths and parameters, naming the field when one is malformed.
 */
public final class PathIds {

	private PathIds() {
	}

	/**
	 * @param field the path variable or parameter, as the problem names it
	 * @param value its value
	 * @param what what the id identifies, e.g. {@code an asset id}
	 * @param parser reads the id; throws {@link IllegalArgumentException} for a malformed
	 * one
	 * @throws InvalidInput when the value is not a UUID
	 */
	public static <T> T parse(String field, String value, String what, Function<String, T> parser) {
		try {
			return parser.apply(value);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of(field, "is not " + what + " (a UUID): '" + value + "'");
		}
	}

}
