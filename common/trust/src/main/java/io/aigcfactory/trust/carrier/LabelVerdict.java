package io.aigcfactory.trust.carrier;

import java.util.List;

import io.aigcfactory.trust.label.AigcLabel;

import org.jspecify.annotations.Nullable;

/**
 * The verdict on a file's implicit label.
 *
 * @param format the file's format ({@code PNG}, {@code JPEG}, {@code MP4}, {@code HTML},
 * {@code TEXT}, {@code SIDECAR}), or {@code UNKNOWN}
 * @param status the verdict
 * @param label the label, when one could be read
 * @param places where labels were found
 * @param problems why the file is non-compliant or unreadable; empty when compliant
 * @param signature whether {@code ReservedCode1} is this deployment's signature over the
 * content
 */
public record LabelVerdict(String format, Status status, @Nullable AigcLabel label, List<String> places,
		List<String> problems, Signature signature) {

	public LabelVerdict {
		places = List.copyOf(places);
		problems = List.copyOf(problems);
	}

	static LabelVerdict unreadable(String format, String reason) {
		return new LabelVerdict(format, Status.UNREADABLE, null, List.of(), List.of(reason), Signature.NOT_CHECKED);
	}

	/** The verdict on a file's label, as the standard's verifiers give it. */
	public enum Status {

		/** Exactly one label, and it keeps every rule. */
		COMPLIANT,
		/** A label breaks a rule, or the file holds more than one. */
		NON_COMPLIANT,
		/** The file holds no label. */
		NOT_FOUND,
		/**
		 * The file is truncated or corrupt, or not in a format a label can be read from.
		 */
		UNREADABLE

	}

	/** Whether the label's signature holds. */
	public enum Signature {

		/**
		 * {@code ReservedCode1} is this deployment's signature over the file's content.
		 */
		VALID,
		/**
		 * It is not: the content or the producer's fields changed, or another key signed
		 * it.
		 */
		INVALID,
		/** There was no label (or no content) to check it on. */
		NOT_CHECKED

	}

}
