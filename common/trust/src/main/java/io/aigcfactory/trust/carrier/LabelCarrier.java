package io.aigcfactory.trust.carrier;

import io.aigcfactory.trust.label.AigcLabel;

/**
 * One file format's places for the implicit label. Implementations walk the file's
 * structure (chunks, segments, boxes, elements) and never decode pixels or samples.
 */
public interface LabelCarrier {

	/** The format's name, e.g. {@code PNG}. */
	String format();

	/** Whether a file starting with these bytes is in this format. */
	boolean recognises(byte[] file);

	/** Every label the file holds, where it was found; never throws. */
	CarrierReading read(byte[] file);

	/**
	 * The file with exactly this label: any label it held before is replaced.
	 * @throws UnreadableFile when the file is truncated or corrupt
	 */
	byte[] write(byte[] file, AigcLabel label);

	/**
	 * The part of the file a label's signature covers: its content without any label, so
	 * the same however often (or by whom) a label is written.
	 * @throws UnreadableFile when the file is truncated or corrupt
	 */
	byte[] signedContent(byte[] file);

}
