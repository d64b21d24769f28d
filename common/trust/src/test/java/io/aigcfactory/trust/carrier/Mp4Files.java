package io.aigcfactory.trust.carrier;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Small MP4 files made box by box for the tests: {@code ftyp}, a {@code moov} with one
 * track whose chunk offset table points into {@code mdat}, and the {@code mdat} holding a
 * marker at the offset, in either order.
 */
final class Mp4Files {

	static final byte[] SAMPLE = "SAMPLE-DATA-0123456789".getBytes(StandardCharsets.US_ASCII);

	private Mp4Files() {
	}

	static byte[] mp4(boolean moovFirst) {
		byte[] ftyp = box("ftyp", concat(ascii("isom"), ints(512), ascii("isomiso2mp41")));
		byte[] mdat = box("mdat", SAMPLE);
		byte[] moovAt0 = moov(0);
		int mdatPayload = moovFirst ? ftyp.length + moovAt0.length + 8 : ftyp.length + 8;
		byte[] moov = moov(mdatPayload);
		return moovFirst ? concat(ftyp, moov, mdat) : concat(ftyp, mdat, moov);
	}

	/** The offset the file's one chunk offset points at. */
	static int chunkOffset(byte[] file) {
		int at = indexOf(file, ascii("stco"));
		return ByteBuffer.wrap(file, at + 12, 4).getInt();
	}

	private static byte[] moov(int chunkOffset) {
		byte[] mvhd = box("mvhd", concat(ints(0, 0, 0, 1000, 1000, 0x00010000), new byte[] { 1, 0 }, new byte[10],
				ints(0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000), new byte[24], ints(2)));
		byte[] tkhd = box("tkhd", concat(ints(3, 0, 0, 1, 0, 1000), new byte[8], new byte[8],
				ints(0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000), ints(16 << 16, 16 << 16)));
		byte[] mdhd = box("mdhd", concat(ints(0, 0, 0, 1000, 1000), new byte[] { 0x55, (byte) 0xC4, 0, 0 }));
		byte[] hdlr = box("hdlr", concat(ints(0, 0), ascii("vide"), ints(0, 0, 0), ascii("Video\0")));
		byte[] stco = box("stco", concat(ints(0, 1, chunkOffset)));
		byte[] stsz = box("stsz", ints(0, SAMPLE.length, 1));
		byte[] stsc = box("stsc", ints(0, 1, 1, 1, 1));
		byte[] stts = box("stts", ints(0, 1, 1, 1000));
		byte[] stbl = box("stbl", concat(stts, stsc, stsz, stco));
		byte[] minf = box("minf", stbl);
		byte[] mdia = box("mdia", concat(mdhd, hdlr, minf));
		byte[] trak = box("trak", concat(tkhd, mdia));
		return box("moov", concat(mvhd, trak));
	}

	static byte[] box(String type, byte[] payload) {
		return concat(ints(8 + payload.length), ascii(type), payload);
	}

	static byte[] ints(int... values) {
		ByteBuffer buffer = ByteBuffer.allocate(values.length * 4);
		for (int value : values) {
			buffer.putInt(value);
		}
		return buffer.array();
	}

	static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	static int indexOf(byte[] file, byte[] needle) {
		outer: for (int i = 0; i <= file.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (file[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
