package io.aigcfactory.trust.carrier;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.aigcfactory.trust.carrier.CarrierReading.LabelOccurrence;
import io.aigcfactory.trust.label.AigcLabel;
import io.aigcfactory.trust.label.LabelJson;
import io.aigcfactory.trust.label.LabelRules;
import io.aigcfactory.trust.label.LabelSigner;

import org.jspecify.annotations.Nullable;

/**
 * Writes, signs and verifies the implicit label of any supported file: picks the carrier
 * by the file's first bytes, signs the content without its labels, and judges what it
 * reads by the standard's rules. One label per file: every place in a file must hold the
 * same label (a PNG holds it twice, in {@code tEXt} and in XMP), and no place may appear
 * twice.
 */
public final class Labels {

	private final List<LabelCarrier> carriers;

	private final LabelSigner signer;

	/** Labels in PNG, JPEG, MP4, HTML and text, signed with this signer. */
	public Labels(LabelSigner signer) {
		this(signer,
				List.of(new PngCarrier(), new JpegCarrier(), new Mp4Carrier(), new HtmlCarrier(), new TextCarrier()));
	}

	Labels(LabelSigner signer, List<LabelCarrier> carriers) {
		this.signer = signer;
		this.carriers = List.copyOf(carriers);
	}

	/** The carrier for a file, by its first bytes. */
	public Optional<LabelCarrier> carrierFor(byte[] file) {
		return this.carriers.stream().filter((carrier) -> carrier.recognises(file)).findFirst();
	}

	/**
	 * The file with this label, signed over its content: {@code ReservedCode1} is
	 * replaced by the signature, and any label the file held is replaced.
	 * @throws UnreadableFile when the file is corrupt or in no supported format
	 */
	public byte[] stamp(byte[] file, AigcLabel label) {
		LabelCarrier carrier = carrierFor(file).orElseThrow(() -> new UnreadableFile("no label carrier for this file"));
		return carrier.write(file, signed(carrier.signedContent(file), label));
	}

	/** The label with the signature over this content in {@code ReservedCode1}. */
	public AigcLabel signed(byte[] content, AigcLabel label) {
		return label.withSignature(this.signer.sign(label, LabelSigner.sha256(content)));
	}

	/** The verdict on a file's label; never throws. */
	public LabelVerdict verify(byte[] file) {
		Optional<LabelCarrier> found = carrierFor(file);
		if (found.isEmpty()) {
			return LabelVerdict.unreadable("UNKNOWN", "not a PNG, JPEG, MP4, HTML page or UTF-8 text");
		}
		LabelCarrier carrier = found.get();
		return switch (carrier.read(file)) {
			case CarrierReading.Unreadable unreadable -> LabelVerdict.unreadable(carrier.format(), unreadable.reason());
			case CarrierReading.Read read ->
				judge(carrier.format(), read.occurrences(), () -> carrier.signedContent(file));
		};
	}

	/**
	 * The verdict on a text's sidecar ({@code {"AIGC":{...}}}), its signature checked
	 * over the text when there is one.
	 */
	public LabelVerdict verifySidecar(byte[] sidecar, byte @Nullable [] text) {
		String json;
		try {
			json = TextCarrier.utf8(sidecar).strip();
		}
		catch (UnreadableFile ex) {
			return LabelVerdict.unreadable("SIDECAR", ex.getMessage());
		}
		List<LabelOccurrence> occurrences = List.of(new LabelOccurrence("sidecar", json));
		return judge("SIDECAR", occurrences, (text != null) ? () -> text : null);
	}

	private LabelVerdict judge(String format, List<LabelOccurrence> occurrences, @Nullable Content content) {
		if (occurrences.isEmpty()) {
			return new LabelVerdict(format, LabelVerdict.Status.NOT_FOUND, null, List.of(), List.of(),
					LabelVerdict.Signature.NOT_CHECKED);
		}
		List<String> problems = new ArrayList<>();
		List<String> places = occurrences.stream().map(LabelOccurrence::place).toList();
		if (new LinkedHashSet<>(places).size() < places.size()) {
			problems.add("more than one label: " + String.join(", ", places));
		}
		Set<String> distinct = new LinkedHashSet<>(occurrences.stream().map(LabelOccurrence::json).toList());
		if (distinct.size() > 1) {
			problems.add("the file holds " + distinct.size() + " different labels");
		}
		LabelJson.Parsed parsed = LabelJson.parse(occurrences.get(0).json());
		problems.addAll(parsed.problems());
		AigcLabel label = parsed.label();
		LabelVerdict.Signature signature = LabelVerdict.Signature.NOT_CHECKED;
		if (label != null && content != null) {
			try {
				signature = this.signer.verify(label, LabelSigner.sha256(content.bytes()))
						? LabelVerdict.Signature.VALID : LabelVerdict.Signature.INVALID;
			}
			catch (UnreadableFile ex) {
				problems.add(ex.getMessage());
			}
		}
		LabelVerdict.Status status = problems.isEmpty() ? LabelVerdict.Status.COMPLIANT
				: LabelVerdict.Status.NON_COMPLIANT;
		return new LabelVerdict(format, status, label, places, problems, signature);
	}

	/**
	 * The file as a propagator passes it on: its label's {@code ContentPropagator} and
	 * {@code PropagateID} set to these, the rest kept (so the producer's signature still
	 * holds). A label sidecar is rewritten the same way. A file without a readable label
	 * is returned as it is.
	 * @throws IllegalArgumentException when a value breaks the label's character set
	 */
	public byte[] propagated(byte[] file, String propagator, String propagateId) {
		if (!LabelRules.printable(propagator) || !LabelRules.printable(propagateId)) {
			throw new IllegalArgumentException(
					"Propagator fields must be printable ASCII without quotes or backslashes");
		}
		if (file.length > 0 && file[0] == '{') {
			AigcLabel label = sidecarLabel(file);
			return (label != null) ? TextCarrier.sidecar(label.propagatedBy(propagator, propagateId)) : file;
		}
		Optional<LabelCarrier> carrier = carrierFor(file);
		if (carrier.isEmpty() || !(carrier.get().read(file) instanceof CarrierReading.Read read)
				|| read.occurrences().isEmpty()) {
			return file;
		}
		AigcLabel label = LabelJson.parse(read.occurrences().get(0).json()).label();
		return (label != null) ? carrier.get().write(file, label.propagatedBy(propagator, propagateId)) : file;
	}

	private static @Nullable AigcLabel sidecarLabel(byte[] file) {
		try {
			return LabelJson.parse(TextCarrier.utf8(file).strip()).label();
		}
		catch (UnreadableFile ex) {
			return null;
		}
	}

	/** The JSON of a text's sidecar for a label signed over the text. */
	public byte[] sidecar(byte[] text, AigcLabel label) {
		return TextCarrier.sidecar(signed(text, label));
	}

	@FunctionalInterface
	private interface Content {

		byte[] bytes();

	}

}
