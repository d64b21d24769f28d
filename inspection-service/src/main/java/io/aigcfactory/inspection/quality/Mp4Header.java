package io.aigcfactory.inspection.quality;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * What an MP4 file's boxes say about it, read without decoding: the movie's duration
 * ({@code moov/mvhd}) and the first visual track's frame size ({@code moov/trak/tkhd}).
 *
 * @param durationMillis the movie's duration
 * @param width the video track's width in pixels
 * @param height the video track's height in pixels
 */
record Mp4Header(long durationMillis, int width, int height) {

	/** The header of an MP4 file, or empty when it is not one this reader understands. */
	static Optional<Mp4Header> read(byte[] file) {
		try {
			ByteBuffer moov = child(ByteBuffer.wrap(file), "moov");
			if (moov == null) {
				return Optional.empty();
			}
			ByteBuffer mvhd = child(moov.duplicate(), "mvhd");
			if (mvhd == null) {
				return Optional.empty();
			}
			long duration = duration(mvhd);
			ByteBuffer boxes = moov.duplicate();
			ByteBuffer trak;
			while ((trak = child(boxes, "trak")) != null) {
				ByteBuffer tkhd = child(trak, "tkhd");
				if (tkhd != null) {
					int[] size = size(tkhd);
					if (size[0] > 0 && size[1] > 0) {
						return Optional.of(new Mp4Header(duration, size[0], size[1]));
					}
				}
			}
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The payload of the next box of a type among the boxes from the buffer's position,
	 * leaving the position after it.
	 */
	private static ByteBuffer child(ByteBuffer boxes, String type) {
		while (boxes.remaining() >= 8) {
			int start = boxes.position();
			long size = Integer.toUnsignedLong(boxes.getInt());
			byte[] name = new byte[4];
			boxes.get(name);
			int header = 8;
			if (size == 1) {
				size = boxes.getLong();
				header = 16;
			}
			else if (size == 0) {
				size = boxes.limit() - start;
			}
			if (size < header || start + size > boxes.limit()) {
				return null;
			}
			int end = (int) (start + size);
			boxes.position(end);
			if (new String(name, java.nio.charset.StandardCharsets.ISO_8859_1).equals(type)) {
				return boxes.duplicate().position(start + header).limit(end).slice();
			}
		}
		return null;
	}

	private static long duration(ByteBuffer mvhd) {
		int version = mvhd.get(0);
		long timescale;
		long duration;
		if (version == 1) {
			timescale = Integer.toUnsignedLong(mvhd.getInt(20));
			duration = mvhd.getLong(24);
		}
		else {
			timescale = Integer.toUnsignedLong(mvhd.getInt(12));
			duration = Integer.toUnsignedLong(mvhd.getInt(16));
		}
		return (timescale > 0) ? duration * 1000 / timescale : -1;
	}

	/** Width and height, 16.16 fixed point, at the end of the track header. */
	private static int[] size(ByteBuffer tkhd) {
		int offset = (tkhd.get(0) == 1) ? 88 : 76;
		return new int[] { tkhd.getInt(offset) >>> 16, tkhd.getInt(offset + 4) >>> 16 };
	}

}
