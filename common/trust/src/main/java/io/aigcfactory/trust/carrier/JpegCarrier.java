package io.aigcfactory.trust.carrier;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.aigcfactory.trust.carrier.CarrierReading.LabelOccurrence;
import io.aigcfactory.trust.label.AigcLabel;

/**
 * The label in a JPEG: the XMP packet in an APP1 segment (after SOI and any JFIF APP0),
 * holding it under the TC260 namespace. Writing replaces the file's XMP packet. Segments
 * are walked up to the start of scan; the entropy-coded data is copied untouched. A file
 * whose segments run past its end, or that has no start of scan or no end-of-image marker
 * after it, is truncated.
 */
public final class JpegCarrier implements LabelCarrier {

	private static final byte[] XMP_HEADER = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1);

	private static final int APP0 = 0xE0;

	private static final int APP1 = 0xE1;

	private static final int SOS = 0xDA;

	@Override
	public String format() {
		return "JPEG";
	}

	@Override
	public boolean recognises(byte[] file) {
		return file.length >= 3 && (file[0] & 0xFF) == 0xFF && (file[1] & 0xFF) == 0xD8 && (file[2] & 0xFF) == 0xFF;
	}

	@Override
	public CarrierReading read(byte[] file) {
		try {
			List<LabelOccurrence> found = new ArrayList<>();
			for (Segment segment : segments(file)) {
				if (segment.isXmp(file)) {
					String packet = new String(file, segment.dataStart() + XMP_HEADER.length,
							segment.end() - segment.dataStart() - XMP_HEADER.length, StandardCharsets.UTF_8);
					Xmp.labels(packet)
						.forEach((json) -> found.add(new LabelOccurrence("JPEG APP1 XMP TC260:AIGC", json)));
				}
			}
			return new CarrierReading.Read(found);
		}
		catch (UnreadableFile ex) {
			return new CarrierReading.Unreadable(ex.getMessage());
		}
	}

	@Override
	public byte[] write(byte[] file, AigcLabel label) {
		List<Segment> segments = segments(file);
		byte[] packet = Xmp.packet(label.toJson()).getBytes(StandardCharsets.UTF_8);
		int length = 2 + XMP_HEADER.length + packet.length;
		if (length > 0xFFFF) {
			throw new IllegalArgumentException("The label's XMP packet does not fit one APP1 segment");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + length + 2);
		out.write(0xFF);
		out.write(0xD8);
		boolean written = false;
		for (Segment segment : segments) {
			if (!written && segment.marker() != APP0) {
				out.write(0xFF);
				out.write(APP1);
				out.write(length >> 8);
				out.write(length & 0xFF);
				out.writeBytes(XMP_HEADER);
				out.writeBytes(packet);
				written = true;
			}
			if (!segment.isXmp(file)) {
				out.write(file, segment.start(), segment.end() - segment.start());
			}
		}
		Segment last = segments.get(segments.size() - 1);
		out.write(file, last.end(), file.length - last.end());
		return out.toByteArray();
	}

	@Override
	public byte[] signedContent(byte[] file) {
		List<Segment> segments = segments(file);
		ByteArrayOutputStream out = new ByteArrayOutputStream(file.length);
		out.write(0xFF);
		out.write(0xD8);
		for (Segment segment : segments) {
			if (!segment.isXmp(file)) {
				out.write(file, segment.start(), segment.end() - segment.start());
			}
		}
		Segment last = segments.get(segments.size() - 1);
		out.write(file, last.end(), file.length - last.end());
		return out.toByteArray();
	}

	/** Width and height from the frame header, without decoding anything. */
	static int[] dimensions(byte[] file) {
		for (Segment segment : segments(file)) {
			int marker = segment.marker();
			boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
			if (frame) {
				if (segment.end() - segment.dataStart() < 5) {
					throw new UnreadableFile("corrupt JPEG: the frame header is too short");
				}
				int at = segment.dataStart() + 1;
				int height = ((file[at] & 0xFF) << 8) | (file[at + 1] & 0xFF);
				int width = ((file[at + 2] & 0xFF) << 8) | (file[at + 3] & 0xFF);
				return new int[] { width, height };
			}
		}
		throw new UnreadableFile("corrupt JPEG: no frame header before the scan");
	}

	/** The segments from after SOI up to and including SOS. */
	private static List<Segment> segments(byte[] file) {
		if (file.length < 4 || (file[0] & 0xFF) != 0xFF || (file[1] & 0xFF) != 0xD8) {
			throw new UnreadableFile("not a JPEG: SOI is missing");
		}
		List<Segment> segments = new ArrayList<>();
		int at = 2;
		while (true) {
			if (at + 4 > file.length) {
				throw new UnreadableFile("truncated JPEG: it ends before the start of scan, at byte " + at);
			}
			if ((file[at] & 0xFF) != 0xFF) {
				throw new UnreadableFile("corrupt JPEG: no marker at byte " + at);
			}
			int marker = file[at + 1] & 0xFF;
			if (marker == 0xFF) {
				at++;
				continue;
			}
			int length = ((file[at + 2] & 0xFF) << 8) | (file[at + 3] & 0xFF);
			if (length < 2 || at + 2 + length > file.length) {
				throw new UnreadableFile("truncated JPEG: the segment 0xFF" + Integer.toHexString(marker).toUpperCase()
						+ " at byte " + at + " runs past the end");
			}
			Segment segment = new Segment(at, marker, at + 2 + length);
			segments.add(segment);
			at = segment.end();
			if (marker == SOS) {
				if (!endsImage(file, at)) {
					throw new UnreadableFile("truncated JPEG: the image data has no end-of-image marker");
				}
				return segments;
			}
		}
	}

	private static boolean endsImage(byte[] file, int scan) {
		for (int i = file.length - 2; i >= scan; i--) {
			if ((file[i] & 0xFF) == 0xFF && (file[i + 1] & 0xFF) == 0xD9) {
				return true;
			}
		}
		return false;
	}

	private record Segment(int start, int marker, int end) {

		int dataStart() {
			return this.start + 4;
		}

		boolean isXmp(byte[] file) {
			return this.marker == APP1 && this.end - dataStart() >= XMP_HEADER.length && Arrays.equals(file,
					dataStart(), dataStart() + XMP_HEADER.length, XMP_HEADER, 0, XMP_HEADER.length);
		}

	}

}
