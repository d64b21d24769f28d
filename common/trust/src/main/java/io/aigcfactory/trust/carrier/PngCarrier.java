package io.aigcfactory.trust.carrier;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import io.aigcfactory.trust.carrier.CarrierReading.LabelOccurrence;
import io.aigcfactory.trust.label.AigcLabel;

/**
 * The label in a PNG: a {@code tEXt} chunk with keyword {@code AIGC} holding the bare
 * JSON, and the XMP packet ({@code iTXt}, keyword {@code XML:com.adobe.xmp}) holding it
 * under the TC260 namespace, both right after {@code IHDR}. Reading also finds
 * {@code zTXt} and {@code iTXt} chunks with keyword {@code AIGC}. Every chunk's length
 * and CRC are checked; a file that does not end in {@code IEND} is truncated.
 */
public final class PngCarrier implements LabelCarrier {

	static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final String XMP_KEYWORD = "XML:com.adobe.xmp";

	private static final int MAX_INFLATED = 1 << 20;

	@Override
	public String format() {
		return "PNG";
	}

	@Override
	public boolean recognises(byte[] file) {
		return file.length >= 8 && Arrays.equals(file, 0, 8, SIGNATURE, 0, 8);
	}

	@Override
	public CarrierReading read(byte[] file) {
		try {
			List<LabelOccurrence> found = new ArrayList<>();
			for (Chunk chunk : chunks(file)) {
				found.addAll(labels(chunk));
			}
			return new CarrierReading.Read(found);
		}
		catch (UnreadableFile ex) {
			return new CarrierReading.Unreadable(ex.getMessage());
		}
	}

	@Override
	public byte[] write(byte[] file, AigcLabel label) {
		List<Chunk> chunks = chunks(file);
		ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + 1024);
		out.writeBytes(SIGNATURE);
		for (Chunk chunk : chunks) {
			if (isLabel(chunk)) {
				continue;
			}
			out.write(file, chunk.start(), chunk.end() - chunk.start());
			if (chunk.type().equals("IHDR")) {
				String json = label.toJson();
				writeChunk(out, "tEXt", concat(latin1("AIGC"), new byte[] { 0 }, latin1(json)));
				writeChunk(out, "iTXt", concat(latin1(XMP_KEYWORD), new byte[] { 0, 0, 0, 0, 0 },
						Xmp.packet(json).getBytes(StandardCharsets.UTF_8)));
			}
		}
		return out.toByteArray();
	}

	@Override
	public byte[] signedContent(byte[] file) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(file.length);
		out.writeBytes(SIGNATURE);
		for (Chunk chunk : chunks(file)) {
			if (!isLabel(chunk)) {
				out.write(file, chunk.start(), chunk.end() - chunk.start());
			}
		}
		return out.toByteArray();
	}

	/** Width and height from {@code IHDR}, without decoding anything. */
	static int[] dimensions(byte[] file) {
		List<Chunk> chunks = chunks(file);
		Chunk header = chunks.get(0);
		ByteBuffer data = ByteBuffer.wrap(file, header.dataStart(), header.length());
		return new int[] { data.getInt(), data.getInt() };
	}

	private static boolean isLabel(Chunk chunk) {
		return switch (chunk.type()) {
			case "tEXt", "zTXt", "iTXt" ->
				chunk.keyword().equals("AIGC") || (chunk.keyword().equals(XMP_KEYWORD) && chunk.type().equals("iTXt"));
			default -> false;
		};
	}

	private static List<LabelOccurrence> labels(Chunk chunk) {
		if (!isLabel(chunk)) {
			return List.of();
		}
		String place = "PNG " + chunk.type() + " " + chunk.keyword();
		String text = chunk.text();
		if (chunk.keyword().equals(XMP_KEYWORD)) {
			return Xmp.labels(text)
				.stream()
				.map((json) -> new LabelOccurrence("PNG iTXt XMP TC260:AIGC", json))
				.toList();
		}
		return List.of(new LabelOccurrence(place, text));
	}

	static List<Chunk> chunks(byte[] file) {
		if (file.length < 8 || !Arrays.equals(file, 0, 8, SIGNATURE, 0, 8)) {
			throw new UnreadableFile("not a PNG: the signature is missing");
		}
		List<Chunk> chunks = new ArrayList<>();
		int at = 8;
		while (true) {
			if (at + 12 > file.length) {
				throw new UnreadableFile("truncated PNG: it ends before IEND, at byte " + at);
			}
			long length = ByteBuffer.wrap(file, at, 4).getInt() & 0xFFFFFFFFL;
			String type = new String(file, at + 4, 4, StandardCharsets.ISO_8859_1);
			if (length > file.length - at - 12L) {
				throw new UnreadableFile("truncated PNG: the " + type + " chunk at byte " + at + " runs past the end");
			}
			Chunk chunk = new Chunk(file, at, type, (int) length);
			CRC32 crc = new CRC32();
			crc.update(file, at + 4, (int) length + 4);
			if ((int) crc.getValue() != ByteBuffer.wrap(file, chunk.end() - 4, 4).getInt()) {
				throw new UnreadableFile(
						"corrupt PNG: the CRC of the " + type + " chunk at byte " + at + " does not match");
			}
			if (chunks.isEmpty() && !type.equals("IHDR")) {
				throw new UnreadableFile("corrupt PNG: the first chunk is " + type + ", not IHDR");
			}
			chunks.add(chunk);
			at = chunk.end();
			if (type.equals("IEND")) {
				return chunks;
			}
		}
	}

	private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] typeBytes = latin1(type);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	private static byte[] latin1(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	record Chunk(byte[] file, int start, String type, int length) {

		int dataStart() {
			return this.start + 8;
		}

		int end() {
			return this.start + 12 + this.length;
		}

		String keyword() {
			int zero = zero(dataStart());
			return (zero < 0) ? ""
					: new String(this.file, dataStart(), zero - dataStart(), StandardCharsets.ISO_8859_1);
		}

		/** The text of a {@code tEXt}, {@code zTXt} or {@code iTXt} chunk. */
		String text() {
			int zero = zero(dataStart());
			int dataEnd = dataStart() + this.length;
			return switch (this.type) {
				case "tEXt" -> new String(this.file, zero + 1, dataEnd - zero - 1, StandardCharsets.ISO_8859_1);
				case "zTXt" -> new String(inflate(zero + 2, dataEnd), StandardCharsets.ISO_8859_1);
				default -> international(zero, dataEnd);
			};
		}

		private String international(int keywordEnd, int dataEnd) {
			if (keywordEnd + 3 > dataEnd) {
				throw new UnreadableFile("corrupt PNG: an iTXt chunk is too short");
			}
			boolean compressed = this.file[keywordEnd + 1] != 0;
			int language = zero(keywordEnd + 3);
			int translated = (language < 0) ? -1 : zero(language + 1);
			if (translated < 0) {
				throw new UnreadableFile("corrupt PNG: an iTXt chunk lacks its language fields");
			}
			byte[] text = compressed ? inflate(translated + 1, dataEnd)
					: Arrays.copyOfRange(this.file, translated + 1, dataEnd);
			return new String(text, StandardCharsets.UTF_8);
		}

		private int zero(int from) {
			for (int i = from; i < dataStart() + this.length; i++) {
				if (this.file[i] == 0) {
					return i;
				}
			}
			return -1;
		}

		private byte[] inflate(int from, int to) {
			Inflater inflater = new Inflater();
			try {
				inflater.setInput(this.file, from, Math.max(0, to - from));
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				byte[] buffer = new byte[8192];
				while (!inflater.finished()) {
					int n = inflater.inflate(buffer);
					if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
						throw new UnreadableFile("corrupt PNG: a compressed text chunk is truncated");
					}
					out.write(buffer, 0, n);
					if (out.size() > MAX_INFLATED) {
						throw new UnreadableFile("a compressed text chunk inflates past 1 MB");
					}
				}
				return out.toByteArray();
			}
			catch (DataFormatException ex) {
				throw new UnreadableFile("corrupt PNG: a compressed text chunk does not inflate");
			}
			finally {
				inflater.end();
			}
		}

	}

}
