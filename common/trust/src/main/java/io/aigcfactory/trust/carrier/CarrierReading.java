package io.aigcfactory.trust.carrier;

import java.util.List;

/** What a carrier found in a file. */
public sealed interface CarrierReading {

	/**
	 * The file could be read; it holds these labels (none, one, or several).
	 *
	 * @param occurrences each label's place and JSON text, in file order
	 */
	record Read(List<LabelOccurrence> occurrences) implements CarrierReading {

		public Read {
			occurrences = List.copyOf(occurrences);
		}

	}

	/**
	 * The file is truncated or corrupt.
	 *
	 * @param reason what is wrong, e.g. {@code the IHDR chunk's CRC does not match}
	 */
	record Unreadable(String reason) implements CarrierReading {
	}

	/**
	 * One label in a file.
	 *
	 * @param place where it is, e.g. {@code PNG tEXt AIGC} or {@code XMP TC260:AIGC}
	 * @param json the label's JSON text as stored
	 */
	record LabelOccurrence(String place, String json) {
	}

}
