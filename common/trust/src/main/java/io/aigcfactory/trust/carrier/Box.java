package io.aigcfactory.trust.carrier;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One ISO BMFF box: either a view of a parsed file's bytes, or built in memory (a leaf
 * with its payload, or a container with its children). Parsing checks that every box fits
 * its parent.
 */
final class Box {

	private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia", "minf", "stbl", "udta", "edts", "dinf",
			"ilst");

	private final String type;

	private final byte[] file;

	private final int start;

	private final int headerLength;

	private final long size;

	private final @Nullable List<Box> built;

	private Box(String type, byte[] file, int start, int headerLength, long size, @Nullable List<Box> built) {
		this.type = type;
		this.file = file;
		this.start = start;
		this.headerLength = headerLength;
		this.size = size;
		this.built = built;
	}

	static Box leaf(String type, byte[] payload) {
		byte[] bytes = new byte[8 + payload.length];
		ByteBuffer.wrap(bytes).putInt(bytes.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(payload);
		return new Box(type, bytes, 0, 8, bytes.length, null);
	}

	static Box container(String type, List<Box> children) {
		long size = 8 + children.stream().mapToLong(Box::size).sum();
		return new Box(type, new byte[0], 0, 8, size, List.copyOf(children));
	}

	static List<Box> parse(byte[] file, int from, int to) {
		List<Box> boxes = new java.util.ArrayList<>();
		int at = from;
		while (at < to) {
			if (at + 8 > to) {
				throw new UnreadableFile("truncated MP4: a box header at byte " + at + " runs past its parent");
			}
			long size = ByteBuffer.wrap(file, at, 4).getInt() & 0xFFFFFFFFL;
			String type = new String(file, at + 4, 4, StandardCharsets.ISO_8859_1);
			int header = 8;
			if (size == 1) {
				if (at + 16 > to) {
					throw new UnreadableFile("truncated MP4: the " + type + " box's size runs past its parent");
				}
				size = ByteBuffer.wrap(file, at + 8, 8).getLong();
				header = 16;
			}
			else if (size == 0) {
				size = to - at;
			}
			if (size < header || size > to - at) {
				throw new UnreadableFile("truncated MP4: the " + type + " box at byte " + at + " runs past its parent");
			}
			boxes.add(new Box(type, file, at, header, size, null));
			at += (int) size;
		}
		return boxes;
	}

	String type() {
		return this.type;
	}

	byte[] file() {
		return this.file;
	}

	int start() {
		return this.start;
	}

	long size() {
		return this.size;
	}

	int payloadStart() {
		return this.start + this.headerLength;
	}

	int payloadLength() {
		return (int) (this.size - this.headerLength);
	}

	byte[] payload() {
		return Arrays.copyOfRange(this.file, payloadStart(), payloadStart() + payloadLength());
	}

	List<Box> children() {
		if (this.built != null) {
			return this.built;
		}
		if (!CONTAINERS.contains(this.type)) {
			return List.of();
		}
		return parse(this.file, payloadStart(), payloadStart() + payloadLength());
	}

	List<Box> children(String childType) {
		return children().stream().filter((box) -> box.type().equals(childType)).toList();
	}

	@Nullable Box child(String childType) {
		List<Box> found = children(childType);
		return found.isEmpty() ? null : found.get(0);
	}

	/**
	 * A child of a {@code meta} box. ISO BMFF makes {@code meta} a full box (four bytes
	 * of version and flags before its children), QuickTime does not; both are read.
	 */
	@Nullable Box metaChild(String childType) {
		int payload = payloadStart();
		int end = payload + payloadLength();
		boolean full = payloadLength() >= 12
				&& !"hdlr".equals(new String(this.file, payload + 4, 4, StandardCharsets.ISO_8859_1));
		List<Box> children = parse(this.file, full ? payload + 4 : payload, end);
		return children.stream().filter((box) -> box.type().equals(childType)).findFirst().orElse(null);
	}

	void writeTo(ByteArrayOutputStream out) {
		if (this.built == null) {
			out.write(this.file, this.start, (int) this.size);
			return;
		}
		out.writeBytes(ByteBuffer.allocate(8)
			.putInt((int) this.size)
			.put(this.type.getBytes(StandardCharsets.ISO_8859_1))
			.array());
		this.built.forEach((child) -> child.writeTo(out));
	}

}
