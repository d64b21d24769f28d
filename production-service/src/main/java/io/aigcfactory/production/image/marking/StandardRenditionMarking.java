package io.aigcfactory.production.image.marking;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.aigcfactory.glyphs.Glyphs;
import io.aigcfactory.platform.channel.ChannelProfile;
import io.aigcfactory.platform.channel.ChannelProfiles;
import io.aigcfactory.platform.channel.ChannelProfile.ImageFormat;
import io.aigcfactory.production.image.DrawnImage;
import io.aigcfactory.production.image.ImageEncoding;
import io.aigcfactory.production.image.RenderedImage;
import io.aigcfactory.production.image.RenditionMarking;
import io.aigcfactory.production.image.marking.MarkingSettings.ChannelMarks;
import io.aigcfactory.production.image.marking.MarkingSettings.Corner;
import io.aigcfactory.production.image.marking.MarkingSettings.ImageMark;
import io.aigcfactory.trust.boot.TrustSettings;
import io.aigcfactory.trust.carrier.Labels;
import io.aigcfactory.trust.label.AigcLabel;
import io.aigcfactory.trust.watermark.WatermarkPayload;
import io.aigcfactory.trust.watermark.Watermarker;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks images in three layers, in this order: the visible mark (drawn over the rendered
 * pixels, clear of the keep-out areas), the watermark (over everything, the mark
 * included), and the implicit label, signed over the encoded file. Videos get the same
 * visible mark on their opening frames, in a corner their channels' profiles leave free
 * and at least as high as the profiles ask, and the watermark on every frame. Labels name
 * the deployment's producer code and the asset id as {@code ProduceID}; the propagator
 * fields start as the producer's, until distribution writes its own per channel.
 */
@Component
@EnableConfigurationProperties(MarkingSettings.class)
class StandardRenditionMarking implements RenditionMarking {

	private static final Pattern BODY = Pattern.compile("<body(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);

	/** A SubRip cue's timing line, e.g. {@code 00:00:00,000 --> 00:00:02,500}. */
	private static final Pattern CUE_TIMING = Pattern
		.compile("\\d{2}:\\d{2}:\\d{2},\\d{3} --> \\d{2}:\\d{2}:\\d{2},\\d{3}[^\\n]*\\r?\\n");

	private final MarkingSettings settings;

	private final TrustSettings trust;

	private final Labels labels;

	private final Watermarker watermarker;

	private final VisibleMark visible;

	private final ChannelProfiles profiles;

	StandardRenditionMarking(MarkingSettings settings, TrustSettings trust, Labels labels, Watermarker watermarker,
			ChannelProfiles profiles) {
		this.settings = settings;
		this.profiles = profiles;
		this.trust = trust;
		this.labels = labels;
		this.watermarker = watermarker;
		this.visible = new VisibleMark(Glyphs.bundled().bold());
	}

	@Override
	public RenderedImage image(DrawnImage drawn, ImageFormat format, MarkingSubject subject, long maxBytes) {
		ChannelMarks marks = this.settings.forChannels(subject.channels());
		BufferedImage image = rgbCopy(drawn.pixels());
		this.visible.draw(image, marks.image(), drawn.keepOut());
		BufferedImage marked = this.watermarker.embed(image,
				WatermarkPayload.of(subject.tenantId(), subject.assetId()));
		AigcLabel label = label(subject);
		return RenderedImage.of(drawn, format,
				ImageEncoding.encode(marked, format, maxBytes, (encoded) -> this.labels.stamp(encoded, label)));
	}

	@Override
	public MarkedText text(byte[] text, MarkingSubject subject) {
		MarkingSettings.TextMark mark = this.settings.forChannels(subject.channels()).text();
		String body = new String(text, StandardCharsets.UTF_8);
		String trailing = body.endsWith("\n") ? "\n" : "";
		String labelled = mark.prefix() + body.substring(0, body.length() - trailing.length()) + mark.suffix()
				+ trailing;
		byte[] bytes = labelled.getBytes(StandardCharsets.UTF_8);
		return new MarkedText(bytes, this.labels.sidecar(bytes, label(subject)));
	}

	@Override
	public MarkedText subtitles(byte[] srt, MarkingSubject subject) {
		MarkingSettings.TextMark mark = this.settings.forChannels(subject.channels()).text();
		String cues = new String(srt, StandardCharsets.UTF_8);
		Matcher timing = CUE_TIMING.matcher(cues);
		if (!timing.find()) {
			throw new IllegalArgumentException("The subtitles have no cue to carry the AI-generated label");
		}
		String labelled = cues.substring(0, timing.end()) + (mark.prefix() + mark.suffix()).strip() + "\n"
				+ cues.substring(timing.end());
		byte[] bytes = labelled.getBytes(StandardCharsets.UTF_8);
		return new MarkedText(bytes, this.labels.sidecar(bytes, label(subject)));
	}

	@Override
	public byte[] page(byte[] html, MarkingSubject subject) {
		MarkingSettings.TextMark mark = this.settings.forChannels(subject.channels()).text();
		String page = new String(html, StandardCharsets.UTF_8);
		Matcher body = BODY.matcher(page);
		if (!body.find()) {
			throw new IllegalArgumentException("The page has no body to carry the AI-generated label");
		}
		String note = "\n<p class=\"aigc-label\" role=\"note\">"
				+ HtmlUtils.htmlEscape((mark.prefix() + mark.suffix()).strip(), "UTF-8") + "</p>";
		String labelled = page.substring(0, body.end()) + note + page.substring(body.end());
		return this.labels.stamp(labelled.getBytes(StandardCharsets.UTF_8), label(subject));
	}

	@Override
	public byte[] file(byte[] file, MarkingSubject subject) {
		return this.labels.stamp(file, label(subject));
	}

	@Override
	public FrameMarks frames(MarkingSubject subject, int width, int height, List<Rectangle> keepOut) {
		ChannelMarks marks = this.settings.forChannels(subject.channels());
		List<ChannelProfile.AiLabel> rules = subject.channels()
			.stream()
			.flatMap((channel) -> this.profiles.of(channel).stream())
			.map(ChannelProfile::aiLabel)
			.toList();
		ImageMark mark = marks.image();
		double least = rules.stream().mapToDouble(ChannelProfile.AiLabel::minTextHeight).max().orElse(0);
		if (least > mark.height()) {
			mark = new ImageMark(mark.text(), mark.position(), least, mark.colour(), mark.background());
		}
		VisibleMark.Placed placed = this.visible.place(width, height, mark, keepOut, corners(mark.position(), rules));
		return new OpeningFrameMarks(placed, marks.video().opening().toMillis(),
				this.watermarker.frames(WatermarkPayload.of(subject.tenantId(), subject.assetId()), width, height));
	}

	/**
	 * The corners every channel's profile leaves free, in the first profile's order with
	 * the configured corner first when it is one of them; then the others, clockwise from
	 * the configured one.
	 */
	static List<Corner> corners(Corner configured, List<ChannelProfile.AiLabel> rules) {
		List<Corner> free = new ArrayList<>();
		if (!rules.isEmpty()) {
			for (ChannelProfile.Corner corner : rules.get(0).corners()) {
				Corner mine = Corner.valueOf(corner.name());
				if (rules.stream().allMatch((rule) -> rule.corners().contains(corner)) && !free.contains(mine)) {
					free.add(mine);
				}
			}
		}
		if (free.remove(configured)) {
			free.addFirst(configured);
		}
		List<Corner> order = new ArrayList<>(free);
		VisibleMark.clockwise(configured).stream().filter((corner) -> !order.contains(corner)).forEach(order::add);
		return order;
	}

	private AigcLabel label(MarkingSubject subject) {
		return AigcLabel.generated(this.trust.producer(), subject.assetId());
	}

	/** The pixels as opaque RGB, in an image of their own that the marks are drawn on. */
	private static BufferedImage rgbCopy(BufferedImage pixels) {
		BufferedImage rgb = new BufferedImage(pixels.getWidth(), pixels.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = rgb.createGraphics();
		try {
			graphics.drawImage(pixels, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return rgb;
	}

}
