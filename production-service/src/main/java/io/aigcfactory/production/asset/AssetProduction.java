package io.aigcfactory.production.asset;

import java.awt.image.BufferedImage;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.BrandKit;
import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RenditionKind;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.channel.ChannelProfile;
import io.aigcfactory.platform.channel.ChannelProfiles;
import io.aigcfactory.platform.messaging.EventPublisher;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.production.brand.BrandCompliance;
import io.aigcfactory.production.brand.BrandLogos;
import io.aigcfactory.production.brand.BrandMusic;
import io.aigcfactory.production.brand.BrandScore;
import io.aigcfactory.platform.channel.ChannelProfile.ImageFormat;
import io.aigcfactory.production.copy.ChannelCopy;
import io.aigcfactory.production.copy.CopyDocument;
import io.aigcfactory.production.detail.DetailPageHtml;
import io.aigcfactory.production.detail.DetailPages;
import io.aigcfactory.production.image.Backdrop;
import io.aigcfactory.production.image.DrawnImage;
import io.aigcfactory.production.image.ImageBrief;
import io.aigcfactory.production.image.ImageRenderer;
import io.aigcfactory.production.image.ImageSpec;
import io.aigcfactory.production.image.OversizeImage;
import io.aigcfactory.production.image.ProductPhotos;
import io.aigcfactory.production.image.RenderedImage;
import io.aigcfactory.production.image.RenditionMarking;
import io.aigcfactory.production.image.RenditionMarking.MarkedText;
import io.aigcfactory.production.image.RenditionMarking.MarkingSubject;
import io.aigcfactory.production.image.SceneGeneration;
import io.aigcfactory.production.image.TextDoesNotFit;
import io.aigcfactory.production.image.UnmarkableImage;
import io.aigcfactory.production.video.PromoVideos;
import io.aigcfactory.production.video.Subtitles;
import io.aigcfactory.production.video.VideoSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Produces an asset from a concept: the copy as a text file (and as each target channel
 * takes it), the main image in every configured size and in every size the target
 * channels' profiles ask for (PNG or JPEG within their byte limits; a size that cannot be
 * made is recorded as that rendition's failure), a detail page with its long image and
 * (on the assets chosen to carry one, see {@link #assignsVideo}) a narrated promo video
 * with subtitles for the channels that take them, showing the product's own photo when it
 * has one, over the concept's generated scene when it has one (in the concept's brand
 * kit, with its logo), stored in the blob store, recorded with the backdrop its images
 * stand on and its brand-compliance score where the concept has a kit, and announced on
 * {@code aigc.asset.v1}. Every file is marked as AI-generated through
 * {@link RenditionMarking} before it is stored: images get the visible mark, the
 * watermark and the signed label; copy its prefix and a {@code .aigc.json} label sidecar;
 * the video's frames the visible mark (opening) and the watermark (all), for the channels
 * that take it; the detail page the copy's label as a note and the signed label; the
 * video file the signed label.
 */
@Service
public class AssetProduction {

	/** The suffix of a text rendition's label sidecar. */
	static final String LABEL_SIDECAR = ".aigc.json";

	private final ImageRenderer images;

	private final SceneGeneration scenes;

	private final BlobStore blobs;

	private final Assets assets;

	private final EventPublisher events;

	private final ProductionSettings settings;

	private final BrandLogos logos;

	private final BrandMusic music;

	private final BrandCompliance compliance;

	private final Clock clock;

	private final ProductPhotos photos;

	private final ChannelProfiles profiles;

	private final DetailPages details;

	private final PromoVideos videos;

	private final VideoSettings videoSettings;

	private final RenditionMarking marking;

	private final VideoCarriers carriers;

	AssetProduction(ImageRenderer images, SceneGeneration scenes, BlobStore blobs, Assets assets, EventPublisher events,
			ProductionSettings settings, BrandLogos logos, BrandCompliance compliance, Clock clock,
			ProductPhotos photos, ChannelProfiles profiles, DetailPages details, PromoVideos videos,
			VideoSettings videoSettings, RenditionMarking marking, BrandMusic music, VideoCarriers carriers) {
		this.marking = marking;
		this.carriers = carriers;
		this.music = music;
		this.photos = photos;
		this.videos = videos;
		this.videoSettings = videoSettings;
		this.details = details;
		this.profiles = profiles;
		this.images = images;
		this.scenes = scenes;
		this.logos = logos;
		this.compliance = compliance;
		this.blobs = blobs;
		this.assets = assets;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Whether a concept's asset is to carry a promo video: its channels take one, videos
	 * are on, and (once per requirement) no asset of its requirement that inspection has
	 * not rejected carries one and no concept of it waits to be made with one. A concept
	 * chosen is recorded as waiting until its asset is recorded or production gives up on
	 * it. A requirement's concepts are consumed in order, one at a time, so two of them
	 * are not both chosen.
	 */
	public boolean assignsVideo(ConceptCreated concept) {
		if (!this.videoSettings.enabled() || videoSlots(this.profiles.of(concept.channels())).isEmpty()) {
			return false;
		}
		if (this.videoSettings.oncePerRequirement()
				&& (this.assets.hasVideo(concept.requirementId()) || this.carriers.waiting(concept.requirementId()))) {
			return false;
		}
		this.carriers.add(concept, Instant.now(this.clock));
		return true;
	}

	/**
	 * Produces the asset of a concept, unless it was produced already. Call it in a
	 * transaction: with the video, it ends the concept's wait for its asset (see
	 * {@link #assignsVideo}), and when it throws because the concept can never be
	 * produced the requirement's next concept may carry the video instead.
	 * @param concept the concept
	 * @param withVideo whether its asset carries the promo video, for the channels that
	 * take one
	 * @throws TextDoesNotFit when not one of its images could be drawn legibly
	 */
	public void produce(ConceptCreated concept, boolean withVideo) {
		if (withVideo) {
			this.carriers.remove(concept.conceptId());
		}
		if (this.assets.producedFrom(concept.conceptId())) {
			return;
		}
		AssetId id = AssetId.next();
		List<Map.Entry<String, ChannelProfile>> channels = this.profiles.of(concept.channels());
		byte[] copy = CopyDocument.render(concept.copy());
		BrandKit brand = concept.brand();
		BufferedImage logo = (brand != null) ? this.logos.logo(brand.logo()) : null;
		Backdrop backdrop = this.scenes.backdrop(concept.scene());
		ImageBrief brief = new ImageBrief(concept.product().summary(), concept.product().price(), concept.copy(),
				concept.angle(), concept.style(), this.photos.mainPhoto(concept.product().images()), backdrop.scene(),
				brand, logo);
		MarkingSubject subject = new MarkingSubject(concept.metadata().tenantId(), id.toString(), concept.channels());
		AssetFiles files = new AssetFiles();
		copy(CopyDocument.NAME, copy, List.of(), subject, files);
		for (Map.Entry<String, ChannelProfile> channel : channels) {
			copy(ChannelCopy.name(channel.getKey()),
					ChannelCopy.render(concept.copy(), concept.product(), channel.getValue()),
					List.of(channel.getKey()), subject, files);
		}
		List<DrawnImage> drawn = images(brief, ImageTarget.plan(this.settings.mainImages(), channels), subject, files);
		detailPage(concept, brief, channels, subject, files);
		AssetNarration narration = withVideo ? video(concept, brief, channels, subject, files) : null;
		BrandScore score = (brand != null) ? this.compliance.score(brand, logo, copy, drawn) : null;
		List<Rendition> renditions = files.store(this.blobs, id);
		Instant now = Instant.now(this.clock);
		this.assets.add(id, concept, renditions, files.failures(), narration, score, backdrop, now);
		this.events.publish(Topics.ASSET,
				new AssetProduced(EventMetadata.now(concept.metadata().tenantId()), concept.requirementId(), id,
						concept.conceptId(), concept.attempt(), concept.angle(), concept.product().summary(),
						concept.copy(), renditions, concept.channels()));
	}

	/** A copy file marked as AI-generated, and its label sidecar. */
	private void copy(String name, byte[] text, List<String> takers, MarkingSubject subject, AssetFiles files) {
		MarkedText marked = this.marking.text(text, subject);
		files.add(RenditionKind.COPY, name, marked.text(), CopyDocument.MEDIA_TYPE, 0, 0, 0, takers);
		files.add(RenditionKind.LABEL, name + LABEL_SIDECAR, marked.sidecar(), "application/json", 0, 0, 0, takers);
	}

	/**
	 * The detail page and its long image, once at the width the channels that take one
	 * ask for (the narrowest, where they differ), within the strictest byte limit.
	 */
	private void detailPage(ConceptCreated concept, ImageBrief brief, List<Map.Entry<String, ChannelProfile>> channels,
			MarkingSubject subject, AssetFiles files) {
		List<Map.Entry<String, ChannelProfile.DetailPage>> wanted = channels.stream()
			.filter((channel) -> channel.getValue().detailPage() != null)
			.map((channel) -> Map.entry(channel.getKey(), channel.getValue().detailPage()))
			.toList();
		if (wanted.isEmpty()) {
			return;
		}
		int width = wanted.stream().mapToInt((page) -> page.getValue().width()).min().orElseThrow();
		long maxBytes = wanted.stream().mapToLong((page) -> page.getValue().maxBytes().toBytes()).min().orElseThrow();
		List<String> takers = wanted.stream().map(Map.Entry::getKey).toList();
		String page = DetailPages.pageName(width);
		try {
			DrawnImage hero = this.images.draw(brief, new ImageSpec("detail-hero", width, width));
			DetailPages.DetailPage made = this.details.make(concept, width, hero.pixels(),
					this.settings.mainImages().getFirst().name() + ".png");
			RenderedImage longImage = this.marking.image(
					new DrawnImage(made.longImage(), hero.product(), hero.price(), hero.logo()), ImageFormat.JPEG,
					subject, maxBytes);
			files.add(RenditionKind.DETAIL_PAGE, page, this.marking.page(made.html(), subject),
					DetailPageHtml.MEDIA_TYPE, width, 0, 0, takers);
			files.add(RenditionKind.DETAIL_IMAGE, DetailPages.longImageName(width), longImage.bytes(),
					longImage.mediaType(), longImage.width(), longImage.height(), 0, takers);
		}
		catch (TextDoesNotFit ex) {
			files.failed(page, RenditionFailure.TEXT_DOES_NOT_FIT, ex.getMessage());
		}
		catch (OversizeImage ex) {
			files.failed(DetailPages.longImageName(width), RenditionFailure.OVERSIZE, ex.getMessage());
		}
	}

	/** The video slots of the channels that take a video. */
	private static List<Map.Entry<String, ChannelProfile.VideoSlot>> videoSlots(
			List<Map.Entry<String, ChannelProfile>> channels) {
		return channels.stream()
			.filter((channel) -> channel.getValue().video() != null)
			.map((channel) -> Map.entry(channel.getKey(), channel.getValue().video()))
			.toList();
	}

	/**
	 * The promo video and its subtitles for the channels that take one, within all their
	 * duration bounds.
	 * @return who narrated it, or {@code null} when no video was made
	 */
	private @Nullable AssetNarration video(ConceptCreated concept, ImageBrief brief,
			List<Map.Entry<String, ChannelProfile>> channels, MarkingSubject subject, AssetFiles files) {
		List<Map.Entry<String, ChannelProfile.VideoSlot>> wanted = videoSlots(channels);
		if (wanted.isEmpty() || !this.videoSettings.enabled()) {
			return null;
		}
		ChannelProfile.VideoSlot slot = wanted.getFirst().getValue();
		Duration max = wanted.stream().map((video) -> video.getValue().max()).min(Duration::compareTo).orElseThrow();
		Duration min = wanted.stream().map((video) -> video.getValue().min()).max(Duration::compareTo).orElseThrow();
		List<String> takers = wanted.stream().map(Map.Entry::getKey).toList();
		String name = PromoVideos.videoName(slot.width(), slot.height());
		try {
			List<BufferedImage> pictures = new ArrayList<>();
			pictures.add(this.images.draw(brief, new ImageSpec("video", slot.width(), slot.width())).pixels());
			if (brief.photo() != null) {
				pictures.add(brief.photo());
			}
			MarkingSubject takersSubject = new MarkingSubject(subject.tenantId(), subject.assetId(), takers);
			PromoVideos.PromoVideo video = this.videos.make(concept.product().title(), concept.copy(), pictures,
					slot.width(), slot.height(), (min.compareTo(max) <= 0) ? min : max, max,
					(keepOut) -> this.marking.frames(takersSubject, slot.width(), slot.height(), keepOut)::mark,
					(concept.brand() != null) ? this.music.music(concept.brand().music()) : null);
			files.add(RenditionKind.VIDEO, name, this.marking.file(video.mp4(), subject), PromoVideos.mediaType(),
					slot.width(), slot.height(), video.durationMillis(), takers);
			String subtitles = PromoVideos.subtitlesName(slot.width(), slot.height());
			MarkedText srt = this.marking.subtitles(video.srt(), takersSubject);
			files.add(RenditionKind.SUBTITLES, subtitles, srt.text(), Subtitles.MEDIA_TYPE, 0, 0,
					video.durationMillis(), takers);
			files.add(RenditionKind.LABEL, subtitles + LABEL_SIDECAR, srt.sidecar(), "application/json", 0, 0, 0,
					takers);
			return new AssetNarration(video.voice(), video.narrationFallback());
		}
		catch (TextDoesNotFit | UnmarkableImage | UncheckedIOException ex) {
			files.failed(name, RenditionFailure.VIDEO_FAILED, String.valueOf(ex.getMessage()));
			return null;
		}
	}

	/**
	 * Draws every planned image and has it marked and encoded (once); a size that cannot
	 * hold legible text, or a file over its limit, is a failure of that rendition only.
	 * @return the images as drawn, before marking
	 */
	private List<DrawnImage> images(ImageBrief brief, List<ImageTarget> targets, MarkingSubject subject,
			AssetFiles files) {
		List<DrawnImage> drawn = new ArrayList<>();
		TextDoesNotFit unfit = null;
		for (ImageTarget target : targets) {
			try {
				DrawnImage image = this.images.draw(brief, target.spec());
				RenderedImage marked = this.marking.image(image, target.format(), subject, target.maxBytes());
				files.add(RenditionKind.MAIN_IMAGE, target.fileName(), marked.bytes(), marked.mediaType(),
						marked.width(), marked.height(), 0, target.channels());
				drawn.add(image);
			}
			catch (TextDoesNotFit ex) {
				unfit = ex;
				files.failed(target.fileName(), RenditionFailure.TEXT_DOES_NOT_FIT, ex.getMessage());
			}
			catch (OversizeImage ex) {
				files.failed(target.fileName(), RenditionFailure.OVERSIZE, ex.getMessage());
			}
		}
		if (drawn.isEmpty() && unfit != null) {
			throw unfit;
		}
		return drawn;
	}

}
