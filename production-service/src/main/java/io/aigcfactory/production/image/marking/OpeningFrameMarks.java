package io.aigcfactory.production.image.marking;

import java.awt.image.BufferedImage;

import io.aigcfactory.production.image.RenditionMarking.FrameMarks;
import io.aigcfactory.trust.watermark.FrameWatermarker;

/**
 * A video's marks: the visible mark, placed once, painted on every frame before
 * {@code openingMillis}, then the watermark over every frame, the mark included (as on
 * images).
 */
final class OpeningFrameMarks implements FrameMarks {

	private final VisibleMark.Placed visible;

	private final long openingMillis;

	private final FrameWatermarker watermark;

	OpeningFrameMarks(VisibleMark.Placed visible, long openingMillis, FrameWatermarker watermark) {
		this.visible = visible;
		this.openingMillis = openingMillis;
		this.watermark = watermark;
	}

	@Override
	public void mark(BufferedImage frame, long millis) {
		if (millis < this.openingMillis) {
			this.visible.paint(frame);
		}
		this.watermark.embed(frame);
	}

}
