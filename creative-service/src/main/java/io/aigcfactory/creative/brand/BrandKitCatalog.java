package io.aigcfactory.creative.brand;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.aigcfactory.events.BrandKit;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.platform.storage.ContentDigests;
import io.aigcfactory.platform.storage.StoredBlob;
import io.aigcfactory.platform.web.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenants' brand kits: kept valid, looked up by the brand a product names, with logos
 * and music stored in the blob store under their content's digest.
 */
@Service
public class BrandKitCatalog {

	private final BrandKits kits;

	private final BrandKitRules rules;

	private final LogoCheck logos;

	private final MusicCheck music;

	private final BlobStore blobs;

	private final Clock clock;

	BrandKitCatalog(BrandKits kits, BrandSettings settings, RestrictedWording restricted, BlobStore blobs,
			Clock clock) {
		this.kits = kits;
		this.rules = new BrandKitRules(settings, restricted);
		this.logos = new LogoCheck(settings);
		this.music = new MusicCheck(settings);
		this.blobs = blobs;
		this.clock = clock;
	}

	/** The tenant's kit for a brand, if it has one. */
	public Optional<BrandKit> forBrand(String tenantId, String brand) {
		String name = brand.strip();
		return name.isEmpty() ? Optional.empty() : this.kits.find(tenantId, name);
	}

	/** The tenant's kit of a name. */
	public BrandKit get(String tenantId, String name) {
		return this.kits.find(tenantId, this.rules.name(name)).orElseThrow(() -> new NotFound("brand kit", name));
	}

	/** Every kit of the tenant, by name. */
	public List<BrandKit> all(String tenantId) {
		return this.kits.all(tenantId);
	}

	/**
	 * Creates or replaces a kit; a logo uploaded before stays.
	 * @return the kit as stored, and whether it is new
	 * @throws io.aigcfactory.platform.web.InvalidInput naming every wrong field
	 */
	@Transactional
	public Saved save(String tenantId, String name, BrandKitDraft draft) {
		String kitName = this.rules.name(name);
		Optional<BrandKit> existing = this.kits.find(tenantId, kitName);
		BrandKit kit = this.rules.kit(kitName, draft, existing.map(BrandKit::logo).orElse(null))
			.withMusic(existing.map(BrandKit::music).orElse(null));
		this.kits.save(tenantId, kit, now());
		return new Saved(kit, existing.isEmpty());
	}

	/**
	 * Stores a PNG as the kit's logo.
	 * @param field the request field the bytes came in
	 * @throws io.aigcfactory.platform.web.InvalidInput when the bytes are no acceptable
	 * PNG
	 * @throws NotFound when the tenant has no kit of the name
	 */
	@Transactional
	public BrandKit attachLogo(String tenantId, String name, String field, byte @Nullable [] png) {
		BrandKit kit = get(tenantId, name);
		this.logos.check(field, png);
		byte[] bytes = Objects.requireNonNull(png);
		StoredBlob blob = this.blobs.put("brands/" + tenantId + "/logo-" + ContentDigests.sha256(bytes) + ".png", bytes,
				"image/png");
		this.kits.setLogo(tenantId, kit.name(), blob.uri(), now());
		return kit.withLogo(blob.uri());
	}

	/**
	 * Decodes an audio file and keeps it as the kit's background music for promo videos.
	 * @param field the request field the bytes came in
	 * @throws io.aigcfactory.platform.web.InvalidInput when the bytes are not audio
	 * FFmpeg can decode, too large, too long, too short or silent
	 * @throws NotFound when the tenant has no kit of the name
	 */
	@Transactional
	public BrandKit attachMusic(String tenantId, String name, String field, byte @Nullable [] file) {
		BrandKit kit = get(tenantId, name);
		MusicCheck.Music music = this.music.check(field, file);
		StoredBlob blob = this.blobs.put("brands/" + tenantId + "/music-" + ContentDigests.sha256(music.wav()) + ".wav",
				music.wav(), "audio/wav");
		this.kits.setMusic(tenantId, kit.name(), blob.uri(), now());
		return kit.withMusic(blob.uri());
	}

	/**
	 * The kit's music, as the WAV it was decoded to.
	 * @throws NotFound when the tenant has no kit of the name, or the kit no music
	 */
	public byte[] music(String tenantId, String name) {
		String music = get(tenantId, name).music();
		if (music == null || !this.blobs.exists(music)) {
			throw new NotFound("music of brand kit", name);
		}
		return this.blobs.read(music);
	}

	/**
	 * The kit's logo file.
	 * @throws NotFound when the tenant has no kit of the name, or the kit no logo
	 */
	public byte[] logo(String tenantId, String name) {
		String logo = get(tenantId, name).logo();
		if (logo == null || !this.blobs.exists(logo)) {
			throw new NotFound("logo of brand kit", name);
		}
		return this.blobs.read(logo);
	}

	/** Deletes a kit; its logo file stays, as assets made with it may show it. */
	@Transactional
	public void delete(String tenantId, String name) {
		if (!this.kits.delete(tenantId, this.rules.name(name))) {
			throw new NotFound("brand kit", name);
		}
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	/**
	 * A stored kit.
	 *
	 * @param kit the kit
	 * @param created whether the request created it rather than replaced it
	 */
	public record Saved(BrandKit kit, boolean created) {

	}

}
