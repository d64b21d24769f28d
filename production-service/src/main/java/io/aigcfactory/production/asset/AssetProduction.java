package io.aigcfactory.production.asset;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.BrandKit;
import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RenditionKind;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.messaging.EventPublisher;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.platform.storage.StoredBlob;
import io.aigcfactory.production.brand.BrandCompliance;
import io.aigcfactory.production.brand.BrandLogos;
import io.aigcfactory.production.brand.BrandScore;
import io.aigcfactory.production.copy.CopyDocument;
import io.aigcfactory.production.image.Backdrop;
import io.aigcfactory.production.image.ImageBrief;
import io.aigcfactory.production.image.ImageRenderer;
import io.aigcfactory.production.image.ImageSpec;
import io.aigcfactory.production.image.ProductPhotos;
import io.aigcfactory.production.image.RenderedImage;
import io.aigcfactory.production.image.RenditionMarking;
import io.aigcfactory.production.image.RenditionMarking.MarkedText;
import io.aigcfactory.production.image.RenditionMarking.MarkingSubject;
import io.aigcfactory.production.image.SceneGeneration;

import org.springframework.stereotype.Service;

/**
 * Produces an asset from a concept: the copy as a text file and the main image in every
 * configured size, showing the product's own photo when it has one, over the concept's
 * generated scene when it has one (in the concept's brand kit, with its logo), each file
 * marked as AI-generated through {@link RenditionMarking} (the copy's label in a
 * {@code copy.txt.aigc.json} sidecar), stored in the blob store, recorded with the
 * backdrop its images stand on and its brand-compliance score where the concept has a
 * kit, and announced on {@code aigc.asset.v1}.
 */
@Service
public class AssetProduction {

	/**
	 * The name of a text rendition's label sidecar: the text's name with this appended.
	 */
	static final String LABEL_SIDECAR = ".aigc.json";

	private final ImageRenderer images;

	private final SceneGeneration scenes;

	private final BlobStore blobs;

	private final Assets assets;

	private final EventPublisher events;

	private final ProductionSettings settings;

	private final BrandLogos logos;

	private final BrandCompliance compliance;

	private final Clock clock;

	private final ProductPhotos photos;

	private final RenditionMarking marking;

	AssetProduction(ImageRenderer images, SceneGeneration scenes, BlobStore blobs, Assets assets, EventPublisher events,
			ProductionSettings settings, BrandLogos logos, BrandCompliance compliance, Clock clock,
			ProductPhotos photos, RenditionMarking marking) {
		this.photos = photos;
		this.marking = marking;
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

	/** Produces the asset of a concept, unless it was produced already. */
	public void produce(ConceptCreated concept) {
		if (this.assets.producedFrom(concept.conceptId())) {
			return;
		}
		AssetId id = AssetId.next();
		byte[] copy = CopyDocument.render(concept.copy());
		BrandKit brand = concept.brand();
		BufferedImage logo = (brand != null) ? this.logos.logo(brand.logo()) : null;
		Backdrop backdrop = this.scenes.backdrop(concept.scene());
		ImageBrief brief = new ImageBrief(concept.product().summary(), concept.product().price(), concept.copy(),
				concept.angle(), concept.style(), this.photos.mainPhoto(concept.product().images()), backdrop.scene(),
				brand, logo);
		// Every image is rendered before anything is stored, so that a concept production
		// gives up on leaves no files behind.
		List<RenderedImage> rendered = new ArrayList<>();
		for (ImageSpec spec : this.settings.mainImages()) {
			rendered.add(this.images.render(brief, spec));
		}
		// Every file is marked as AI-generated (visible mark, watermark, signed label)
		// before
		// it is stored; brand compliance is judged on the images as rendered.
		MarkingSubject subject = new MarkingSubject(concept.metadata().tenantId(), id.toString(), concept.channels());
		MarkedText markedCopy = this.marking.text(copy, subject);
		List<Rendition> renditions = new ArrayList<>();
		renditions.add(
				rendition(id, RenditionKind.COPY, CopyDocument.NAME, markedCopy.text(), CopyDocument.MEDIA_TYPE, 0, 0));
		renditions.add(rendition(id, RenditionKind.LABEL, CopyDocument.NAME + LABEL_SIDECAR, markedCopy.sidecar(),
				"application/json", 0, 0));
		for (int i = 0; i < rendered.size(); i++) {
			RenderedImage image = this.marking.image(rendered.get(i), subject);
			renditions.add(rendition(id, RenditionKind.MAIN_IMAGE,
					this.settings.mainImages().get(i).name() + extension(image.mediaType()), image.bytes(),
					image.mediaType(), image.width(), image.height()));
		}
		BrandScore score = (brand != null) ? this.compliance.score(brand, logo, copy, rendered) : null;
		Instant now = Instant.now(this.clock);
		this.assets.add(id, concept, renditions, score, backdrop, now);
		this.events.publish(Topics.ASSET,
				new AssetProduced(EventMetadata.now(concept.metadata().tenantId()), concept.requirementId(), id,
						concept.conceptId(), concept.attempt(), concept.angle(), concept.product().summary(),
						concept.copy(), renditions, concept.channels()));
	}

	private Rendition rendition(AssetId asset, RenditionKind kind, String name, byte[] content, String mediaType,
			int width, int height) {
		StoredBlob blob = this.blobs.put("assets/" + asset + "/" + name, content, mediaType);
		return new Rendition(kind, name, blob.uri(), mediaType, width, height, blob.bytes(), blob.sha256());
	}

	private static String extension(String mediaType) {
		return switch (mediaType) {
			case "image/png" -> ".png";
			case "image/jpeg" -> ".jpg";
			case "image/webp" -> ".webp";
			default -> ".bin";
		};
	}

}
