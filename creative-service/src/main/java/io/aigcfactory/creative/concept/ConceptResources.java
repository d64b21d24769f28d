package io.aigcfactory.creative.concept;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the creative text resources under {@code concept/} on the classpath. */
public final class ConceptResources {

	private ConceptResources() {
	}

	/**
	 * The meaningful lines of a resource: stripped, without blanks and {@code #}
	 * comments.
	 */
	public static List<String> lines(String name) {
		try (InputStream in = ConceptResources.class.getClassLoader().getResourceAsStream("concept/" + name)) {
			if (in == null) {
				throw new IllegalStateException("missing classpath resource concept/" + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read concept/" + name, ex);
		}
	}

}
