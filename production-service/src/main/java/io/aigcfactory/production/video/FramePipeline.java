package io.aigcfactory.production.video;

import java.awt.image.BufferedImage;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Draws frames on a thread of its own while the caller encodes the ones before, through a
 * few reused images: Java2D and the H.264 encoder then share two cores instead of taking
 * turns on one.
 */
final class FramePipeline implements AutoCloseable {

	private static final int BUFFERS = 3;

	private final BlockingQueue<BufferedImage> free = new ArrayBlockingQueue<>(BUFFERS);

	private final BlockingQueue<Object> drawn = new ArrayBlockingQueue<>(BUFFERS);

	private final Thread painter;

	FramePipeline(Mp4Encoder.FramePainter frames, int width, int height, long count, int frameRate) {
		for (int index = 0; index < BUFFERS; index++) {
			this.free.add(new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR));
		}
		this.painter = Thread.ofPlatform().name("video-frames").daemon().start(() -> {
			try {
				for (long index = 0; index < count; index++) {
					BufferedImage frame = this.free.take();
					frames.paint(frame, index * 1000 / frameRate);
					this.drawn.put(frame);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				this.drawn.offer(ex);
			}
		});
	}

	/** The next drawn frame, in order. */
	BufferedImage next() {
		try {
			Object next = this.drawn.take();
			if (next instanceof RuntimeException failure) {
				throw failure;
			}
			return (BufferedImage) next;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a frame", ex);
		}
	}

	/** Hands a frame back once it is encoded, to be drawn over. */
	void release(BufferedImage frame) {
		this.free.add(frame);
	}

	@Override
	public void close() {
		this.painter.interrupt();
	}

}
