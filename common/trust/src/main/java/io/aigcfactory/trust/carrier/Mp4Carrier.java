package io.aigcfactory.trust.carrier;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.aigcfactory.trust.carrier.CarrierReading.LabelOccurrence;
import io.aigcfactory.trust.label.AigcLabel;

/**
 * The label in an MP4 (ISO BMFF / QuickTime): {@code moov/udta/meta} with an {@code mdta}
 * handler, a {@code keys} box holding the key {@code AIGC}, and an {@code ilst} item with
 * the JSON as UTF-8 {@code data}, the layout {@code ffmpeg -movflags use_metadata_tags}
 * writes and TC260's guide names. Writing replaces any {@code mdta} metadata in
 * {@code udta}; when {@code moov} comes before the media data, every chunk offset
 * ({@code stco}, {@code co64}) is moved by the size {@code moov} gained. A signature
 * covers the media data ({@code mdat} payloads), which writing never changes.
 */
public final class Mp4Carrier implements LabelCarrier {

	private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia", "minf", "stbl", "udta", "edts",
			"dinf");

	@Override
	public String format() {
		return "MP4";
	}

	@Override
	public boolean recognises(byte[] file) {
		return file.length >= 12 && "ftyp".equals(new String(file, 4, 4, StandardCharsets.ISO_8859_1));
	}

	@Override
	public CarrierReading read(byte[] file) {
		try {
			List<LabelOccurrence> found = new ArrayList<>();
			Box moov = moov(Box.parse(file, 0, file.length));
			Box udta = moov.child("udta");
			if (udta != null) {
				for (Box meta : udta.children("meta")) {
					MdtaMetadata.labels(meta)
						.forEach((json) -> found.add(new LabelOccurrence("MP4 moov/udta/meta AIGC", json)));
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
		List<Box> top = Box.parse(file, 0, file.length);
		Box moov = moov(top);
		Box udta = moov.child("udta");
		List<Box> udtaChildren = new ArrayList<>();
		if (udta != null) {
			udta.children().stream().filter((box) -> !MdtaMetadata.isMdta(box)).forEach(udtaChildren::add);
		}
		udtaChildren.add(MdtaMetadata.box("AIGC", label.toJson()));
		List<Box> moovChildren = new ArrayList<>(
				moov.children().stream().filter((box) -> !box.type().equals("udta")).toList());
		moovChildren.add(Box.container("udta", udtaChildren));
		Box labelled = Box.container("moov", moovChildren);
		long delta = labelled.size() - moov.size();
		boolean moovFirst = top.indexOf(moov) < indexOfMdat(top);
		if (moovFirst && delta != 0) {
			labelled = ChunkOffsets.moved(labelled, delta);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream((int) (file.length + delta));
		for (Box box : top) {
			(box == moov ? labelled : box).writeTo(out);
		}
		return out.toByteArray();
	}

	@Override
	public byte[] signedContent(byte[] file) {
		List<Box> top = Box.parse(file, 0, file.length);
		moov(top);
		ByteArrayOutputStream out = new ByteArrayOutputStream(file.length);
		for (Box box : top) {
			if (box.type().equals("mdat")) {
				out.write(file, box.payloadStart(), box.payloadLength());
			}
		}
		return out.toByteArray();
	}

	private static Box moov(List<Box> top) {
		List<Box> moovs = top.stream().filter((box) -> box.type().equals("moov")).toList();
		if (moovs.size() != 1) {
			throw new UnreadableFile("corrupt MP4: " + moovs.size() + " moov boxes");
		}
		return moovs.get(0);
	}

	private static int indexOfMdat(List<Box> top) {
		for (int i = 0; i < top.size(); i++) {
			if (top.get(i).type().equals("mdat")) {
				return i;
			}
		}
		return Integer.MAX_VALUE;
	}

	/** The {@code mdta} metadata box: handler, keys, and one item per key. */
	static final class MdtaMetadata {

		private MdtaMetadata() {
		}

		static boolean isMdta(Box box) {
			if (!box.type().equals("meta")) {
				return false;
			}
			Box handler = box.metaChild("hdlr");
			return handler != null && handler.payloadLength() >= 12 && "mdta"
				.equals(new String(handler.file(), handler.payloadStart() + 8, 4, StandardCharsets.ISO_8859_1));
		}

		static Box box(String key, String value) {
			ByteBuffer hdlr = ByteBuffer.allocate(25);
			hdlr.putInt(0)
				.putInt(0)
				.put("mdta".getBytes(StandardCharsets.ISO_8859_1))
				.putInt(0)
				.putInt(0)
				.putInt(0)
				.put((byte) 0);
			byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
			ByteBuffer keys = ByteBuffer.allocate(8 + 8 + keyBytes.length);
			keys.putInt(0)
				.putInt(1)
				.putInt(8 + keyBytes.length)
				.put("mdta".getBytes(StandardCharsets.ISO_8859_1))
				.put(keyBytes);
			byte[] valueBytes = value.getBytes(StandardCharsets.UTF_8);
			ByteBuffer data = ByteBuffer.allocate(8 + valueBytes.length);
			data.putInt(1).putInt(0).put(valueBytes);
			Box item = Box.container(new String(new byte[] { 0, 0, 0, 1 }, StandardCharsets.ISO_8859_1),
					List.of(Box.leaf("data", data.array())));
			Box ilst = Box.container("ilst", List.of(item));
			ByteArrayOutputStream meta = new ByteArrayOutputStream();
			meta.writeBytes(new byte[4]);
			Box.leaf("hdlr", hdlr.array()).writeTo(meta);
			Box.leaf("keys", keys.array()).writeTo(meta);
			ilst.writeTo(meta);
			return Box.leaf("meta", meta.toByteArray());
		}

		/** The values of every key named {@code AIGC} in an {@code mdta} metadata box. */
		static List<String> labels(Box meta) {
			if (!isMdta(meta)) {
				return List.of();
			}
			Box keys = meta.metaChild("keys");
			Box ilst = meta.metaChild("ilst");
			if (keys == null || ilst == null) {
				return List.of();
			}
			List<Integer> indexes = new ArrayList<>();
			ByteBuffer entries = ByteBuffer.wrap(keys.file(), keys.payloadStart(), keys.payloadLength());
			if (entries.remaining() < 8) {
				throw new UnreadableFile("corrupt MP4: the keys box is too short");
			}
			entries.getInt();
			int count = entries.getInt();
			for (int index = 1; index <= count; index++) {
				if (entries.remaining() < 8) {
					throw new UnreadableFile("corrupt MP4: the keys box ends early");
				}
				int size = entries.getInt();
				if (size < 8 || size - 4 > entries.remaining()) {
					throw new UnreadableFile("corrupt MP4: a key runs past its box");
				}
				entries.getInt();
				byte[] name = new byte[size - 8];
				entries.get(name);
				if ("AIGC".equals(new String(name, StandardCharsets.UTF_8))) {
					indexes.add(index);
				}
			}
			List<String> values = new ArrayList<>();
			for (Box item : Box.parse(ilst.file(), ilst.payloadStart(), ilst.payloadStart() + ilst.payloadLength())) {
				int index = ByteBuffer.wrap(item.file(), item.start() + 4, 4).getInt();
				if (indexes.contains(index)) {
					for (Box data : Box.parse(item.file(), item.payloadStart(),
							item.payloadStart() + item.payloadLength())) {
						if (data.type().equals("data") && data.payloadLength() >= 8) {
							values.add(new String(data.file(), data.payloadStart() + 8, data.payloadLength() - 8,
									StandardCharsets.UTF_8));
						}
					}
				}
			}
			return values;
		}

	}

	/**
	 * Moves every chunk offset of a {@code moov} by the bytes inserted before the media
	 * data.
	 */
	static final class ChunkOffsets {

		private ChunkOffsets() {
		}

		static Box moved(Box box, long delta) {
			if (box.type().equals("stco") || box.type().equals("co64")) {
				return offsets(box, delta);
			}
			if (!CONTAINERS.contains(box.type())) {
				return box;
			}
			return Box.container(box.type(), box.children().stream().map((child) -> moved(child, delta)).toList());
		}

		private static Box offsets(Box box, long delta) {
			byte[] payload = box.payload();
			ByteBuffer table = ByteBuffer.wrap(payload);
			if (payload.length < 8) {
				throw new UnreadableFile("corrupt MP4: a chunk offset table is too short");
			}
			table.getInt();
			long count = table.getInt() & 0xFFFFFFFFL;
			boolean wide = box.type().equals("co64");
			if (count * (wide ? 8 : 4) > table.remaining()) {
				throw new UnreadableFile("corrupt MP4: a chunk offset table runs past its box");
			}
			for (int i = 0; i < count; i++) {
				int at = table.position();
				if (wide) {
					table.putLong(at, table.getLong() + delta);
				}
				else {
					long moved = (table.getInt() & 0xFFFFFFFFL) + delta;
					if (moved > 0xFFFFFFFFL) {
						throw new IllegalStateException("A 32-bit chunk offset would overflow");
					}
					table.putInt(at, (int) moved);
				}
			}
			return Box.leaf(box.type(), payload);
		}

	}

}
