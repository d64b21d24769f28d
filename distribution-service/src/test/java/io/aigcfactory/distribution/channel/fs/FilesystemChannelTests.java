package io.aigcfactory.distribution.channel.fs;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import io.aigcfactory.distribution.Assets;
import io.aigcfactory.distribution.channel.Delivery;
import io.aigcfactory.distribution.channel.DeliveryFailed;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RenditionKind;
import io.aigcfactory.platform.storage.StoredBlob;
import io.aigcfactory.platform.storage.ContentDigests;
import io.aigcfactory.platform.storage.fs.FilesystemBlobStore;
import io.aigcfactory.trust.carrier.LabelVerdict;
import io.aigcfactory.trust.carrier.Labels;
import io.aigcfactory.trust.label.AigcLabel;
import io.aigcfactory.trust.label.LabelSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FilesystemChannelTests {

	private static final Labels LABELS = new Labels(
			new LabelSigner("a-test-key-of-thirty-two-bytes!!".getBytes(StandardCharsets.US_ASCII)));

	@TempDir
	Path root;

	@Test
	void exportsTheFilesAndAppendsOneManifestLine() throws Exception {
		FilesystemBlobStore blobs = new FilesystemBlobStore(this.root.resolve("blobs"));
		FilesystemChannel channel = new FilesystemChannel("taobao", this.root.resolve("out/taobao"), blobs,
				JsonMapper.shared(), Clock.systemUTC(), LABELS);
		AssetInspected first = Assets.approved(blobs, List.of("taobao"));
		AssetInspected second = Assets.approved(blobs, List.of("taobao"));

		String location = channel.publish(new Delivery(UUID.randomUUID(), first));
		channel.publish(new Delivery(UUID.randomUUID(), second));

		Path folder = this.root.resolve("out/taobao").resolve(location);
		assertThat(location).isEqualTo("AUD-1001/" + first.assetId());
		assertThat(Files.readString(folder.resolve("copy.txt"))).isEqualTo("通勤路上，世界安静下来");
		assertThat(folder.resolve("main-800x800.png")).exists();
		List<String> manifest = Files.readAllLines(this.root.resolve("out/taobao/manifest.jsonl"));
		assertThat(manifest).hasSize(2);
		JsonNode line = JsonMapper.shared().readTree(manifest.getFirst());
		assertThat(line.path("assetId").asString()).isEqualTo(first.assetId().toString());
		assertThat(line.path("folder").asString()).isEqualTo(location);
		assertThat(line.path("files")).hasSize(2);
		assertThat(line.path("files").get(0).path("sha256").asString()).isEqualTo(first.renditions().get(0).sha256());
	}

	@Test
	void listsAPublicationDeliveredAgainOnceEvenAfterARestart() throws Exception {
		FilesystemBlobStore blobs = new FilesystemBlobStore(this.root.resolve("blobs"));
		Path out = this.root.resolve("out/taobao");
		AssetInspected asset = Assets.approved(blobs, List.of("taobao"));
		Delivery delivery = new Delivery(UUID.randomUUID(), asset);
		FilesystemChannel channel = new FilesystemChannel("taobao", out, blobs, JsonMapper.shared(), Clock.systemUTC(),
				LABELS);
		channel.publish(delivery);
		channel.publish(delivery);
		// A crash tore a line in the middle of its write; the service starts again and
		// the
		// first delivery comes once more, then a new one.
		Files.writeString(out.resolve(FilesystemChannel.MANIFEST), "{\"publicationId\":\"0000",
				StandardOpenOption.APPEND);
		FilesystemChannel restarted = new FilesystemChannel("taobao", out, blobs, JsonMapper.shared(),
				Clock.systemUTC(), LABELS);
		restarted.publish(delivery);
		Delivery another = new Delivery(UUID.randomUUID(), Assets.approved(blobs, List.of("taobao")));
		restarted.publish(another);

		List<String> manifest = Files.readAllLines(out.resolve(FilesystemChannel.MANIFEST));
		assertThat(manifest).hasSize(3);
		assertThat(JsonMapper.shared().readTree(manifest.get(0)).path("publicationId").asString())
			.isEqualTo(delivery.publicationId().toString());
		assertThat(manifest.get(1)).isEqualTo("{\"publicationId\":\"0000");
		assertThat(JsonMapper.shared().readTree(manifest.get(2)).path("publicationId").asString())
			.isEqualTo(another.publicationId().toString());
		assertThat(out.resolve("AUD-1001").resolve(asset.assetId().toString()).resolve("copy.txt")).exists();
	}

	@Test
	void exportsOnlyTheFilesMadeForItsChannel() throws Exception {
		FilesystemBlobStore blobs = new FilesystemBlobStore(this.root.resolve("blobs"));
		AssetInspected approved = Assets.approved(blobs, List.of("taobao", "douyin"));
		StoredBlob video = blobs.put("assets/" + approved.assetId() + "/promo.mp4", new byte[] { 0, 0, 0, 24 },
				"video/mp4");
		List<Rendition> files = new ArrayList<>(approved.renditions());
		files.add(new Rendition(RenditionKind.VIDEO, "promo-720x1280.mp4", video.uri(), "video/mp4", 720, 1280,
				video.bytes(), video.sha256(), 15_000, List.of("douyin")));
		AssetInspected asset = new AssetInspected(approved.metadata(), approved.requirementId(), approved.assetId(),
				approved.conceptId(), approved.attempt(), approved.angle(), approved.verdict(), approved.findings(),
				approved.product(), files, approved.channels());
		FilesystemChannel taobao = new FilesystemChannel("taobao", this.root.resolve("out/taobao"), blobs,
				JsonMapper.shared(), Clock.systemUTC(), LABELS);
		FilesystemChannel douyin = new FilesystemChannel("douyin", this.root.resolve("out/douyin"), blobs,
				JsonMapper.shared(), Clock.systemUTC(), LABELS);

		String there = taobao.publish(new Delivery(UUID.randomUUID(), asset));
		String here = douyin.publish(new Delivery(UUID.randomUUID(), asset));

		assertThat(this.root.resolve("out/taobao").resolve(there).resolve("promo-720x1280.mp4")).doesNotExist();
		assertThat(this.root.resolve("out/douyin").resolve(here).resolve("promo-720x1280.mp4")).exists();
		JsonNode line = JsonMapper.shared()
			.readTree(Files.readAllLines(this.root.resolve("out/douyin/manifest.jsonl")).getFirst());
		assertThat(line.path("files")).hasSize(3);
		assertThat(line.path("files").get(2).path("durationMillis").asLong()).isEqualTo(15_000);
		assertThat(line.path("files").get(2).path("width").asInt()).isEqualTo(720);
		assertThat(JsonMapper.shared()
			.readTree(Files.readAllLines(this.root.resolve("out/taobao/manifest.jsonl")).getFirst())
			.path("files")).hasSize(2);
	}

	@Test
	void passesEachFilesLabelOnWithThisChannelAsPropagator() throws Exception {
		FilesystemBlobStore blobs = new FilesystemBlobStore(this.root.resolve("blobs"));
		FilesystemChannel channel = new FilesystemChannel("jd", this.root.resolve("out/jd"), blobs, JsonMapper.shared(),
				Clock.systemUTC(), LABELS);
		AssetInspected asset = Assets.approved(blobs, List.of("jd"));
		BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		byte[] labelled = LABELS.stamp(png.toByteArray(), AigcLabel.generated("factory", asset.assetId().toString()));
		blobs.put("assets/" + asset.assetId() + "/main-800x800.png", labelled, "image/png");
		UUID publication = UUID.randomUUID();

		String location = channel.publish(new Delivery(publication, asset));

		byte[] exported = Files.readAllBytes(this.root.resolve("out/jd").resolve(location).resolve("main-800x800.png"));
		LabelVerdict verdict = LABELS.verify(exported);
		assertThat(verdict.status()).isEqualTo(LabelVerdict.Status.COMPLIANT);
		assertThat(verdict.label().contentProducer()).isEqualTo("factory");
		assertThat(verdict.label().contentPropagator()).isEqualTo("jd");
		assertThat(verdict.label().propagateId()).isEqualTo(publication.toString());
		assertThat(verdict.signature()).isEqualTo(LabelVerdict.Signature.VALID);
		JsonNode line = JsonMapper.shared()
			.readTree(Files.readAllLines(this.root.resolve("out/jd/manifest.jsonl")).getFirst());
		assertThat(line.path("files").get(1).path("sha256").asString()).isEqualTo(ContentDigests.sha256(exported));
	}

	@Test
	void failsForGoodWhenAFileIsGone() {
		FilesystemBlobStore blobs = new FilesystemBlobStore(this.root.resolve("blobs"));
		FilesystemChannel channel = new FilesystemChannel("jd", this.root.resolve("out/jd"), blobs, JsonMapper.shared(),
				Clock.systemUTC(), LABELS);
		AssetInspected asset = Assets.approved(blobs, List.of("jd"));
		FilesystemBlobStore elsewhere = new FilesystemBlobStore(this.root.resolve("empty"));
		FilesystemChannel broken = new FilesystemChannel("jd", this.root.resolve("out/jd"), elsewhere,
				JsonMapper.shared(), Clock.systemUTC(), LABELS);
		assertThatExceptionOfType(DeliveryFailed.class)
			.isThrownBy(() -> broken.publish(new Delivery(UUID.randomUUID(), asset)))
			.satisfies((failure) -> assertThat(failure.retryable()).isFalse());
		assertThat(channel.id()).isEqualTo("jd");
	}

	@Test
	void keepsFileNamesInsideTheirFolder() {
		assertThat(FilesystemChannel.safe("../../etc/passwd")).doesNotContain("/").doesNotStartWith(".");
		assertThat(FilesystemChannel.safe("SKU 1/2")).isEqualTo("SKU_1_2");
	}

}
